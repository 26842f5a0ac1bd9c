import type { PrepTables } from './schema-prep';
import type { FollowupTables } from './schema-followup';
import type { SocialTables } from './schema-social';
import type { PeopleTables } from './schema-people';
import type { AccountTables } from './schema-accounts';
import type { MaterialsTables } from './schema-materials';
import type { ClipperTables } from './schema-clipper';
import type { RemindersTables } from './schema-reminders';
import type { TrashTables } from './schema-trash';
import type { CoachTables } from './schema-coach';
import type { MailTables } from './schema-mail';
import type { MailSyncTables } from './schema-mail-sync';
import type { JobsTables } from './schema-jobs';

/**
 * Tables as Kysely sees them, in camelCase (the CamelCasePlugin maps to snake_case columns).
 * Instants are ISO 8601 UTC text and days are `YYYY-MM-DD` text on both databases, so the same
 * code and the same comparisons work on SQLite and PostgreSQL.
 */
/**
 * Every table. A feature adds its tables in its own `schema-<feature>.ts` and extends this
 * interface with them (`export interface Database extends CoreTables, PrepTables {}`).
 */
export interface Database extends CoreTables, PrepTables, FollowupTables, SocialTables, AccountTables, PeopleTables, MaterialsTables, ClipperTables, RemindersTables, TrashTables, CoachTables, MailTables, MailSyncTables, JobsTables {}

export interface CoreTables {
  users: UsersTable;
  sessions: SessionsTable;
  applications: ApplicationsTable;
  stageEvents: StageEventsTable;
  interviews: InterviewsTable;
  interviewers: InterviewersTable;
  contacts: ContactsTable;
  settings: SettingsTable;
}

/** One JSON document of settings per owner (`id` equals `ownerId`, so backups can key it). */
export interface SettingsTable {
  id: string;
  ownerId: string;
  data: string;
  updatedAt: string;
}

export interface UsersTable {
  id: string;
  email: string | null;
  passwordHash: string | null;
  createdAt: string;
  disabledAt?: string | null;
}

export interface SessionsTable {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt?: string | null;
}

interface Owned {
  id: string;
  ownerId: string;
}

export interface ApplicationsTable extends Owned {
  company: string;
  role: string;
  listingText: string | null;
  listingUrl: string | null;
  source: string | null;
  location: string | null;
  workplace: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  notes: string | null;
  /** JSON array of strings. */
  tags: string;
  priority: string;
  createdAt: string;
  updatedAt: string;
  /** `StoredListingAnalysis` of `listingText` as JSON ('null' for no text); derived, not backed up. */
  listingAnalysis?: string | null;
  /** The ANALYSER_VERSION that wrote `listingAnalysis`; another (or none) means recompute it. */
  listingAnalysisVersion?: number | null;
}

export interface StageEventsTable extends Owned {
  applicationId: string;
  stage: string;
  date: string;
  reason: string | null;
  createdAt: string;
}

export interface InterviewsTable extends Owned {
  applicationId: string;
  round: number;
  kind: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  format: string;
  location: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InterviewersTable extends Owned {
  interviewId: string;
  name: string;
  title: string | null;
  email: string | null;
  pronunciation: string | null;
  notes: string | null;
  createdAt: string;
}

export interface ContactsTable extends Owned {
  applicationId: string | null;
  name: string;
  title: string | null;
  company: string | null;
  email: string | null;
  phone: string | null;
  url: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

