import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 11, mail import: every imported message remembered by its Message-ID (or a hash of its
// bytes when it has none), so importing the same mailbox again changes nothing; and what each
// message proposes for the records, waiting for the person to accept or reject it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('from_name', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON of the classification (kind, company, role, interview, reason, sender): read again
    // when a proposal is accepted, so the match is made against the records as they are then.
    .addColumn('classification', 'text', (c) => c.notNull())
    // The readable text, bounded; null for mail that proposed nothing (only its key is needed).
    .addColumn('body', 'text')
    .addColumn('body_truncated', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mail_messages_owner_key', ['owner_id', 'message_key'])
    .execute();
  await db.schema
    .createTable('mail_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull().references('mail_messages.id').onDelete('cascade'))
    // No foreign key: a deleted application leaves its proposals, which are matched again on accept.
    .addColumn('application_id', 'text')
    .addColumn('new_company', 'text')
    .addColumn('new_role', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('match_score', 'integer', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('result_application_id', 'text')
    .addColumn('result_event_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_proposals_owner_status_idx').on('mail_proposals').columns(['owner_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('mail_proposals_message_idx').on('mail_proposals').column('message_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_proposals').execute();
  await db.schema.dropTable('mail_messages').execute();
}
