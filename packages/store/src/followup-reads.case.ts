import { expect, it } from 'vitest';
import { applicationInputSchema, buildToday, calendarEntries, generateDemo, interviewInputSchema, interviewerInputSchema, stageEventInputSchema, thankYouContext, type Backup, type Stage } from '@secondround/core';
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

  it('gives Today the whole backup\'s answer for applications waiting at applied near a month, reopened, closed, and without steps', async () => {
    const store = current();
    const day = (n: number) => new Date(DEMO_NOW.getTime() - n * 24 * HOUR).toISOString().slice(0, 10);
    // Applied 27 to 33 days before the demo's day: the month is counted in the person's zone.
    const histories: Array<Array<[Stage, string]>> = [27, 28, 29, 30, 31, 32, 33].map((n) => [['applied', day(n)]]);
    histories.push([['saved', day(60)], ['applied', day(40)]], [['applied', day(45)], ['screen', day(40)]], [['applied', day(45)], ['rejected', day(40)]]);
    histories.push([['applied', day(45)], ['rejected', day(40)], ['applied', day(35)]], [['applied', day(45)], ['round1', day(44)], ['rejected', day(40)], ['applied', day(35)]]);
    for (const [i, [first, ...rest]] of histories.entries()) {
      const a = await store.applications.create(owner, applicationInputSchema.parse({ company: `Waiting ${i}`, role: 'R', stage: first![0], stageDate: first![1] }));
      for (const [stage, date] of rest) await store.events.add(owner, a.id, stageEventInputSchema.parse({ stage, date }));
    }
    // An application whose only step was deleted, with an interview that just ended: open, so its note is due.
    const bare = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Bare Co', role: 'R', stage: 'round1', stageDate: day(1) }));
    const iv = await store.interviews.create(owner, bare.id, interviewInputSchema.parse({ round: 1, kind: 'behavioural', startsAt: new Date(DEMO_NOW.getTime() - 3 * HOUR).toISOString(), endsAt: new Date(DEMO_NOW.getTime() - 2 * HOUR).toISOString(), timeZone: 'UTC', format: 'video' }));
    await store.interviews.addInterviewer(owner, iv!.id, interviewerInputSchema.parse({ name: 'Pat Bare' }));
    for (const e of (await store.backup.export(owner)).stageEvents.filter((x) => x.applicationId === bare.id)) await store.events.remove(owner, e.id);
    const full = await store.backup.export(owner);
    let letGo = 0;
    for (const timeZone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      for (let t = DEMO_NOW.getTime() - 36 * HOUR; t <= DEMO_NOW.getTime() + 60 * HOUR; t += 5 * HOUR) {
        const now = new Date(t);
        const want = buildToday(full, { now, timeZone });
        expect(buildToday(await store.followupReads.today(owner, now), { now, timeZone })).toEqual(want);
        letGo += [...want.dueToday, ...want.thisWeek].filter((x) => x.kind === 'let_go' && x.title.includes('Waiting')).length;
      }
    }
    // The sweep crossed the month's edge in every zone, and the note to the bare application is there.
    expect(letGo).toBeGreaterThan(100);
    expect(buildToday(await store.followupReads.today(owner, DEMO_NOW), { now: DEMO_NOW, timeZone: 'UTC' }).dueToday.some((x) => x.title === 'Thank-you note to Pat Bare')).toBe(true);
  }, 120_000);
}
