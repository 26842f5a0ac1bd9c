import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 6: the social audit. One audit per uploaded export; the findings of the latest audit of
// each platform with the person's "dealt with" marks; presence checklist ticks per platform.
// Lists are JSON text and yes/no answers 0/1 integers, the same on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('social_audits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('platform', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('items_scanned', 'integer', (c) => c.notNull())
    .addColumn('findings_count', 'integer', (c) => c.notNull())
    .addColumn('truncated', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('social_audits_owner_idx').on('social_audits').columns(['owner_id', 'started_at']).execute();

  await db.schema
    .createTable('social_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('audit_id', 'text', (c) => c.notNull().references('social_audits.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('dealt_with', 'integer', (c) => c.notNull())
    .addColumn('dealt_with_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('social_findings_owner_idx').on('social_findings').columns(['owner_id', 'platform', 'item_id']).execute();
  await db.schema.createIndex('social_findings_audit_idx').on('social_findings').column('audit_id').execute();

  await db.schema
    .createTable('social_presence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('checked', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('social_presence_owner_platform', ['owner_id', 'platform'])
    .execute();
}
