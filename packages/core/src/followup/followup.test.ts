import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/backup';
import { diagnosisInputFromBackup } from '../diagnosis/from-backup';
import { generateDemo } from '../demo/generate';
import { calendarEntries } from './calendar';
import { followupDiagnosisParts } from './diagnosis';
import { followUpAdvice } from './planner';
import { mergeSmtp, redactSettings, redactSettingsData } from './settings';
import { buildToday } from './today';

const now = new Date('2026-11-25T17:00:00Z');

function search(): Backup {
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(),
    applications: [{ id: 'a1', company: 'Acme', role: 'Analyst', listingText: null, listingUrl: null, source: null, location: null, workplace: null, salaryMin: null, salaryMax: null, salaryCurrency: null, notes: null, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }],
    stageEvents: [{ id: 'e1', applicationId: 'a1', stage: 'round1', date: '2026-11-20', reason: null, createdAt: '2026-11-20T00:00:00.000Z' }],
    interviews: [{ id: 'i1', applicationId: 'a1', round: 1, kind: 'technical', startsAt: '2026-11-25T14:00:00.000Z', endsAt: '2026-11-25T15:00:00.000Z', timeZone: 'America/New_York', format: 'video', location: null, notes: null, createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' }],
    interviewers: [
      { id: 'p1', interviewId: 'i1', name: "Dara O'Neill", title: null, email: null, pronunciation: null, notes: null, createdAt: '2026-11-20T00:00:00.000Z' },
      { id: 'p2', interviewId: 'i1', name: 'Zoë Martin', title: null, email: null, pronunciation: null, notes: null, createdAt: '2026-11-20T00:00:00.000Z' },
    ],
    contacts: [],
    thankYouNotes: [{ id: 'n1', interviewerId: 'p1', interviewId: 'i1', subject: 's', body: 'b', tone: 'warm', problems: '[{"code":"NAME_MISSPELLED","message":"m","start":0,"end":1},{"code":"LATE","message":"m","start":0,"end":1}]', sentAt: '2026-11-25T16:00:00.000Z', sentVia: 'copy', createdAt: '2026-11-25T15:30:00.000Z', updatedAt: '2026-11-25T16:00:00.000Z' }],
    followUps: [],
  };
}

describe('Today', () => {
  it('lists the note still due for each interviewer with its 24-hour deadline, and nothing for a sent one', () => {
    const t = buildToday(search(), { now, timeZone: 'America/New_York' });
    const notes = [...t.dueToday, ...t.thisWeek].filter((i) => i.kind === 'thank_you');
    expect(notes).toEqual([expect.objectContaining({ interviewerId: 'p2', due: '2026-11-26T15:00:00.000Z', dueDay: '2026-11-26', overdue: false, href: '/compose/p2' })]);
    expect(t.today).toBe('2026-11-25');
  });

  it('says to let go after one unanswered follow-up a week old, and not while one is answered', () => {
    const b = search();
    b.followUps = [{ id: 'f1', applicationId: 'a1', interviewId: 'i1', kind: 'follow_up', plannedOn: '2026-11-10', statedText: null, statedUntil: null, subject: 's', body: 'b', sentAt: '2026-11-10T15:00:00.000Z', sentVia: 'copy', answered: 0, answerText: null, reason: null, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }];
    expect(buildToday(b, { now, timeZone: 'UTC' }).dueToday.map((i) => i.kind)).toContain('let_go');
    b.followUps[0]!.answered = 1;
    expect(buildToday(b, { now, timeZone: 'UTC' }).dueToday.map((i) => i.kind)).not.toContain('let_go');
  });
});

describe('diagnosis parts', () => {
  it('keeps "not recorded" apart from "none sent", and drops LATE from the problem codes', () => {
    const b = search();
    const parts = followupDiagnosisParts(b);
    expect(parts.thankYousByInterview.get('i1')).toEqual([{ interviewerName: "Dara O'Neill", sentAt: '2026-11-25T16:00:00.000Z', problems: ['NAME_MISSPELLED'] }]);
    expect(parts.followUpsByInterview.has('i1')).toBe(false);
    const none = diagnosisInputFromBackup({ ...b, thankYouNotes: undefined, followUps: undefined });
    expect(none.applications[0]!.interviews[0]).not.toHaveProperty('thankYous');
  });

  it('gives the demo the story it tells: stalled first rounds show the habits more often than advanced ones', () => {
    const demo = generateDemo(new Date('2026-11-25T12:00:00Z'));
    const parts = followupDiagnosisParts(demo);
    const followUps = [...parts.followUpsByInterview.values()].flat();
    expect(followUps.some((f) => f.sentOn !== null && f.statedUntil !== null && f.sentOn < f.statedUntil)).toBe(true);
    expect([...parts.followUpsByInterview.values()].some((l) => l.filter((f) => f.sentOn && !f.answered).length >= 2)).toBe(true);
    expect(demo.followUps!.some((f) => f.kind === 'feedback_request' && f.answerText)).toBe(true);
  });
});

describe('planner and calendar', () => {
  it('falls back to seven business days and says so when nothing can be read', () => {
    const a = followUpAdvice({ statedText: 'blah blah', from: '2026-11-25T15:00:00Z', timeZone: 'UTC', followUps: [] });
    expect(a.timeline.followUpDate).toBe('2026-12-04');
    expect(a.notUnderstood).toMatch(/No date could be read/);
  });

  it('gives every calendar event a stable uid and alarms', () => {
    const entries = calendarEntries(search(), { now });
    expect(entries.map((e) => e.uid)).toEqual(['interview-i1', 'thank-you-i1']);
    expect(entries[1]).toMatchObject({ end: '2026-11-26T15:00:00.000Z', alarms: [0, 1200], path: '/compose/p2' });
  });
});

describe('SMTP secrets', () => {
  const smtp = fc.record({ host: fc.constantFrom('smtp.example.com', '127.0.0.1'), port: fc.integer({ min: 1, max: 65535 }), secure: fc.boolean(), user: fc.option(fc.string({ maxLength: 20 }), { nil: null }), password: fc.string({ minLength: 1, maxLength: 40 }), from: fc.constant('me@example.com') });

  it('never lets the password out of redacted settings or backup text', () => {
    fc.assert(
      fc.property(smtp, fc.string(), (s, other) => {
        const doc = JSON.stringify({ timeZone: 'UTC', smtp: s, note: other });
        const redacted = redactSettingsData(doc);
        expect(JSON.parse(redacted).smtp.password).toBeUndefined();
        expect(JSON.parse(redacted).note).toBe(other);
        const view = redactSettings({ smtp: s });
        expect(view.smtp).not.toHaveProperty('password');
        expect(view.smtp?.hasPassword).toBe(true);
      }),
    );
  });

  it('keeps the stored password when a change leaves it out, and removes it on null', () => {
    fc.assert(
      fc.property(smtp, (s) => {
        expect(mergeSmtp(s, { ...s, user: s.user, password: undefined }).password).toBe(s.password);
        expect(mergeSmtp(s, { ...s, password: null }).password).toBeUndefined();
      }),
    );
  });
});
