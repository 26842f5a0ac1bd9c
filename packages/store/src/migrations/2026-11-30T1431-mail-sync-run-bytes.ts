import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 11: a sync run also counts the bytes it read, as the IMAP server sizes its messages
// (RFC822.SIZE, attachments included), so the progress shown moves with the mailbox's bytes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_sync_runs').addColumn('bytes', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_sync_runs').dropColumn('bytes').execute();
}
