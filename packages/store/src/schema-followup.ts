/** Tables of issue 5 (thank-you notes, follow-ups), in camelCase as Kysely sees them. */
export interface FollowupTables {
  thankYouNotes: ThankYouNotesTable;
  followUps: FollowUpsTable;
}

export interface ThankYouNotesTable {
  id: string;
  ownerId: string;
  interviewerId: string;
  interviewId: string;
  subject: string;
  body: string;
  tone: string;
  /** JSON list of the checker's problems at the last save. */
  problems: string;
  sentAt: string | null;
  sentVia: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FollowUpsTable {
  id: string;
  ownerId: string;
  applicationId: string;
  interviewId: string | null;
  kind: string;
  plannedOn: string | null;
  statedText: string | null;
  statedUntil: string | null;
  subject: string;
  body: string;
  sentAt: string | null;
  sentVia: string | null;
  /** 0 or 1 (the same value on SQLite and PostgreSQL). */
  answered: number;
  answerText: string | null;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
}
