import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 14: a person shares a read-only view of their records with a coach's account. The share
// keeps the e-mail the person typed; `coach_id` is the account that used it when the share was
// made (null: no account did, and the share grants nothing). Deleting either account deletes it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coach_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('coach_email', 'text', (c) => c.notNull())
    .addColumn('coach_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('coach_shares_owner_email_key', ['owner_id', 'coach_email'])
    .execute();
  await db.schema.createIndex('coach_shares_coach_idx').on('coach_shares').columns(['coach_id', 'owner_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('coach_shares').execute();
}
