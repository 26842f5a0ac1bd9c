import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
// Issue 12 (CLI start): each story's terms for matching it to listings (`storyTerms` as JSON) are
// kept with it, with the ANALYSER_VERSION that wrote them, so the Diagnosis reads them instead of
// running every story through the tokeniser and the skill index on each run. Derived data: left
// out of backups, and recomputed when missing (after a restore or an import) or written by
// another version.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stories').addColumn('match_terms', 'text').execute();
  await db.schema.alterTable('stories').addColumn('match_terms_version', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stories').dropColumn('match_terms_version').execute();
  await db.schema.alterTable('stories').dropColumn('match_terms').execute();
}
