import { expect, it } from 'vitest';
import { generateDemo } from '@secondround/core';
import { sql } from 'kysely';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';
import { restoredRows } from './repos/backup';

/** The tables that have planner statistics now: PostgreSQL's row estimate is set, SQLite's sqlite_stat1 has them. */
async function analysed(store: Store): Promise<string[]> {
  const raw = store.db.withoutPlugins();
  const rows =
    store.dialect === 'postgres'
      ? (await sql<{ name: string }>`select relname as name from pg_class where relnamespace = (select oid from pg_namespace where nspname = current_schema()) and relkind = 'r' and reltuples > 0`.execute(raw)).rows
      : (await sql<{ name: string }>`select name from sqlite_master where name = 'sqlite_stat1'`.execute(raw)).rows.length === 0
        ? []
        : (await sql<{ name: string }>`select distinct tbl as name from sqlite_stat1`.execute(raw)).rows;
  return rows.map((r) => r.name).sort();
}

export function analyzeStoreCases(current: () => Store): void {
  it('analyses the tables a restore filled, and leaves a large table alone for a small write (PostgreSQL)', async () => {
    const store = current();
    expect(await analysed(store)).not.toContain('stage_events');
    const counts = await store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, generateDemo(new Date('2026-11-25T12:00:00Z')), { replace: true }));
    // A table the write left empty is not analysed for nothing.
    const done = await store.analyzeWritten({ ...restoredRows(counts), socialPresence: 0 });
    expect(done).toEqual(expect.arrayContaining(['applications', 'stage_events', 'interviews']));
    expect(done).not.toContain('social_presence');
    expect(await analysed(store)).toEqual(expect.arrayContaining(['applications', 'stage_events', 'interviews']));
    expect(await store.analyzeWritten({})).toEqual([]);
    // One row against the demo's dozens: PostgreSQL's statistics still hold (autovacuum's threshold); SQLite's files are small, so always.
    expect(await store.analyzeWritten({ applications: 1 })).toEqual(store.dialect === 'postgres' ? [] : ['applications']);
  });
}
