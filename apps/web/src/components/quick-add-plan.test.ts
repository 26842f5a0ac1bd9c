import { describe, expect, it } from 'vitest';
import { planQuickAdd, splitNames } from './quick-add-plan';

const ctx = { now: new Date('2026-11-20T12:00:00Z'), today: '2026-11-20', timeZone: 'America/New_York', locale: 'en-US' };
const base = { company: ' Acme ', role: 'Analyst', stage: 'applied' as const, when: '', interviewers: '' };

describe('quick add', () => {
  it('splits interviewers typed in one field', () => {
    expect(splitNames('Ana Ruiz, Tom Lee')).toEqual(['Ana Ruiz', 'Tom Lee']);
    expect(splitNames(' Ana  Ruiz ;Tom Lee and Siobhán O’Brien, ,')).toEqual(['Ana Ruiz', 'Tom Lee', 'Siobhán O’Brien']);
    expect(splitNames('')).toEqual([]);
  });

  it('plans round 1 in the person’s zone with its interviewers', () => {
    const r = planQuickAdd({ ...base, when: '12/1 10am', interviewers: 'Ana Ruiz, Tom Lee' }, ctx);
    expect(r).toEqual({
      ok: true,
      plan: {
        application: { company: 'Acme', role: 'Analyst', stage: 'applied', stageDate: '2026-11-20' },
        round: { round: 1, kind: 'behavioural', startsAt: '2026-12-01T15:00:00.000Z', endsAt: '2026-12-01T16:00:00.000Z', timeZone: 'America/New_York', format: 'video' },
        interviewers: ['Ana Ruiz', 'Tom Lee'],
      },
    });
  });

  it('dates the first stage on a round already past', () => {
    const r = planQuickAdd({ ...base, when: '11/3 9am' }, ctx);
    expect(r.ok && r.plan.application.stageDate).toBe('2026-11-03');
  });

  it('says what is wrong instead of saving: a far year, no time, names without a round, a name twice', () => {
    expect(planQuickAdd({ ...base, when: '1/12/1901 10am' }, ctx)).toEqual({ ok: false, errors: { when: 'The day typed is dated 12 Jan 1901, more than 10 years ago: check the year.' } });
    expect(planQuickAdd({ ...base, when: 'next Tue' }, ctx)).toEqual({ ok: false, errors: { when: 'Add a time to “next Tue”, e.g. “next Tue 10am”.' } });
    expect(planQuickAdd({ ...base, interviewers: 'Ana Ruiz' }, ctx)).toMatchObject({ ok: false, errors: { when: /day and time of round 1/ } });
    expect(planQuickAdd({ ...base, when: 'next Tue 3pm', interviewers: 'Ana Ruiz, ana  ruiz' }, ctx)).toEqual({ ok: false, errors: { interviewers: 'ana ruiz is listed twice.' } });
  });

  it('adds an application alone when no round is typed', () => {
    expect(planQuickAdd(base, ctx)).toEqual({ ok: true, plan: { application: { company: 'Acme', role: 'Analyst', stage: 'applied', stageDate: '2026-11-20' }, round: null, interviewers: [] } });
  });
});
