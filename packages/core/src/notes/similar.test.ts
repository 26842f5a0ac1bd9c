import { describe, expect, it } from 'vitest';
import { checkNote, draftThankYou, noteSimilarity, SIMILAR_NOTE_THRESHOLD, type NoteContext } from './index';
import { createWordListSpeller } from './speller';

const base = { company: 'Northwind', role: 'Data Analyst' };

describe('each interviewer gets their own note', () => {
  it('draws on what each person talked about and their title, so two drafts are not the same text', () => {
    const ana = draftThankYou({ ...base, interviewer: 'Ana Ruiz', interviewerTitle: 'Head of Data', interviewerTopic: 'the move of the finance marts to dbt', debriefDetail: 'the team offsite' });
    const ben = draftThankYou({ ...base, interviewer: 'Ben Ode', interviewerTitle: 'Product Manager', interviewerTopic: 'how the pricing experiments are run', debriefDetail: 'the team offsite' });
    expect(ana.body).toContain('the move of the finance marts to dbt, and how it looks from your side as Head of Data');
    expect(ben.body).toContain('how the pricing experiments are run, and how it looks from your side as Product Manager');
    expect(noteSimilarity(ana.body, ben.body, ['Ana Ruiz', 'Ben Ode'])).toBeLessThan(SIMILAR_NOTE_THRESHOLD);
    // With nothing recorded per person, the title still sets the notes apart.
    const a2 = draftThankYou({ ...base, interviewer: 'Ana Ruiz', interviewerTitle: 'Head of Data' });
    const b2 = draftThankYou({ ...base, interviewer: 'Ben Ode', interviewerTitle: 'Product Manager' });
    expect(a2.body.replace('Ana', 'X')).not.toBe(b2.body.replace('Ben', 'X'));
  });

  it('signs with the name and signature from the settings', () => {
    const d = draftThankYou({ ...base, interviewer: 'Ana Ruiz', senderName: 'Tom Becker', signature: '+1 415 555 0142\r\ntombecker.dev' });
    expect(d.body.endsWith('Warm regards,\nTom Becker\n+1 415 555 0142\ntombecker.dev')).toBe(true);
  });
});

describe('near-identical notes to people at the same company', () => {
  const speller = createWordListSpeller([]);
  const ctx = (otherNotes: NoteContext['otherNotes']): NoteContext => ({ interviewers: ['Ana Ruiz'], company: 'Northwind', role: 'Data Analyst', otherPeople: ['Ben Ode'], otherNotes, speller: null });
  const toBen = draftThankYou({ ...base, interviewer: 'Ben Ode', debriefDetail: 'the finance marts' }).body;
  const toAna = draftThankYou({ ...base, interviewer: 'Ana Ruiz', debriefDetail: 'the finance marts' }).body;

  it('flags a copy with only the name changed, in plain words', () => {
    const problems = checkNote(toAna, ctx([{ to: 'Ben Ode', text: toBen }])).problems.filter((p) => p.code === 'SIMILAR_NOTE');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/almost the same as your note to Ben Ode; .*say something only this person talked about/);
    expect(noteSimilarity(toAna, toBen, ['Ana Ruiz', 'Ben Ode'])).toBe(1);
  });

  it('leaves notes that differ alone, and checks nothing without other notes', () => {
    const own = draftThankYou({ ...base, interviewer: 'Ana Ruiz', interviewerTopic: 'the dbt migration and its test coverage', interviewerTitle: 'Head of Data', tone: 'brief' }).body;
    expect(checkNote(own, ctx([{ to: 'Ben Ode', text: toBen }])).problems.map((p) => p.code)).not.toContain('SIMILAR_NOTE');
    expect(checkNote(toAna, ctx([])).problems.map((p) => p.code)).not.toContain('SIMILAR_NOTE');
    void speller;
  });
});
