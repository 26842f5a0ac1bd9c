import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 13 (per-account caps): uploads per hour and concurrent scans were counted in one process's
// memory, so a restart forgot them and each process behind a load balancer counted its own. Each
// upload or running scan is now a row that holds one unit of the person's allowance until it
// expires (an hour for an upload; a scan's lease, or its end, whichever comes first).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('usage_leases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('usage_leases_owner_kind_idx').on('usage_leases').columns(['owner_id', 'kind', 'expires_at']).execute();
}
