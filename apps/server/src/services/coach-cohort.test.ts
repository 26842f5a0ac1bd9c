import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo, type Backup, type Stage } from '@secondround/core';
import { openStore, type BulkApplication, type Store } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../../tests/support/pg';
import { cohortFor, cohortRebuiltFor } from './coach';

// The kept cohort path (summaries under a version the triggers bump) must answer exactly what
// rebuilding every person's Diagnosis answers: on the demo, on a generated cohort with empty
// people and a revoked share, and after every kind of write the Diagnosis reads, on both backends.
const NOW = new Date('2026-06-01T12:00:00Z');

function day(offset: number): string {
  return new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

/** A search of `n` applications that reach a first interview; `movesOn` of every ten get a second. */
function search(n: number, movesOn: number, start = 60): BulkApplication[] {
  return Array.from({ length: n }, (_, i) => {
    const path: Array<[Stage, number]> = [['applied', start + i], ['round1', start + i - 10], [i % 10 < movesOn ? 'round2' : 'rejected', start + i - 20]];
    return { application: { company: `Co ${i}`, role: 'Analyst' } as BulkApplication['application'], events: path.map(([stage, ago]) => ({ stage, date: day(ago) }) as BulkApplication['events'][number]) };
  });
}

function demoCopy(tag: string, seed: number, ownerId: string): Backup {
  const b = JSON.parse(JSON.stringify(generateDemo(NOW, seed)).replaceAll('demo-', `${tag}-`)) as Backup;
  return { ...b, workProfiles: (b.workProfiles ?? []).map((w) => ({ ...w, id: ownerId })) };
}

function cohortCases(open: () => Promise<Store>): void {
  it('answers as the rebuilt cohort on first and kept visits, and after every kind of write', async () => {
    const store = await open();
    try {
      const coach = (await store.users.create('coach@example.com', 'h'))!;
      const person = async (email: string) => {
        const u = (await store.users.create(email, 'h'))!;
        await store.coach.share(u.id, 'coach@example.com');
        return u.id;
      };
      const demos = [await person('demo1@example.com'), await person('demo2@example.com'), await person('demo3@example.com')];
      for (const [i, id] of demos.entries()) await store.transaction((tx) => tx.backup.restore(id, demoCopy(`d${i}`, 100 + i, id)));
      const stalls = await person('stalls@example.com');
      await store.transaction((tx) => tx.bulk.insert(stalls, search(12, 1)));
      const movesOn = await person('moves@example.com');
      await store.transaction((tx) => tx.bulk.insert(movesOn, search(6, 5)));
      await person('empty@example.com');
      const revoked = await person('revoked@example.com');
      await store.transaction((tx) => tx.bulk.insert(revoked, search(6, 0)));
      const share = (await store.coach.listShares(revoked))[0]!;
      await store.coach.revoke(revoked, share.id);

      const same = async (now = NOW) => {
        const kept = await cohortFor(store, coach.id, now);
        expect(kept).toEqual(await cohortRebuiltFor(store, coach.id, now));
        return kept;
      };
      const first = await same();
      expect(first.people).toBe(6);
      expect(first.tooEarly.names).toContain('empty@example.com');
      expect(first.stalls.flatMap((s) => s.names)).not.toContain('revoked@example.com');
      // A restored search's listings are analysed on its first Diagnosis (a write, which bumps the
      // version), so its summary is kept on the visit after; from then on every visit reads it.
      expect(await same()).toEqual(first);
      const rows = await store.diagnosisSummaries.read(demos);
      for (const id of demos) expect(rows.get(id)).toMatchObject({ keptVersion: rows.get(id)!.version, keptDay: '2026-06-01' });
      expect(await same()).toEqual(first);

      // Writes that change what a person's Diagnosis says, each through the repositories.
      await store.transaction((tx) => tx.bulk.insert(movesOn, search(30, 0, 90)));
      const afterBulk = await same();
      expect(afterBulk).not.toEqual(first);
      const event = (await store.backup.export(stalls)).stageEvents.find((e) => e.stage === 'rejected')!;
      await store.events.remove(stalls, event.id);
      await same();
      await store.settings.update(demos[0]!, { diagnosis: { waitingDays: 200 } });
      await same();
      const story = (await store.backup.export(demos[1]!)).stories![0]!;
      await store.prep.removeStory(demos[1]!, story.id);
      await same();
      const app = (await store.backup.export(demos[1]!)).applications[0]!;
      await store.applications.remove(demos[1]!, app.id);
      await same();
      // A restore that replaces everything, then the share of a person ends after their summary was kept.
      const empty = await store.backup.export((await store.users.findByEmail('empty@example.com'))!.id);
      await store.transaction((tx) => tx.backup.restore(demos[2]!, empty, { replace: true }));
      await same();
      await store.coach.revoke(stalls, (await store.coach.listShares(stalls))[0]!.id);
      expect((await same()).people).toBe(5);
      // Waiting times count in days: a later day is computed again, not read from yesterday's summary.
      await same(new Date('2026-09-01T12:00:00Z'));
    } finally {
      await store.close();
    }
  }, 240_000);
}

describe('cohort on SQLite', () => cohortCases(() => openStore({ file: ':memory:' })));

describe.skipIf(pgSkipped)('cohort on PostgreSQL', () => {
  const dbs: TempDatabase[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });
  cohortCases(async () => {
    const d = await createTempDatabase();
    dbs.push(d);
    return openStore({ databaseUrl: d.url, poolSize: 4 });
  });
});
