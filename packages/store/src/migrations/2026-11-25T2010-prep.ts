import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 4: the story bank (owned by the person), one prep sheet and one debrief per interview.
// Lists are JSON text and yes/no answers 0/1 integers, the same on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_owner_idx').on('stories').columns(['owner_id', 'created_at']).execute();

  await db.schema
    .createTable('prep_sheets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.notNull().unique().references('interviews.id').onDelete('cascade'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('prep_sheets_owner_idx').on('prep_sheets').column('owner_id').execute();

  await db.schema
    .createTable('debriefs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.notNull().unique().references('interviews.id').onDelete('cascade'))
    .addColumn('names_right', 'integer')
    .addColumn('research_shown', 'integer')
    .addColumn('why_this_job_answered', 'integer')
    .addColumn('fumbled_questions', 'text', (c) => c.notNull())
    .addColumn('stories_told', 'text', (c) => c.notNull())
    .addColumn('next_steps', 'text')
    .addColumn('feeling', 'integer')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('debriefs_owner_idx').on('debriefs').column('owner_id').execute();
}
