import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 15: pairing tokens of the browser clipper (only a hash is kept), and an index to find an
// owner's application by its listing's address (a second click on a page opens, not saves twice).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clipper_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('clipper_tokens_owner_idx').on('clipper_tokens').column('owner_id').execute();
  await db.schema.createIndex('applications_listing_url_idx').on('applications').columns(['owner_id', 'listing_url']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('applications_listing_url_idx').execute();
  await db.schema.dropTable('clipper_tokens').execute();
}
