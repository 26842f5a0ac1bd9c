import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type { Clock } from '../ids';

/** What a repository runs on: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface RepoContext {
  db: Executor;
  clock: Clock;
}

/** Rows per multi-row INSERT: well under PostgreSQL's 65,535 parameters for our widest table. */
export const INSERT_CHUNK = 500;

export function chunks<T>(rows: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
