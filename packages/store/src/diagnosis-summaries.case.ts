import { applicationInputSchema, generateDemo } from '@secondround/core';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { DIAGNOSIS_TABLES } from './migrations/2026-12-01T0400-diagnosis-summaries';
import type { Store } from './store';

const NOW = new Date('2026-06-01T12:00:00Z');

/** Kept cohort summaries (issue 14): every write to a table the Diagnosis reads bumps the version. */
export function diagnosisSummaryStoreCases(current: () => Store): void {
  it('bumps the version on an insert, an update and a delete of every table the Diagnosis reads', async () => {
    const store = current();
    const ana = (await store.users.create('sum-ana@example.com', 'h'))!;
    const ben = (await store.users.create('sum-ben@example.com', 'h'))!;
    await store.transaction((tx) => tx.backup.restore(ana.id, { ...generateDemo(NOW), workProfiles: generateDemo(NOW).workProfiles!.map((w) => ({ ...w, id: ana.id })) }));
    await store.settings.update(ana.id, { diagnosis: { waitingDays: 30 } });
    const version = async (id: string) => (await store.diagnosisSummaries.read([id])).get(id)!.version;
    expect(await version(ben.id)).toBe(0);
    // Kysely's types cannot follow a table name chosen at run time; the list is the migration's own.
    const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    // Children first: a parent's delete takes its children with it, and each is put back after.
    for (const table of [...DIAGNOSIS_TABLES].reverse()) {
      const row = await db.selectFrom(table).selectAll().where('ownerId', '=', ana.id).limit(1).executeTakeFirst();
      expect(row, `${table} has a demo row`).toBeDefined();
      const idColumn = 'id' in row! ? 'id' : 'ownerId';
      let v = await version(ana.id);
      await db.updateTable(table).set({ ownerId: ana.id }).where(idColumn, '=', row![idColumn] as string).execute();
      expect(await version(ana.id), `${table} update`).toBe(v + 1);
      v += 1;
      await db.deleteFrom(table).where(idColumn, '=', row![idColumn] as string).execute();
      expect(await version(ana.id), `${table} delete`).toBeGreaterThan(v);
      v = await version(ana.id);
      await db.insertInto(table).values(row!).execute();
      expect(await version(ana.id), `${table} insert`).toBe(v + 1);
    }
    // Another person's version never moves with Ana's writes.
    expect(await version(ben.id)).toBe(0);
  });

  it('keeps a summary only at the version it was read at, and deleting the account deletes it', async () => {
    const store = current();
    const ana = (await store.users.create('sum-keep@example.com', 'h'))!;
    const { version } = (await store.diagnosisSummaries.read([ana.id])).get(ana.id)!;
    await store.applications.create(ana.id, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }));
    expect(await store.diagnosisSummaries.keep(ana.id, version, '2026-06-01', '{}')).toBe(false);
    const now = (await store.diagnosisSummaries.read([ana.id])).get(ana.id)!;
    expect(now.version).toBeGreaterThan(version);
    expect(now).toMatchObject({ keptVersion: null, summary: null });
    expect(await store.diagnosisSummaries.keep(ana.id, now.version, '2026-06-01', '{"k":1}')).toBe(true);
    expect((await store.diagnosisSummaries.read([ana.id])).get(ana.id)).toEqual({ version: now.version, keptVersion: now.version, keptDay: '2026-06-01', summary: '{"k":1}' });
    await store.users.delete(ana.id);
    expect((await store.diagnosisSummaries.read([ana.id])).size).toBe(0);
  });
}
