import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 10: requested materials per application, the files sent (typed by their bytes, content
// kept once per SHA-256), and "mark as submitted" with the reason given for anything missing.
// Lists are JSON text and yes/no answers 0/1 integers, the same on SQLite and PostgreSQL.
// `material_blobs` holds file contents as base64 text when there is no data folder (hosted mode).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('material_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('formats', 'text', (c) => c.notNull())
    .addColumn('max_bytes', 'integer')
    .addColumn('via', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('material_items_app_idx').on('material_items').columns(['owner_id', 'application_id']).execute();

  await db.schema
    .createTable('material_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.references('material_items.id').onDelete('set null'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text')
    .addColumn('format', 'text')
    .addColumn('text_readable', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('material_files_app_idx').on('material_files').columns(['owner_id', 'application_id']).execute();

  await db.schema
    .createTable('material_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('material_submissions_app_idx').on('material_submissions').columns(['owner_id', 'application_id']).execute();

  await db.schema
    .createTable('material_blobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('material_blobs_owner_sha', ['owner_id', 'sha256'])
    .execute();
}
