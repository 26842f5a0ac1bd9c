import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 12 (CLI start): each listing's analysis is kept with it as JSON, with the ANALYSER_VERSION
// of the rules that wrote it, so the Diagnosis reads it instead of analysing every listing text on
// each run (about 330 ms of one-time rule setup per process, then the analyses themselves). It is
// derived data: left out of backups, and recomputed when missing (after a restore or an import)
// or written by another version of the rules.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('applications').addColumn('listing_analysis', 'text').execute();
  await db.schema.alterTable('applications').addColumn('listing_analysis_version', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('applications').dropColumn('listing_analysis_version').execute();
  await db.schema.alterTable('applications').dropColumn('listing_analysis').execute();
}
