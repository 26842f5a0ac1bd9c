import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kysely, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import { migrate, unknownMigrations } from './migrate';
import { openStore } from './store';

const SNAPSHOT = join(import.meta.dirname, 'schema.snapshot.json');

async function columnsOf(): Promise<string[]> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  await migrate(db);
  const tables = await db.introspection.getTables();
  const cols = tables.filter((t) => !t.name.startsWith('kysely_')).flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
  await db.destroy();
  return cols.sort();
}

describe('schema guard', () => {
  it('never loses a table or column that a landed migration created', async () => {
    const now = await columnsOf();
    const before = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as string[];
    const lost = before.filter((c) => !now.includes(c));
    expect(lost, `columns removed: ${lost.join(', ')}`).toEqual([]);
    const added = now.filter((c) => !before.includes(c));
    if (added.length > 0 && process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 1)}\n`);
    expect(added, `new columns: run with UPDATE_SCHEMA_SNAPSHOT=1 to record ${added.join(', ')}`).toEqual([]);
  });

  it('refuses a database that holds migrations the code does not know, and leaves it alone', async () => {
    const sqlite = new SQLite(':memory:');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db);
    sqlite.prepare(`insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-from-the-future', '2099-01-01')`).run();
    expect(await unknownMigrations(db)).toEqual(['2099-01-01T0000-from-the-future']);
    await expect(migrate(db)).rejects.toThrow(/newer version of secondround/);
    await db.destroy();
  });

  it('opens an existing database again without changes', async () => {
    const store = await openStore({ file: ':memory:' });
    expect(await migrate(store.db)).toEqual([]);
    await store.close();
  });
});
