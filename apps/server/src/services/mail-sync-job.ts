import { isUserError, mailSyncStatus, UserError, type MailSyncCounts, type MailSyncStatus } from '@secondround/core';
import type { Store } from '@secondround/store';
import type { MailImportProgress } from './mail-import';
import { syncMail, type MailSyncOptions } from './mail-sync';
import { isAllowedSmtpHost } from './smtp-guard';

/**
 * How long one sync job reads before it hands the rest to a new job: under the queue's time limit
 * (120 s, `JOB_TIMEOUT_SECONDS`), so a first sync of a large mailbox goes on in steps, each
 * resuming where the last stopped, and other people's jobs get their turn in between.
 */
export const MAIL_SYNC_BUDGET_MS = 90_000;

/** The IMAP servers a hosted server lets people sync from: the operator's list, empty by default. */
export function imapAllowedHostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.SECONDROUND_IMAP_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
}

const NO_COUNTS: MailSyncCounts = { read: 0, imported: 0, duplicates: 0, proposed: 0, failed: 0, bytes: 0 };

/** Progress is written at most this often (it is also the run's heartbeat). */
const PROGRESS_EVERY_MS = 1_000;

/** The person's sync, as the status route shows it. */
export async function mailSyncStatusOf(store: Store, ownerId: string, now: Date = new Date()): Promise<MailSyncStatus> {
  return mailSyncStatus(await store.mailSync.getRun(ownerId), now);
}

/**
 * Start a sync of the person's IMAP account as a background job: refused when no account (or no
 * password) is set, and when a run of theirs is queued or running already (one at a time).
 */
export async function requestMailSync(store: Store, ownerId: string, queue: ((ownerId: string) => Promise<void>) | undefined): Promise<MailSyncStatus> {
  if (!queue) throw new UserError('JOBS_OFF', 'background jobs are turned off on this server; run `secondround mail sync` instead', 503);
  const imap = (await store.settings.get(ownerId)).imap;
  if (!imap) throw new UserError('IMAP_NOT_SET', 'no IMAP account is set: add it under Settings → Mail & calendar first', 409);
  if (!imap.password) throw new UserError('IMAP_NO_PASSWORD', `no app password is stored for ${imap.user} at ${imap.host}: set it in the IMAP settings`, 422);
  if (!(await store.mailSync.requestRun(ownerId))) throw new UserError('SYNC_RUNNING', 'a sync of your mailbox is already running; it shows here when it ends', 409);
  try {
    await queue(ownerId);
  } catch (e) {
    await store.mailSync.finishRun(ownerId, NO_COUNTS, { code: 'SYNC_NOT_QUEUED', message: 'the sync could not be queued; try again' });
    throw e;
  }
  return mailSyncStatusOf(store, ownerId);
}

function countsOf(p: Readonly<MailImportProgress>): MailSyncCounts {
  return { read: p.read, imported: p.imported, duplicates: p.duplicates, proposed: p.proposed, failed: p.failed, bytes: p.bytes };
}

function add(a: MailSyncCounts, b: MailSyncCounts): MailSyncCounts {
  return { read: a.read + b.read, imported: a.imported + b.imported, duplicates: a.duplicates + b.duplicates, proposed: a.proposed + b.proposed, failed: a.failed + b.failed, bytes: a.bytes + b.bytes };
}

/**
 * One sync job of one person: claim the queued run (a repeat of the job, or a second process,
 * finds none and does nothing), read new mail until done or until the budget is spent, then
 * either end the run with its counts or its error code, or queue the next step. Errors a person
 * can fix (a refused login, an untrusted certificate, a dropped connection) end the run with
 * their code and do not retry: syncing again resumes where it stopped.
 */
export async function runMailSyncJob(options: {
  store: Store;
  ownerId: string;
  /** Queue the next step of a run that spent its budget. */
  continueLater: (ownerId: string) => Promise<void>;
  budgetMs?: number;
  now?: () => Date;
  read?: MailSyncOptions['read'];
  /**
   * Hosted mode: the IMAP servers the operator allows (`SECONDROUND_IMAP_ALLOWED_HOSTS`), since a
   * host a person names would otherwise make the server connect anywhere in its own network;
   * null (personal mode) allows any.
   */
  allowedHosts?: readonly string[] | null;
}): Promise<void> {
  const { store, ownerId } = options;
  if (!(await store.mailSync.claimRun(ownerId))) return;
  // Counts of the earlier steps of this run, so the status adds up across steps.
  const before = (await store.mailSync.getRun(ownerId))?.counts ?? NO_COUNTS;
  let counts = before;
  let lastWrite = 0;
  const deadline = Date.now() + (options.budgetMs ?? MAIL_SYNC_BUDGET_MS);
  let isCut = false;
  let stepped = 0;
  try {
    const imap = (await store.settings.get(ownerId)).imap;
    if (!imap) throw new UserError('IMAP_NOT_SET', 'the IMAP account was removed before the sync started', 409);
    if (options.allowedHosts && !isAllowedSmtpHost(imap.host, options.allowedHosts)) {
      const list = options.allowedHosts.length ? options.allowedHosts.join(', ') : 'no IMAP server (the operator has not listed any)';
      throw new UserError('IMAP_HOST_NOT_ALLOWED', `this server reads mail only from ${list}; ask the person who runs it, or run \`secondround mail sync\` on your own machine`, 403);
    }
    await syncMail({ store, ownerId, ...(options.now ? { now: options.now } : {}) }, imap, {
      ...(options.read ? { read: options.read } : {}),
      // Each step imports at least one message, so a run always moves on, whatever the budget.
      shouldStop: () => (stepped++ > 0 && (isCut = Date.now() > deadline)),
      onProgress: (p) => {
        counts = add(before, countsOf(p));
        if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = Date.now();
        void store.mailSync.runProgress(ownerId, counts).catch(() => undefined);
      },
    });
    if (isCut) {
      await store.mailSync.runProgress(ownerId, counts, true);
      await options.continueLater(ownerId);
      return;
    }
    await store.mailSync.finishRun(ownerId, counts, null);
  } catch (e) {
    if (isUserError(e)) {
      await store.mailSync.finishRun(ownerId, counts, { code: e.code, message: e.message });
      return;
    }
    await store.mailSync.finishRun(ownerId, counts, { code: 'SYNC_FAILED', message: 'the sync stopped on an error of this server; it is logged. Try again later' });
    throw e;
  }
}
