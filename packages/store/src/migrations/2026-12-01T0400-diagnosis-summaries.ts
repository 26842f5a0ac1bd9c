import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 14, the coach's cohort view: rebuilding every shared person's Diagnosis on each visit costs
// seconds for 200 people (bench/coach-cohort.bench.ts). `diagnosis_summaries` keeps, per person,
// the part of their Diagnosis the cohort shows, with the `version` it was computed at. Triggers on
// every table the Diagnosis reads bump `version` in the writing transaction, whatever code path
// writes (routes, imports, restores, undo, the trash, cascades), so a kept summary whose
// `kept_version` is behind is never used. A person gets a row on the first cohort visit; until
// then the triggers' UPDATE finds nothing and costs one index probe.
export const DIAGNOSIS_TABLES = [
  'applications',
  'stage_events',
  'interviews',
  'interviewers',
  'settings',
  'stories',
  'prep_sheets',
  'debriefs',
  'thank_you_notes',
  'follow_ups',
  'social_audits',
  'social_findings',
  'social_presence',
  'referees',
  'referee_uses',
  'work_profiles',
  'material_items',
  'material_files',
  'material_submissions',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('diagnosis_summaries')
    .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('kept_version', 'bigint')
    // The UTC day the summary was computed for: waiting times count in days, so it lasts a day.
    .addColumn('kept_day', 'text')
    .addColumn('summary', 'text')
    .execute();
  if (isPostgres) {
    await sql`CREATE FUNCTION bump_diagnosis_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE diagnosis_summaries SET version = version + 1 WHERE owner_id = OLD.owner_id;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.owner_id IS DISTINCT FROM OLD.owner_id) THEN
    UPDATE diagnosis_summaries SET version = version + 1 WHERE owner_id = NEW.owner_id;
  END IF;
  RETURN NULL;
END $$`.execute(db);
    for (const table of DIAGNOSIS_TABLES) {
      await sql`CREATE TRIGGER ${sql.id(`${table}_diagnosis_version`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION bump_diagnosis_version()`.execute(db);
    }
    return;
  }
  for (const table of DIAGNOSIS_TABLES) {
    const bump = (who: 'NEW' | 'OLD') => `UPDATE diagnosis_summaries SET version = version + 1 WHERE owner_id = ${who}.owner_id;`;
    await sql.raw(`CREATE TRIGGER ${table}_diagnosis_version_ins AFTER INSERT ON ${table} BEGIN ${bump('NEW')} END`).execute(db);
    await sql.raw(`CREATE TRIGGER ${table}_diagnosis_version_upd AFTER UPDATE ON ${table} BEGIN ${bump('OLD')} UPDATE diagnosis_summaries SET version = version + 1 WHERE owner_id = NEW.owner_id AND NEW.owner_id IS NOT OLD.owner_id; END`).execute(db);
    await sql.raw(`CREATE TRIGGER ${table}_diagnosis_version_del AFTER DELETE ON ${table} BEGIN ${bump('OLD')} END`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of DIAGNOSIS_TABLES) {
    if (isPostgres) await sql`DROP TRIGGER ${sql.id(`${table}_diagnosis_version`)} ON ${sql.table(table)}`.execute(db);
    else for (const op of ['ins', 'upd', 'del']) await sql.raw(`DROP TRIGGER ${table}_diagnosis_version_${op}`).execute(db);
  }
  if (isPostgres) await sql`DROP FUNCTION bump_diagnosis_version()`.execute(db);
  await db.schema.dropTable('diagnosis_summaries').execute();
}
