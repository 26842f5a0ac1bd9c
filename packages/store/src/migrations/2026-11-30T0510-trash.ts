import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 12: deletions undoable for a few seconds. A deletion removes the rows for real (so no
// query, export or Diagnosis can see them) and keeps what it removed here, as JSON, until the
// undo window has passed; an undo puts the rows back.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trash')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trash_deleted_at_idx').on('trash').column('deleted_at').execute();
  await db.schema.createIndex('trash_owner_idx').on('trash').column('owner_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trash').execute();
}
