/** Tables of issue 6 (social audit): audits of uploaded exports, their findings, presence ticks. */
export interface SocialTables {
  socialAudits: SocialAuditsTable;
  socialFindings: SocialFindingsTable;
  socialPresence: SocialPresenceTable;
}

export interface SocialAuditsTable {
  id: string;
  ownerId: string;
  /** Null when the upload failed before the platform was known. */
  platform: string | null;
  fileName: string;
  itemsScanned: number;
  findingsCount: number;
  /** 1 when more findings were found than kept. */
  truncated: number;
  /** 'done' | 'failed'. */
  status: string;
  errorCode: string | null;
  errorMessage: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface SocialFindingsTable {
  id: string;
  ownerId: string;
  auditId: string;
  platform: string;
  itemId: string;
  date: string | null;
  url: string | null;
  kind: string;
  category: string;
  /** JSON array of strings. */
  terms: string;
  excerpt: string;
  severity: string;
  /** 1 yes, 0 no. */
  dealtWith: number;
  dealtWithAt: string | null;
  createdAt: string;
}

export interface SocialPresenceTable {
  id: string;
  ownerId: string;
  platform: string;
  /** JSON array of checklist point ids. */
  checked: string;
  updatedAt: string;
}
