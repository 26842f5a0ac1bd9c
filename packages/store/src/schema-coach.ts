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
}
