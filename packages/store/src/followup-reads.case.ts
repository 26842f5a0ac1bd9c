import { expect, it } from 'vitest';
import { applicationInputSchema, buildToday, calendarEntries, generateDemo, interviewInputSchema, interviewerInputSchema, thankYouContext, type Backup } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

const DEMO_NOW = new Date('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;

/**
 * Today, the calendar feed and the composer read their records by query; whatever `now`, the
 * answer must be the one the whole backup gives. Run inside the shared store suite on every backend.
 */
export function followupReadsStoreCases(current: () => Store): void {
  const owner = LOCAL_OWNER_ID;

  async function demoWithStranger(store: Store): Promise<Backup & { strangerId: string }> {
    await store.transaction((tx) => tx.backup.restore(owner, generateDemo(DEMO_NOW), { replace: true }));
    // Another person's interview at the same time must never show up in these reads.
    const other = (await store.users.create('other-reads@example.com', 'hash'))!;
    const a = await store.applications.create(other.id, applicationInputSchema.parse({ company: 'Stranger Co', role: 'Spy', stage: 'round1', stageDate: '2026-11-24' }));
    const iv = await store.interviews.create(other.id, a.id, interviewInputSchema.parse({ round: 1, kind: 'behavioural', startsAt: '2026-11-24T15:00:00Z', endsAt: '2026-11-24T16:00:00Z', timeZone: 'UTC', format: 'video' }));
    const stranger = await store.interviews.addInterviewer(other.id, iv!.id, interviewerInputSchema.parse({ name: 'Mallory Stranger' }));
    return { ...(await store.backup.export(owner)), strangerId: stranger!.id };
  }

  it('gives Today and the calendar the answer the whole backup gives, at every hour around the demo', async () => {
    const store = current();
    const full = await demoWithStranger(store);
    let items = 0;
    // Every 7 hours from 40 days before the demo's day to 10 days after: windows open and close.
    for (let t = DEMO_NOW.getTime() - 40 * 24 * HOUR; t <= DEMO_NOW.getTime() + 10 * 24 * HOUR; t += 7 * HOUR) {
      const now = new Date(t);
      const [today, calendar] = await Promise.all([store.followupReads.today(owner, now), store.followupReads.calendar(owner, now)]);
      const want = buildToday(full, { now, timeZone: 'America/Chicago' });
      expect(buildToday(today, { now, timeZone: 'America/Chicago' })).toEqual(want);
      expect(calendarEntries(calendar, { now })).toEqual(calendarEntries(full, { now }));
      items += want.dueToday.length + want.thisWeek.length;
      expect(JSON.stringify(today)).not.toContain('Stranger');
    }
    // The sweep is only a check if there was something to get wrong.
    expect(items).toBeGreaterThan(100);
  }, 120_000);

  it('reads less than the whole backup: only the interviews near now, and no stories or listings', async () => {
    const store = current();
    const full = await demoWithStranger(store);
    const today = await store.followupReads.today(owner, DEMO_NOW);
    expect(today.interviews.length).toBeGreaterThan(0);
    expect(today.interviews.length).toBeLessThan(full.interviews.length / 4);
    expect(today.stories).toBeUndefined();
    expect(today.applications.every((a) => a.listingText === undefined)).toBe(true);
    const calendar = await store.followupReads.calendar(owner, DEMO_NOW);
    expect(calendar.applications.length).toBeLessThan(full.applications.length / 2);
  });

  it('gives the composer the context the whole backup gives, for every interviewer, and nothing for a stranger', async () => {
    const store = current();
    const full = await demoWithStranger(store);
    for (const person of full.interviewers) {
      const slice = await store.followupReads.composer(owner, person.id);
      expect(thankYouContext(slice, person.id, 'Alex Rivera')).toEqual(thankYouContext(full, person.id, 'Alex Rivera'));
    }
    expect(thankYouContext(await store.followupReads.composer(owner, full.strangerId), full.strangerId)).toBeNull();
    expect(await store.followupReads.interviewer(owner, full.strangerId)).toBeNull();
    expect(await store.followupReads.interviewer(owner, full.interviewers[0]!.id)).toEqual({ name: full.interviewers[0]!.name, email: full.interviewers[0]!.email });
  }, 120_000);

  it('reads the zone of the latest interview, and none without interviews', async () => {
    const store = current();
    expect(await store.followupReads.latestInterviewZone(owner)).toBeNull();
    const full = await demoWithStranger(store);
    const latest = [...full.interviews].sort((a, b) => (a.startsAt < b.startsAt ? 1 : -1))[0]!;
    expect(await store.followupReads.latestInterviewZone(owner)).toBe(latest.timeZone);
  });
}
