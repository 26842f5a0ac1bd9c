/** Tables of issue 14's background jobs (spreadsheet imports, social-export scans). */
export interface JobsTables {
  jobRuns: JobRunsTable;
  jobUploadChunks: JobUploadChunksTable;
}

export interface JobRunsTable {
  id: string;
  ownerId: string;
  kind: string;
  /** `receiving` while the upload is written, then `queued`, `running`, `done` or `failed`. */
  status: string;
  params: string;
  /** bigint: a string on PostgreSQL, a number on SQLite. */
  uploadBytes: number | string;
  progressDone: number | string;
  progressTotal: number | string;
  result: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JobUploadChunksTable {
  jobId: string;
  seq: number;
  data: Uint8Array;
}
