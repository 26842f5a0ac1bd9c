import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 10: references (the people), the references given per application, and the person's
// work-style profile (one JSON document per owner, `id` equals `owner_id` as for settings).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('referees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('context', 'text')
    .addColumn('knows_work', 'integer', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('witnessed_story_ids', 'text', (c) => c.notNull())
    .addColumn('last_contact_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referees_owner_idx').on('referees').columns(['owner_id', 'name']).execute();

  await db.schema
    .createTable('referee_uses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('reference_id', 'text', (c) => c.notNull().references('referees.id').onDelete('cascade'))
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('briefed_on', 'text')
    .addColumn('checked_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referee_uses_owner_idx').on('referee_uses').columns(['owner_id', 'application_id']).execute();
  await db.schema.createIndex('referee_uses_reference_idx').on('referee_uses').column('reference_id').execute();

  await db.schema
    .createTable('work_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().unique().references('users.id').onDelete('cascade'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
