/** Where IMAP sync stopped in a folder: its UIDVALIDITY and the last UID handed to the import. */
export interface MailSyncCursorsTable {
  id: string;
  ownerId: string;
  /** `user@host:port`: a cursor belongs to one account on one server. */
  account: string;
  folder: string;
  uidValidity: string;
  lastUid: number | string;
  updatedAt: string;
}

/** The person's IMAP sync run from the web app: one row each, so at most one run at a time. */
export interface MailSyncRunsTable {
  ownerId: string;
  /** `queued`, `running`, `done` or `failed`. */
  state: string;
  requestedAt: string;
  startedAt: string | null;
  /** Moved on as the run goes: a run whose heartbeat stopped long ago died with its process. */
  heartbeatAt: string;
  finishedAt: string | null;
  readCount: number;
  imported: number;
  duplicates: number;
  proposed: number;
  failed: number;
  /** Bytes read, as the server sizes its messages (bigint: a string on PostgreSQL). */
  bytes: number | string;
  errorCode: string | null;
  errorMessage: string | null;
}

/** A person's "check for new mail every N hours" (no row: off). */
export interface MailSyncSchedulesTable {
  ownerId: string;
  everyHours: number;
  /** When the next check is due (ISO instant). */
  nextCheckAt: string;
  updatedAt: string;
}

export interface MailSyncTables {
  mailSyncCursors: MailSyncCursorsTable;
  mailSyncRuns: MailSyncRunsTable;
  mailSyncSchedules: MailSyncSchedulesTable;
}
