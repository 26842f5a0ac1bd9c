import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 5: one thank-you note per interviewer, and the follow-ups / feedback requests of an
// application. Instants are ISO UTC text and days `YYYY-MM-DD` text, as everywhere.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('thank_you_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interviewer_id', 'text', (c) => c.notNull().unique().references('interviewers.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tone', 'text', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('sent_via', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('thank_you_notes_owner_idx').on('thank_you_notes').columns(['owner_id', 'interview_id']).execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('planned_on', 'text')
    .addColumn('stated_text', 'text')
    .addColumn('stated_until', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('sent_via', 'text')
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answer_text', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_ups_app_idx').on('follow_ups').column('application_id').execute();
  await db.schema.createIndex('follow_ups_owner_idx').on('follow_ups').columns(['owner_id', 'planned_on']).execute();
}
