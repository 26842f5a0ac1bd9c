import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { UserError } from '@secondround/core';
import { MIGRATIONS } from './migrations/index';

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Bring the schema up to date. Refuses, before changing anything, a database that holds
 * migrations this code does not know: it was written by a newer secondround, and running older
 * code on it could lose data.
 */
export async function migrate(db: Kysely<any>): Promise<string[]> {
  // Every command opens the store: when the database already holds exactly the migrations this
  // code has, there is nothing to do, and the introspection and migrator's locking it would take
  // to find that out cost a short CLI run a noticeable part of its time.
  const applied = await appliedMigrations(db);
  if (applied && applied.length === Object.keys(MIGRATIONS).length && applied.every((n) => Object.hasOwn(MIGRATIONS, n))) return [];
  const unknown = await unknownMigrations(db);
  if (unknown.length > 0) {
    throw new UserError(
      'UNKNOWN_MIGRATIONS',
      `this database was written by a newer version of secondround (unknown migrations: ${unknown.join(', ')}); upgrade secondround or use another database`,
      409,
    );
  }
  const migrator = new Migrator({ db: db.withoutPlugins(), provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of applied migrations that the code does not have. */
export async function unknownMigrations(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db.withoutPlugins());
  return rows.rows.map((r) => r.name).filter((n) => !(n in MIGRATIONS));
}

/** Names of the applied migrations, or null when the database has no migration table yet. */
async function appliedMigrations(db: Kysely<any>): Promise<string[] | null> {
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db.withoutPlugins());
    return rows.rows.map((r) => r.name);
  } catch {
    return null;
  }
}
