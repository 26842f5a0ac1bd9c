import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 11, periodic sync: a person who set up IMAP may have the server check for new mail every
// few hours. One row per person who turned it on (none: off); `next_check_at` is when the next
// check is due, indexed so the periodic scan finds the due ones without reading everyone's. Not in
// backups, like the sync's runs and places: a restored backup has no IMAP password either.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_sync_schedules')
    .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('every_hours', 'integer', (c) => c.notNull())
    .addColumn('next_check_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_sync_schedules_due_idx').on('mail_sync_schedules').column('next_check_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_sync_schedules').execute();
}
