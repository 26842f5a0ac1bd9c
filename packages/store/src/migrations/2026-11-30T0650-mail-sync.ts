import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 11: where IMAP sync stopped in each folder of an account: the folder's UIDVALIDITY and
// the last UID handed to the import. Not in backups: it describes a server, and the import's
// Message-ID memory keeps a sync from the start (after a restore) from doubling anything.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_sync_cursors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_sync_cursors_place_idx').on('mail_sync_cursors').columns(['owner_id', 'account', 'folder']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_sync_cursors').execute();
}
