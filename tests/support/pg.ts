import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Where the PostgreSQL suites find a server: `SECONDROUND_TEST_PG_URL`, else the local default
 * that `.ci/run` starts. The suites create a fresh database per run and drop it afterwards.
 */
export const PG_ADMIN_URL = process.env.SECONDROUND_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';

/** True when the test runner found no PostgreSQL and said so (see scripts/test.mjs). */
export const pgSkipped = process.env.SECONDROUND_SKIP_PG === '1';

export interface TempDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Create an empty database on the test server; `drop` removes it. */
export async function createTempDatabase(): Promise<TempDatabase> {
  const name = `sr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
