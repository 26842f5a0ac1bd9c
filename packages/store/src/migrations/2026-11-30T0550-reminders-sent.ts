import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Reminder mails (issue 15): one row per mail claimed for sending, so a restart, or a second app
// process on the same database, never sends the same digest or reminder twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminders_sent')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addPrimaryKeyConstraint('reminders_sent_pk', ['owner_id', 'key'])
    .execute();
}
