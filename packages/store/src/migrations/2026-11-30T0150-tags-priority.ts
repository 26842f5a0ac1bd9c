import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Tags are a JSON array of short strings in one text column (at most 10 of 30 characters, checked
// at the edge); the board filters them in memory, so no join table is needed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('applications').addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('applications').addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal')).execute();
}
