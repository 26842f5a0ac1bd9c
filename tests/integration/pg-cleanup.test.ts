import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTempDatabase, dropTempDatabases, liveTempDatabases, PG_ADMIN_URL, pgSkipped } from '../support/pg';

async function exists(names: string[]): Promise<string[]> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    const r = await c.query<{ datname: string }>('select datname from pg_database where datname = any($1)', [names]);
    return r.rows.map((x) => x.datname).sort();
  } finally {
    await c.end();
  }
}

// The test databases are tracked until dropped, so what a failed test leaves is dropped after its
// file (tests/support/pg-cleanup.ts), a few at a time.
describe.skipIf(pgSkipped)('test databases', () => {
  it('are tracked until dropped, and dropped together a bounded number at a time', async () => {
    const dbs = await Promise.all([createTempDatabase(), createTempDatabase(), createTempDatabase()]);
    const names = dbs.map((d) => new URL(d.url).pathname.slice(1)).sort();
    expect(await exists(names)).toEqual(names);
    for (const d of dbs) expect(liveTempDatabases().has(d)).toBe(true);

    await dbs[0]!.drop();
    await dbs[0]!.drop(); // a second drop does nothing
    expect(liveTempDatabases().has(dbs[0]!)).toBe(false);
    expect(await exists(names)).toEqual(names.filter((n) => n !== new URL(dbs[0]!.url).pathname.slice(1)));

    await dropTempDatabases(dbs, 2);
    expect(await exists(names)).toEqual([]);
    for (const d of dbs) expect(liveTempDatabases().has(d)).toBe(false);
  });
});
