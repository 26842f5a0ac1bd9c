import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import { UserError } from '@secondround/core';
import type { Database } from './schema';

// The PostgreSQL driver is loaded only when a postgres:// URL is given: a personal (SQLite) run,
// and every CLI command, starts without it.
const requireDriver = createRequire(import.meta.url);

export type Dialect = 'sqlite' | 'postgres';

export interface DbConfig {
  /** `postgres://…` switches to PostgreSQL; otherwise SQLite at `file`. */
  databaseUrl?: string | undefined;
  /** SQLite file path, or `:memory:`. */
  file?: string | undefined;
  /** PostgreSQL pool size (hosted mode runs several processes, each with its own pool). */
  poolSize?: number;
}

export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Connections the pool may hold (1 for SQLite). */
  poolSize: number;
  close(): Promise<void>;
}

/** Whether a configured URL points at PostgreSQL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Open the database named by the configuration: PostgreSQL when `databaseUrl` is a
 * `postgres://` URL, else SQLite (WAL, foreign keys on) at `file`.
 */
export function connect(config: DbConfig): Connection {
  if (config.databaseUrl && !isPostgresUrl(config.databaseUrl)) {
    throw new UserError('BAD_DATABASE_URL', `DATABASE_URL must start with postgres:// (got "${redact(config.databaseUrl)}")`, 400);
  }
  if (isPostgresUrl(config.databaseUrl)) {
    const { Pool } = requireDriver('pg') as typeof pg;
    const poolSize = config.poolSize ?? 10;
    // min = max: an idle connection is never closed (pg-pool closes idle ones after 10 s by
    // default), so a quiet spell followed by a burst does not pay for new backends whose catalog
    // caches start empty (issue 14's cold tail). Each process holds its pool's connections.
    const pool = new Pool({ connectionString: config.databaseUrl, max: poolSize, min: poolSize });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    return { db, dialect: 'postgres', poolSize, close: () => db.destroy() };
  }
  const file = config.file ?? ':memory:';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
  } catch (e) {
    throw new UserError('BAD_DATABASE', `cannot open SQLite database ${file}: ${(e as Error).message}`, 400);
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'sqlite', poolSize: 1, close: () => db.destroy() };
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@').slice(0, 80);
}
