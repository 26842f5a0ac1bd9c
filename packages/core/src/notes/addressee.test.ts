import { beforeAll, describe, expect, it } from 'vitest';
import type { NoteContext, Speller } from './index';
import { readsAsInterviewThanks } from './addressing';
import { noteContext, ruleSpeller, wordProblems } from './test-support';

let speller: Speller;
beforeAll(() => {
  speller = ruleSpeller();
});

// Round 2 at a ferry operator: two interviewers; the coordinator who booked it met the person at round 1.
const ctx = (extra: Partial<NoteContext> = {}): NoteContext =>
  noteContext({ interviewers: ['Ingrid Solberg', 'Tomasz Wierzbicki'], company: 'Northsound Ferries', role: 'Fleet Data Analyst', otherCompanies: ['Harbourline Logistics'], otherPeople: ['Beatrix Lindqvist'], listingTerms: ['SQL', 'Python'], speller }, extra);
const problems = (text: string, c: NoteContext = ctx()) => wordProblems(text, c);

const scheduling = 'Hi Beatrix,\n\nThanks for booking the second round so quickly. Wednesday at 10:30 suits me, and I will bring a printed copy of my portfolio. Could you confirm the floor for reception?\n\nBest,\nMaren';
const thankYouToOther = 'Dear Beatrix,\n\nThank you for your time this morning and for walking me through how the fleet data is modelled in SQL.\n\nBest,\nMaren';

describe('the addressee', () => {
  it('greeting the person the note is written to is never a wrong name, even someone met at another round', () => {
    expect(problems(scheduling, ctx({ addressee: 'Beatrix Lindqvist' }))).toEqual([]);
    expect(problems(thankYouToOther, ctx({ addressee: 'Beatrix Lindqvist' }))).toEqual([]);
    expect(problems('Beatrix, thanks again for booking the room.\n\nMaren', ctx({ addressee: 'Beatrix Lindqvist' }))).toEqual([]);
  });

  it('a misspelled addressee is caught, with the right spelling', () => {
    const text = scheduling.replace('Hi Beatrix', 'Hi Beatrice');
    expect(problems(text, ctx({ addressee: 'Beatrix Lindqvist' }))).toEqual([['NAME_MISSPELLED', 'Beatrice']]);
    // an addressee no record knows is still checked against their own name
    expect(problems('Hi Sigrun,\n\nThanks for the reminder about my references; both are attached.\n\nMaren'.replace('Sigrun', 'Sigrn'), ctx({ addressee: 'Sigrun Dahl' }))).toEqual([['NAME_MISSPELLED', 'Sigrn']]);
  });

  it('greeting someone else from another round is still wrong, and the message names the addressee', () => {
    const text = scheduling;
    const check = problems(text, ctx({ addressee: 'Ingrid Solberg' }));
    expect(check).toEqual([['WRONG_NAME', 'Beatrix']]);
  });

  it('the note to one interviewer that greets only another of the panel is a copy with the wrong name', () => {
    const note = (greet: string) => `Dear ${greet},\n\nThank you for your time this morning and for the tour of the route planning tools in Python.\n\nBest,\nMaren`;
    expect(problems(note('Tomasz'), ctx({ addressee: 'Ingrid Solberg' }))).toEqual([['WRONG_NAME', 'Tomasz']]);
    expect(problems(note('Ingrid and Tomasz'), ctx({ addressee: 'Ingrid Solberg' }))).toEqual([]);
    expect(problems(note('Ingrid'), ctx({ addressee: 'Ingrid Solberg' }))).toEqual([]);
    // without an addressee the checker cannot tell which of the panel it is for
    expect(problems(note('Tomasz'))).toEqual([]);
  });
});

describe('without an addressee', () => {
  it('greeting someone met elsewhere is wrong in a thank-you for the interview, not in a note about arranging it', () => {
    expect(problems(thankYouToOther)).toEqual([['WRONG_NAME', 'Beatrix']]);
    expect(problems(scheduling)).toEqual([]);
    expect(problems('Hi Beatrix,\n\nJust checking in on the Fleet Data Analyst role; it has been two weeks since the final round and I am still keen.\n\nThanks,\nMaren')).toEqual([]);
  });

  it('a contact who arranges (the recruiter) may be greeted even in a thank-you, unless thanked for what only an interviewer gave', () => {
    const c = ctx({ otherPeople: [], contacts: ['Beatrix Lindqvist'] });
    expect(problems(thankYouToOther, c)).toEqual([]);
    expect(problems('Dear Ingrid,\n\nThank you for the interview. Please also thank Beatrix for her time on the first call.\n\nBest,\nMaren', c)).toEqual([['WRONG_NAME', 'Beatrix']]);
  });

  it('a name spoken to inside a note greeting an interviewer is still wrong', () => {
    expect(problems('Dear Ingrid,\n\nBeatrix, it was lovely to hear about the timetable work.\n\nBest,\nMaren')).toEqual([['WRONG_NAME', 'Beatrix']]);
  });
});

describe('readsAsInterviewThanks', () => {
  it('tells thanks for the interview from thanks for arranging it', () => {
    for (const s of ['Thank you for taking the time to meet with me today.', 'Thanks so much for the conversation on Friday.', 'I appreciated the opportunity to interview for the role.', 'It was a pleasure meeting you yesterday.', 'Many thanks for your valuable time.'])
      expect(readsAsInterviewThanks(s), s).toBe(true);
    for (const s of ['Thanks for setting up the loop so quickly.', 'Many thanks for arranging the interviews.', 'Thanks ever so much for sorting out the interview room.', 'Thanks for the reminder.', 'Could you meet me at reception?'])
      expect(readsAsInterviewThanks(s), s).toBe(false);
  });
});
