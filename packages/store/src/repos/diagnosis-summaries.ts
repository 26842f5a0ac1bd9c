import { sql } from 'kysely';
import type { RepoContext } from './executor';

/** A person's kept cohort summary and the version of their records now. */
export interface KeptSummary {
  /** Bumped by a trigger on every write to a table the Diagnosis reads. */
  version: number;
  /** The version the kept summary was computed at (null: none kept yet). */
  keptVersion: number | null;
  /** The UTC day (YYYY-MM-DD) it was computed for. */
  keptDay: string | null;
  summary: string | null;
}

/** Owners per statement: well under SQLite's bound-parameter limit and PostgreSQL's comfort. */
const CHUNK = 500;

/**
 * Kept per-person summaries for the coach's cohort view (migration 2026-12-01T0400). The caller
 * reads `version` BEFORE reading the records it summarises, and `keep` stores the summary only if
 * `version` has not moved since: a write that lands in between leaves nothing kept, never a stale one.
 */
export function diagnosisSummariesRepo({ db }: RepoContext) {
  return {
    /** Each owner's row, made first for owners who have none (an owner with no account gets none). */
    async read(ownerIds: readonly string[]): Promise<Map<string, KeptSummary>> {
      const out = new Map<string, KeptSummary>();
      for (let i = 0; i < ownerIds.length; i += CHUNK) {
        const part = ownerIds.slice(i, i + CHUNK);
        let rows = await db.selectFrom('diagnosisSummaries').selectAll().where('ownerId', 'in', part).execute();
        if (rows.length < part.length) {
          const have = new Set(rows.map((r) => r.ownerId));
          const missing = part.filter((id) => !have.has(id));
          // Made before the records are read: from here on every write bumps this row's version.
          await db
            .insertInto('diagnosisSummaries')
            .columns(['ownerId', 'version'])
            .expression(db.selectFrom('users').select(['id', sql<number>`0`.as('version')]).where('id', 'in', missing))
            .onConflict((oc) => oc.column('ownerId').doNothing())
            .execute();
          rows = await db.selectFrom('diagnosisSummaries').selectAll().where('ownerId', 'in', part).execute();
        }
        for (const r of rows) {
          // bigint is a string on PostgreSQL.
          out.set(r.ownerId, { version: Number(r.version), keptVersion: r.keptVersion === null ? null : Number(r.keptVersion), keptDay: r.keptDay, summary: r.summary });
        }
      }
      return out;
    },

    /** Keep `summary` as of `version`, unless a write has bumped the version since; true when kept. */
    async keep(ownerId: string, version: number, day: string, summary: string): Promise<boolean> {
      const res = await db
        .updateTable('diagnosisSummaries')
        .set({ keptVersion: version, keptDay: day, summary })
        .where('ownerId', '=', ownerId)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
}
