import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../tests/support/pg';
import { openStore, type Store } from './store';

/** Connections open to this store's database, as PostgreSQL counts them. */
async function backends(store: Store): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database()`.execute(store.db);
  return rows[0]!.n;
}

describe.skipIf(pgSkipped)('warming the pool (PostgreSQL)', () => {
  let temp: TempDatabase | null = null;
  afterAll(async () => temp?.drop());

  it('opens every pooled connection and runs the hot reads on each, writing nothing', async () => {
    temp = await createTempDatabase();
    const store = await openStore({ databaseUrl: temp.url, poolSize: 4 });
    try {
      expect(await backends(store)).toBeLessThan(4);
      await store.warm();
      expect(await backends(store)).toBe(4);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from sessions`.execute(store.db);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('warming the store (SQLite)', () => {
  it('runs the hot reads on the one connection without error', async () => {
    const store = await openStore({ file: ':memory:' });
    await expect(store.warm()).resolves.toBeUndefined();
    await store.close();
  });
});
