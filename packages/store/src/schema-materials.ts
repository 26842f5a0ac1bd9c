/** Tables of issue 10 (requested materials): items, files sent, submissions, file contents. */
export interface MaterialsTables {
  materialItems: MaterialItemsTable;
  materialFiles: MaterialFilesTable;
  materialSubmissions: MaterialSubmissionsTable;
  materialBlobs: MaterialBlobsTable;
}

export interface MaterialItemsTable {
  id: string;
  ownerId: string;
  applicationId: string;
  kind: string;
  label: string | null;
  /** 1 yes, 0 no. */
  required: number;
  /** JSON array of format ids. */
  formats: string;
  maxBytes: number | null;
  via: string | null;
  /** 'listing' | 'person'. */
  source: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface MaterialFilesTable {
  id: string;
  ownerId: string;
  applicationId: string;
  itemId: string | null;
  fileName: string;
  sha256: string;
  size: number;
  mime: string | null;
  format: string | null;
  /** 0 for an image-only PDF, 1 with a text layer, null when not a text document. */
  textReadable: number | null;
  createdAt: string;
}

export interface MaterialSubmissionsTable {
  id: string;
  ownerId: string;
  applicationId: string;
  submittedAt: string;
  /** JSON array of plain-word problems. */
  problems: string;
  reason: string | null;
}

export interface MaterialBlobsTable {
  id: string;
  ownerId: string;
  sha256: string;
  size: number;
  /** Base64 of the bytes (text, so SQLite and PostgreSQL store the same). */
  data: string;
  createdAt: string;
}
