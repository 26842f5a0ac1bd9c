import { dirname, join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { connect, type DbConfig, type Dialect } from './db';
import { systemClock, type Clock } from './ids';
import { warmPool } from './warm';
import { migrate } from './migrate';
import { applicationsRepo } from './repos/applications';
import { backupRepo } from './repos/backup';
import { bulkRepo } from './repos/bulk';
import { contactsRepo } from './repos/contacts';
import { eventsRepo } from './repos/events';
import type { Executor } from './repos/executor';
import { interviewsRepo } from './repos/interviews';
import { settingsRepo } from './repos/settings';
import { prepRepo } from './repos/prep';
import { followupRepo } from './repos/followup';
import { socialRepo } from './repos/social';
import { peopleRepo } from './repos/people';
import { materialsRepo } from './repos/materials';
import { usersRepo } from './repos/users';
import { authGuardRepo } from './repos/auth-guard';
import { countsRepo } from './repos/counts';
import { clipperRepo } from './repos/clipper';
import { usageRepo } from './repos/usage';
import { remindersRepo } from './repos/reminders';
import { trashRepo } from './repos/trash';
import { coachRepo } from './repos/coach';
import { mailRepo } from './repos/mail';
import { mailSyncRepo } from './repos/mail-sync';
import type { Database } from './schema';
import { followupReadsRepo } from './repos/followup-reads';
import { jobRunsRepo } from './repos/job-runs';
import { listingAnalysesRepo } from './repos/listing-analyses';
import { storyTermsRepo } from './repos/story-terms';
import { analyzeWritten } from './analyze';
import { diagnosisSummariesRepo } from './repos/diagnosis-summaries';

function makeRepos(db: Executor, clock: Clock, filesDir: string | null = null) {
  const ctx = { db, clock };
  return {
    applications: applicationsRepo(ctx),
    events: eventsRepo(ctx),
    interviews: interviewsRepo(ctx),
    contacts: contactsRepo(ctx),
    users: usersRepo(ctx),
    backup: backupRepo(ctx),
    bulk: bulkRepo(ctx),
    settings: settingsRepo(ctx),
    prep: prepRepo(ctx),
    followup: followupRepo(ctx),
    social: socialRepo(ctx),
    people: peopleRepo(ctx),
    authGuard: authGuardRepo(ctx),
    materials: materialsRepo({ ...ctx, filesDir }),
    counts: countsRepo(ctx),
    clipper: clipperRepo(ctx),
    usage: usageRepo(ctx),
    reminders: remindersRepo(ctx),
    trash: trashRepo(ctx),
    coach: coachRepo(ctx),
    followupReads: followupReadsRepo(ctx),
    mail: mailRepo(ctx),
    mailSync: mailSyncRepo(ctx),
    jobRuns: jobRunsRepo(ctx),
    listingAnalyses: listingAnalysesRepo(ctx),
    storyTerms: storyTermsRepo(ctx),
    diagnosisSummaries: diagnosisSummariesRepo(ctx),
  };
}

export type Repos = ReturnType<typeof makeRepos>;

export interface Store extends Repos {
  dialect: Dialect;
  db: Kysely<Database>;
  /** Run `fn` in one transaction: all of it is kept, or none of it. */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  /** After a bulk write has committed: refresh the planner's statistics where it changed a table much (`analyzeWritten`). */
  analyzeWritten(written: Partial<Record<keyof Database & string, number>>): Promise<string[]>;
  /** Open every pooled connection and run the hot reads once on each (`warmPool`): for a server about to take requests. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions extends DbConfig {
  clock?: Clock;
  /** Where attached files' bytes go; default `files/` beside a SQLite file, else the database. */
  filesDir?: string | null;
}

/**
 * Open the database, refuse it if it holds migrations this code does not know, migrate it to
 * the latest schema, and make sure personal mode's implicit owner exists.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const conn = connect(options);
  const clock = options.clock ?? systemClock;
  try {
    await migrate(conn.db);
    const filesDir = options.filesDir !== undefined ? options.filesDir : conn.dialect === 'sqlite' && options.file && options.file !== ':memory:' ? join(dirname(resolve(options.file)), 'files') : null;
    const repos = makeRepos(conn.db, clock, filesDir);
    await repos.users.ensureLocalOwner();
    return {
      ...repos,
      dialect: conn.dialect,
      db: conn.db,
      transaction: (fn) => conn.db.transaction().execute((trx) => fn(makeRepos(trx, clock, filesDir))),
      analyzeWritten: (written) => analyzeWritten(conn.db, conn.dialect, written),
      warm: () =>
        warmPool(conn.db, conn.dialect, conn.poolSize, async (db, owner) => {
          const r = makeRepos(db, clock, filesDir);
          const now = clock();
          await r.applications.listPageJson(owner, { limit: 500, status: 'open' }, now);
          await r.applications.get(owner, owner);
          await r.events.listPage(owner, owner, { limit: 50 });
          await r.followupReads.today(owner, now);
          await r.users.userForSession(owner);
        }),
      close: conn.close,
    };
  } catch (e) {
    await conn.close().catch(() => undefined);
    throw e;
  }
}
