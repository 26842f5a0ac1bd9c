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

/** Histories where only the order of the facts says open or closed. */
const HISTORIES: Array<Array<[Stage, string]>> = [
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
  [['round2', '2026-10-09'], ['rejected', '2026-10-05'], ['round2', '2026-10-01']], // the top rank reached before and after: closed
  [['rejected', '2026-10-01'], ['round1', '2026-10-03'], ['rejected', '2026-10-05'], ['round2', '2026-10-07']], // closed twice, reopened
  [['round1', '2025-12-31'], ['rejected', '2026-01-02'], ['round1', '2027-01-03']], // across years
  [['round3', '2026-10-01'], ['offer', '2026-10-02'], ['rejected', '2026-10-03'], ['round4', '2026-10-04'], ['offer', '2026-10-05']],
];

async function addHistories(store: Store): Promise<void> {
  for (const [i, steps] of HISTORIES.entries()) {
    const [first, ...rest] = steps;
    const a = await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: `Order ${i}`, role: 'R', stage: first![0], stageDate: first![1] }));
    for (const [stage, date] of rest) await store.events.add(LOCAL_OWNER_ID, a.id, stageEventInputSchema.parse({ stage, date }));
  }
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
    await addHistories(store);
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

  it('gives the list as JSON text byte for byte as the objects serialise, awkward text included', async () => {
    const store = current();
    await store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, generateDemo(DEMO_NOW), { replace: true }));
    await addHistories(store);
    // Rows written straight to the tables: what the input schemas would refuse can still be stored (an old version, a restore).
    const controls = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('');
    const awkward: Array<Record<string, string | number | null>> = [
      { company: 'Quote " back\\slash \' apostrophe', role: 'Emoji 🧑‍💻 and 漢字 and é', source: controls, location: '\u007f\u2028\u2029 </script>', salaryMin: 0, salaryMax: 2147483647, salaryCurrency: 'EUR', tags: '["a \\"quoted\\" tag","🚀","tab\\there"]', priority: 'high' },
      { company: 'x'.repeat(20_000), role: ' leading and trailing ', source: null, location: null, salaryMin: -5, salaryMax: null, salaryCurrency: null, tags: 'not json', priority: 'urgent?' },
      { company: '', role: '{"json":"inside"}', source: '\\u0000 as text', location: 'null', salaryMin: null, salaryMax: null, salaryCurrency: null, tags: '[1, "one", null, "two"]', priority: 'low' },
      { company: 'No steps at all', role: 'R', source: null, location: null, salaryMin: null, salaryMax: null, salaryCurrency: null, tags: '[]', priority: 'normal' },
    ];
    for (const [i, fields] of awkward.entries()) {
      const id = `awkward-${i}`;
      const at = `2026-11-2${i}T10:00:00.00${i}Z`;
      await store.db.insertInto('applications').values({ id, ownerId: LOCAL_OWNER_ID, listingText: i === 0 ? 'a listing' : null, listingUrl: i === 1 ? 'https://example.com/a?b="c"&d=é' : null, workplace: i === 0 ? 'remote' : null, notes: 'n', createdAt: at, updatedAt: at, ...fields } as never).execute();
      if (i === 3) continue;
      await store.db.insertInto('stageEvents').values([
        { id: `${id}-e1`, ownerId: LOCAL_OWNER_ID, applicationId: id, stage: 'applied', date: '2026-10-01', reason: null, createdAt: at },
        { id: `${id}-e2`, ownerId: LOCAL_OWNER_ID, applicationId: id, stage: i === 1 ? 'rejected' : 'round1', date: '2026-10-04', reason: 'a "reason"', createdAt: at },
      ]).execute();
      for (const [k, startsAt] of ['2026-11-20T09:00:00.000Z', '2026-12-03T09:00:00.000Z', '2026-12-01T09:00:00.000Z'].slice(0, i + 1).entries()) {
        await store.db.insertInto('interviews').values({ id: `${id}-i${k}`, ownerId: LOCAL_OWNER_ID, applicationId: id, round: k + 1, kind: 'video', startsAt, endsAt: startsAt, timeZone: 'Europe/Paris', format: 'video', location: null, notes: null, createdAt: at, updatedAt: at }).execute();
      }
    }
    const other = (await store.users.create('other-json@example.com', 'hash'))!;
    await store.applications.create(other.id, applicationInputSchema.parse({ company: 'Stranger Co', role: 'Spy', stage: 'round1', stageDate: '2026-11-24' }));

    for (const now of [DEMO_NOW, new Date('2026-10-01T00:00:00Z')]) {
      for (const status of [undefined, 'open', 'closed'] as const) {
        for (const limit of [500, 7, 1]) {
          let cursor: string | undefined;
          let pages = 0;
          do {
            const text = await store.applications.listPageJson(LOCAL_OWNER_ID, { cursor, limit, status }, now);
            // Byte for byte what JSON.stringify writes of the same objects: the database's escaping is JavaScript's.
            const page = JSON.parse(text) as { applications: ApplicationSummary[]; nextCursor: string | null };
            expect(text).toBe(JSON.stringify(page));
            expect(await store.applications.listPage(LOCAL_OWNER_ID, { cursor, limit, status }, now)).toEqual(page);
            cursor = page.nextCursor ?? undefined;
            pages++;
          } while (cursor && pages < 12);
        }
      }
    }
    const all = JSON.parse(await store.applications.listPageJson(LOCAL_OWNER_ID, { limit: 500 }, DEMO_NOW)) as { applications: ApplicationSummary[] };
    // The awkward text comes back as it was stored, character for character.
    const stored = (a: ApplicationSummary) => ({ company: a.company, role: a.role, source: a.source, location: a.location, salaryMin: a.salaryMin, salaryMax: a.salaryMax, salaryCurrency: a.salaryCurrency });
    expect(awkward.map((_, i) => stored(all.applications.find((a) => a.id === `awkward-${i}`)!))).toEqual(awkward.map(({ company, role, source, location, salaryMin, salaryMax, salaryCurrency }) => ({ company, role, source, location, salaryMin, salaryMax, salaryCurrency })));
    expect(all.applications.find((a) => a.id === 'awkward-1')!.listingUrl).toBe('https://example.com/a?b="c"&d=é');
    expect(all.applications.filter((a) => a.id.startsWith('awkward-')).map((a) => [a.tags, a.priority, a.interviewCount])).toEqual([
      [[], 'normal', 0],
      [['one', 'two'], 'low', 3],
      [[], 'normal', 2],
      [['a "quoted" tag', '🚀', 'tab\there'], 'high', 1],
    ]);
    expect(await store.applications.listPageJson(other.id, { limit: 500, cursor: undefined }, DEMO_NOW)).toContain('Stranger Co');
    expect(await store.applications.listPageJson('nobody', { limit: 500 }, DEMO_NOW)).toBe('{"applications":[],"nextCursor":null}');
  });
}
