import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/backup';
import { followUpAdvice } from './planner';
import { buildToday, groupByUrgency, type TodayItem } from './today';

// Monday 30 November 2026, 09:00 in New York (14:00 UTC).
const NOW = new Date('2026-11-30T14:00:00Z');
const ZONE = 'America/New_York';
const T0 = '2026-10-01T00:00:00.000Z';

function app(id: string, company: string) {
  return { id, company, role: 'Analyst', listingText: null, listingUrl: null, source: null, location: null, workplace: null, salaryMin: null, salaryMax: null, salaryCurrency: null, notes: null, createdAt: T0, updatedAt: T0 };
}
function interview(id: string, applicationId: string, startsAt: string, endsAt: string, round = 1) {
  return { id, applicationId, round, kind: 'technical' as const, startsAt, endsAt, timeZone: ZONE, format: 'video' as const, location: null, notes: null, createdAt: T0, updatedAt: T0 };
}
function person(id: string, interviewId: string, name: string) {
  return { id, interviewId, name, title: null, email: null, pronunciation: null, notes: null, createdAt: T0 };
}
function followUp(id: string, applicationId: string, over: { plannedOn?: string; sentAt?: string | null; answered?: number }) {
  return { id, applicationId, interviewId: null, kind: 'follow_up', plannedOn: over.plannedOn ?? null, statedText: null, statedUntil: null, subject: 's', body: 'b', sentAt: over.sentAt ?? null, sentVia: over.sentAt ? 'copy' : null, answered: over.answered ?? 0, answerText: null, reason: null, createdAt: T0, updatedAt: T0 };
}

/** A morning with something in every group: the known answer is written out in the test. */
function morning(): Backup {
  const apps = [app('late', 'Late Co'), app('soon', 'Soon Co'), app('prep', 'Prep Co'), app('week', 'Week Co'), app('fu', 'Follow Co'), app('prep2', 'Later Co')];
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString(),
    applications: apps,
    stageEvents: apps.map((a, i) => ({ id: `e${i}`, applicationId: a.id, stage: 'round1', date: '2026-11-20', reason: null, createdAt: T0 })),
    interviews: [
      // Ended Friday afternoon: its 24 hours are over.
      interview('iLate', 'late', '2026-11-27T19:00:00.000Z', '2026-11-27T20:00:00.000Z'),
      // Ended an hour ago: a thank-you due within 24 hours.
      interview('iSoon', 'soon', '2026-11-30T12:00:00.000Z', '2026-11-30T13:00:00.000Z'),
      // This afternoon: prep at the top of the next 24 hours.
      interview('iPrep', 'prep', '2026-11-30T19:00:00.000Z', '2026-11-30T20:00:00.000Z', 2),
      // Thursday: prep this week.
      interview('iWeek', 'week', '2026-12-03T15:00:00.000Z', '2026-12-03T16:00:00.000Z'),
      // Tomorrow late afternoon, more than 24 hours away: this week.
      interview('iPrep2', 'prep2', '2026-12-01T21:00:00.000Z', '2026-12-01T22:00:00.000Z'),
    ],
    interviewers: [person('pLate', 'iLate', 'Ana Ruiz'), person('pSoon', 'iSoon', 'Ben Ode')],
    contacts: [],
    thankYouNotes: [],
    followUps: [followUp('fOld', 'fu', { plannedOn: '2026-11-27' }), followUp('fWed', 'week', { plannedOn: '2026-12-02' })],
  };
}

const brief = (items: TodayItem[]) => items.map((i) => `${i.kind}:${i.applicationId}`);

describe('Today ordered by urgency', () => {
  it('puts the overdue thank-you first, then the next 24 hours with today’s prep on top, then this week', () => {
    const t = buildToday(morning(), { now: NOW, timeZone: ZONE });
    expect(t.today).toBe('2026-11-30');
    expect(brief(t.overdue)).toEqual(['thank_you:late', 'follow_up:fu']);
    expect(brief(t.next24Hours)).toEqual(['prep:prep', 'thank_you:soon']);
    expect(brief(t.thisWeek)).toEqual(['prep:prep2', 'follow_up:week', 'prep:week']);
    expect(t.dueToday).toEqual([...t.overdue, ...t.next24Hours]);
    expect(t.next24Hours[0]!.href).toBe('/applications/prep/prep/iPrep');
    expect(t.next24Hours[1]).toMatchObject({ due: '2026-12-01T13:00:00.000Z', overdue: false });
  });

  it('never lets an item appear twice or go missing when grouped, whatever the input order', () => {
    const all = buildToday(morning(), { now: NOW, timeZone: ZONE });
    const items = [...all.overdue, ...all.next24Hours, ...all.thisWeek];
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (shuffled) => {
        const g = groupByUrgency(shuffled, { nowMs: NOW.getTime(), todayIso: all.today });
        expect([...g.overdue, ...g.next24Hours, ...g.thisWeek]).toEqual(items);
      }),
    );
  });

  it('dates a follow-up sent on Sunday evening in the person’s zone as Sunday', () => {
    // 21:30 on Sunday 29 November in New York is 02:30 on Monday in UTC.
    const sentAt = '2026-11-30T02:30:00.000Z';
    const advice = followUpAdvice({ statedText: null, from: '2026-11-20T15:00:00Z', timeZone: ZONE, followUps: [{ kind: 'follow_up', sentAt, answered: false }], now: NOW });
    expect(advice.plan.message).toContain('2026-11-29');
    // Five business days from Sunday: Friday 4 December.
    expect(advice.plan.message).toContain('2026-12-04');
  });

  it('says "let it go" only once the waiting time after the follow-up has passed with no answer', () => {
    const b = morning();
    b.followUps = [followUp('f1', 'fu', { plannedOn: '2026-11-30', sentAt: '2026-11-30T13:59:50.000Z' })];
    const kinds = (now: Date) => buildToday(b, { now, timeZone: ZONE }).dueToday.filter((i) => i.applicationId === 'fu').map((i) => i.kind);
    expect(kinds(NOW)).toEqual([]);
    expect(kinds(new Date('2026-12-04T14:00:00Z'))).toEqual([]);
    expect(kinds(new Date('2026-12-07T14:00:00Z'))).toEqual(['let_go']);
    const advice = (now: Date) => followUpAdvice({ statedText: null, from: '2026-11-20T15:00:00Z', timeZone: ZONE, followUps: [{ kind: 'follow_up', sentAt: '2026-11-30T13:59:50.000Z', answered: false }], now }).plan.action;
    expect(advice(NOW)).toBe('waiting');
    expect(advice(new Date('2026-12-07T14:00:00Z'))).toBe('let_go');
    b.followUps[0]!.answered = 1;
    expect(kinds(new Date('2026-12-07T14:00:00Z'))).toEqual([]);
  });

  it('lists a debrief of an interview that ended days ago as overdue, and one from the last 24 hours as due soon', () => {
    const b = morning();
    b.debriefs = [];
    const t = buildToday(b, { now: NOW, timeZone: ZONE });
    const debriefs = (items: TodayItem[]) => items.filter((i) => i.kind === 'debrief').map((i) => i.interviewId);
    // iLate ended on Friday: its debrief is three days late. iSoon ended an hour ago: due within the day.
    expect(debriefs(t.overdue)).toEqual(['iLate']);
    expect(debriefs(t.next24Hours)).toEqual(['iSoon']);
    expect(t.next24Hours.find((i) => i.kind === 'debrief')?.due).toBe('2026-12-01T13:00:00.000Z');
  });
});
