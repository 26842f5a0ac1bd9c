import { expect, it } from 'vitest';
import { applicationInputSchema, deriveStage, generateDemo, stageEventInputSchema, type ApplicationSummary, type Backup, type Stage } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

const DEMO_NOW = new Date('2026-11-25T12:00:00Z');

/** The board's list as the whole backup gives it: every field derived in JS from every row, newest first. */
function expectedList(backup: Backup, now: Date): ApplicationSummary[] {
  const nowIso = now.toISOString();
  return backup.applications
    .map((a) => {
      const derived = deriveStage(backup.stageEvents.filter((e) => e.applicationId === a.id) as Array<{ stage: Stage; date: string; createdAt: string }>);
      const interviews = backup.interviews.filter((i) => i.applicationId === a.id);
      const { listingText, notes: _notes, ...rest } = a;
      return {
        ...rest,
        hasListing: listingText !== null,
        stage: derived.current,
        furthestStage: derived.furthest,
        outcome: derived.outcome,
        stageSince: derived.since,
        interviewCount: interviews.length,
        nextInterviewAt: interviews.map((i) => i.startsAt).filter((s) => s >= nowIso).sort()[0] ?? null,
      } as ApplicationSummary;
    })
    .sort((x, y) => (x.createdAt < y.createdAt ? 1 : x.createdAt > y.createdAt ? -1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

async function allPages(store: Store, status: 'open' | 'closed' | undefined, limit: number, now: Date): Promise<ApplicationSummary[]> {
  const out: ApplicationSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.applications.listPage(LOCAL_OWNER_ID, { cursor, limit, status }, now);
    out.push(...page.applications);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * The paged list (what the board reads) against the whole backup's answer, on the demo plus
 * histories that close and reopen, at any page size and status. Run inside the shared store
 * suite on every backend.
 */
export function listReadsStoreCases(current: () => Store): void {
  it('lists applications, open and closed, as the whole backup derives them', async () => {
    const store = current();
    await store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, generateDemo(DEMO_NOW), { replace: true }));
    // Histories where only the order of the facts says open or closed.
    const histories: Array<Array<[Stage, string]>> = [
      [['applied', '2026-10-01'], ['rejected', '2026-10-05'], ['round1', '2026-10-09']], // reopened by progress
      [['round2', '2026-10-01'], ['rejected', '2026-10-05'], ['round1', '2026-10-09']], // a lower round after: still closed
      [['applied', '2026-10-01'], ['rejected', '2026-10-05'], ['saved', '2026-10-09']], // saved never counts
      [['round1', '2026-10-05'], ['rejected', '2026-10-05']], // same day: the rejection ends round 1
      [['rejected', '2026-10-05'], ['round1', '2026-10-05']], // entered the other way round
      [['applied', '2026-10-01'], ['no_answer', '2026-10-20'], ['round1', '2026-10-25'], ['withdrawn', '2026-10-28']],
      [['offer', '2026-10-01'], ['round3', '2026-10-09']],
      [['round1', '2026-10-01'], ['position_closed', '2026-10-09'], ['offer_declined', '2026-10-09'], ['round2', '2026-10-09']],
      [['offer', '2026-10-01'], ['accepted', '2026-10-03']],
      [['saved', '2026-10-01']],
      [['rejected', '2026-10-05'], ['saved', '2026-10-09']], // nothing before the rejection: saved still does not reopen
      [['rejected', '2026-10-05'], ['applied', '2026-10-09'], ['screen', '2026-10-10']],
    ];
    for (const [i, steps] of histories.entries()) {
      const [first, ...rest] = steps;
      const a = await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: `Order ${i}`, role: 'R', stage: first![0], stageDate: first![1] }));
      for (const [stage, date] of rest) await store.events.add(LOCAL_OWNER_ID, a.id, stageEventInputSchema.parse({ stage, date }));
    }
    // Another person's records never show up.
    const other = (await store.users.create('other-list@example.com', 'hash'))!;
    await store.applications.create(other.id, applicationInputSchema.parse({ company: 'Stranger Co', role: 'Spy', stage: 'round1', stageDate: '2026-11-24' }));

    const backup = await store.backup.export(LOCAL_OWNER_ID);
    for (const now of [DEMO_NOW, new Date('2026-10-01T00:00:00Z')]) {
      const expected = expectedList(backup, now);
      expect(expected.some((a) => a.outcome !== null) && expected.some((a) => a.outcome === null)).toBe(true);
      for (const limit of [500, 7]) {
        expect(await allPages(store, undefined, limit, now)).toEqual(expected);
        expect(await allPages(store, 'open', limit, now)).toEqual(expected.filter((a) => a.outcome === null));
        expect(await allPages(store, 'closed', limit, now)).toEqual(expected.filter((a) => a.outcome !== null));
      }
    }
  });
}
