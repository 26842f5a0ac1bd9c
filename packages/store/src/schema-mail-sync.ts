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

export interface MailSyncTables {
  mailSyncCursors: MailSyncCursorsTable;
}
