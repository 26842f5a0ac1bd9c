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
  /** Drop the database (ending its connections). A second call does nothing. */
  drop(): Promise<void>;
}

/**
 * The databases this process created and has not dropped yet. Kept on `globalThis` so that
 * `pg-cleanup.ts`, run after every test file, finds them without importing this module (and
 * `pg`) into files that never touch PostgreSQL.
 */
const LIVE = Symbol.for('secondround.test.liveDatabases');
type Registry = Set<TempDatabase>;
export function liveTempDatabases(): Registry {
  const g = globalThis as { [LIVE]?: Registry };
  return (g[LIVE] ??= new Set());
}

/** How many databases are dropped at once: each drop ends connections and waits for a checkpoint. */
export const DROP_CONCURRENCY = 4;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Create an empty database on the test server; `drop` removes it. */
export async function createTempDatabase(): Promise<TempDatabase> {
  const name = `sr_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  let dropped = false;
  const db: TempDatabase = {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
      dropped = true;
      liveTempDatabases().delete(db);
    },
  };
  liveTempDatabases().add(db);
  return db;
}

/**
 * Drop `dbs` (by default every database this process still holds), at most `concurrency` at a
 * time. Every drop is tried even when one fails; the failures are thrown together at the end.
 */
export async function dropTempDatabases(dbs: Iterable<TempDatabase> = liveTempDatabases(), concurrency = DROP_CONCURRENCY): Promise<void> {
  const left = [...dbs];
  const errors: unknown[] = [];
  const worker = async (): Promise<void> => {
    for (let d = left.shift(); d; d = left.shift()) await d.drop().catch((e: unknown) => void errors.push(e));
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} test database(s) could not be dropped`);
}
