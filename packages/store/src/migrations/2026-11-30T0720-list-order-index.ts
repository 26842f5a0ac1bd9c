import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 14: the board's list reads an owner's applications newest first with the id breaking ties
// (`order by created_at desc, id`). The index on (owner_id, created_at) gave the first key only,
// so PostgreSQL sorted every run of equal dates by id on each request (an incremental sort, most
// of the list query's time when many applications were imported at once); this one gives the
// exact order, so a page is read from the index without a sort.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('applications_owner_list_idx').on('applications').columns(['owner_id', 'created_at desc', 'id']).execute();
  await db.schema.dropIndex('applications_owner_idx').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('applications_owner_idx').on('applications').columns(['owner_id', 'created_at']).execute();
  await db.schema.dropIndex('applications_owner_list_idx').execute();
}
