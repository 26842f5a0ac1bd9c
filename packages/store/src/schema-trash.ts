/** Issue 12: what a deletion removed, kept for its undo window. */
export interface TrashTables {
  trash: TrashTable;
}

export interface TrashTable {
  id: string;
  ownerId: string;
  /** What was deleted: `application`, `interview`, `interviewer`, `contact`, `event`, `story`, `reference`, `reference_use`, `follow_up`, `material_item`, `material_file`. */
  kind: string;
  /** How the undo notice names it ("Round 1", "Ana Ruiz"). */
  label: string;
  /** JSON: the removed rows by table (database column names), parents first, and links to set back. */
  payload: string;
  deletedAt: string;
}
