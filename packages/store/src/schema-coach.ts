/** Read-only shares of a person's board, Diagnosis and prep sheets with a coach's account. */
export interface CoachSharesTable {
  id: string;
  ownerId: string;
  /** As the person typed it, normalised; shown back to them whether or not an account uses it. */
  coachEmail: string;
  /** The account that used `coachEmail` when the share was made; null grants nothing. */
  coachId: string | null;
  createdAt: string;
}

export interface CoachTables {
  coachShares: CoachSharesTable;
  diagnosisSummaries: DiagnosisSummariesTable;
}

/**
 * Per person, the part of their Diagnosis the coach's cohort view shows, kept with the `version`
 * it was computed at. Triggers bump `version` on every write to a table the Diagnosis reads
 * (migration 2026-12-01T0400), so a summary is current only while `keptVersion` equals it.
 */
export interface DiagnosisSummariesTable {
  ownerId: string;
  version: number | string;
  keptVersion: number | string | null;
  keptDay: string | null;
  summary: string | null;
}
