/** Tables of issue 11's mail import. */
export interface MailTables {
  mailMessages: MailMessagesTable;
  mailProposals: MailProposalsTable;
}

export interface MailMessagesTable {
  id: string;
  ownerId: string;
  /** The Message-ID, or `sha256:<hex>` of the message when it has none; unique per owner. */
  messageKey: string;
  /** Where it came from: `paste`, `eml`, `mbox`, `folder` or `imap`. */
  origin: string;
  /** The file (and position) or folder it came from, for the person. */
  label: string | null;
  fromName: string;
  fromAddress: string;
  subject: string;
  sentAt: string | null;
  kind: string;
  /** JSON of the classifier's answer. */
  classification: string;
  body: string | null;
  /** 0/1: the body was cut at the stored limit. */
  bodyTruncated: number;
  importedAt: string;
}

export interface MailProposalsTable {
  id: string;
  ownerId: string;
  messageId: string;
  applicationId: string | null;
  newCompany: string | null;
  newRole: string | null;
  stage: string;
  eventDate: string;
  reason: string | null;
  /** 0–100. */
  matchScore: number;
  why: string;
  /** `proposed`, `accepted` or `rejected`. */
  status: string;
  decidedAt: string | null;
  resultApplicationId: string | null;
  resultEventId: string | null;
  createdAt: string;
}
