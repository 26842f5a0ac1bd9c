import { PostgresAdapter, type Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 14, background jobs: spreadsheet imports and social-export scans run as queued jobs, in
// whichever app process takes them. `job_runs` is what the person polls (status, progress, the
// result or the error); `job_upload_chunks` holds the uploaded bytes in the database, in chunks of
// at most a MiB, so every process can read them and none holds a whole file in memory. The chunks
// are deleted when the job ends, and swept after a day; neither table is part of a backup.
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('job_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON of what the handler needs besides the bytes (file name, options); never shown.
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('upload_bytes', 'bigint', (c) => c.notNull())
    .addColumn('progress_done', 'bigint', (c) => c.notNull())
    .addColumn('progress_total', 'bigint', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_runs_created_idx').on('job_runs').column('created_at').execute();
  await db.schema
    .createTable('job_upload_chunks')
    .addColumn('job_id', 'text', (c) => c.notNull().references('job_runs.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', isPostgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('job_upload_chunks_pk', ['job_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('job_upload_chunks').execute();
  await db.schema.dropTable('job_runs').execute();
}
