import { z } from 'zod';
import type { Logger } from 'pino';
import type { Store } from '@secondround/store';
import type { SmtpOptions } from '../followup';
import { sendOwnerReminders, type ReminderRun } from '../reminder-mails';
import { runMailSyncJob } from '../mail-sync-job';
import { MAIL_SCHEDULE_SCAN_MS, queueDueMailChecks } from '../mail-sync-schedule';
import type { MailSyncOptions } from '../mail-sync';
import { inProcessQueue, type JobQueue } from './queue';
import { runSocialScan, runSpreadsheetImport, uploadJobSchema, type UploadJobData } from './upload-jobs';

/** The kinds of background job. Names are the queue's: changing one strands jobs already queued. */
export const JOBS = {
  /** Every few minutes: queue a reminders job for each person who turned reminders on. */
  remindersScan: 'reminders-scan',
  /** One person's due reminder mails (claimed in the database, so a repeat sends nothing twice). */
  remindersOwner: 'reminders-owner',
  /** A spreadsheet upload, imported all or nothing. */
  importSpreadsheet: 'import-spreadsheet',
  /** A social-media export upload, scanned for findings. */
  socialScan: 'social-scan',
  /** Now and then: delete uploads older than a day and jobs older than a week. */
  uploadsSweep: 'uploads-sweep',
  /** One person's IMAP sync, or the next step of it (the run's state is in the database). */
  mailSync: 'mail-sync',
  /** Every few minutes: request a sync for each person whose "check for new mail every N hours" is due. */
  mailSyncScan: 'mail-sync-scan',
} as const;

/** How long an upload's job may run before the queue gives it to another worker (a scan of a few GB takes minutes; the scan slot's lease is as long). */
const UPLOAD_JOB_TIMEOUT_SECONDS = 15 * 60;
/** Time between two sweeps of old uploads and jobs. */
const UPLOAD_SWEEP_MS = 30 * 60_000;

export type UploadJobKind = typeof JOBS.importSpreadsheet | typeof JOBS.socialScan;

/** Time between two looks at what reminders are due: a thank-you reminder is at most this late. */
const REMINDER_SCAN_MS = 5 * 60_000;

const ownerJobSchema = z.object({ ownerId: z.string().min(1).max(100) });

/**
 * The `reminders-owner` job: one person's reminder mails due at `now`, each claimed in the
 * database before it is sent, so a repeat (a retry, a second process, a restart) sends nothing
 * twice. A refused send gave its claim back and is logged by its code alone; the next scan tries
 * again, so the job itself is done.
 */
export async function remindersOwnerJob(store: Store, smtp: SmtpOptions, data: Record<string, unknown>, now: Date, logger?: Logger): Promise<ReminderRun> {
  const { ownerId } = ownerJobSchema.parse(data);
  const run = await sendOwnerReminders(store, smtp, ownerId, now);
  for (const f of run.failed) logger?.warn({ job: JOBS.remindersOwner, code: f.code }, 'reminder not sent; trying again later');
  return run;
}

/** What the routes may queue (personal and hosted alike). */
export interface Jobs {
  /** Look at one person's reminders soon (after they changed them), in whichever process works jobs. */
  remindOwner(ownerId: string): Promise<void>;
  /** Run an upload's job (its bytes and status row are already stored), in whichever process works jobs. */
  runUpload(kind: UploadJobKind, data: UploadJobData): Promise<void>;
  /** Sync one person's IMAP account (its run was requested in the database first); absent when this app runs no background jobs. */
  syncMail?(ownerId: string): Promise<void>;
}

/** The upload jobs' handlers, the same in every queue. */
function uploadHandlers(store: Store, logger?: Logger): Record<UploadJobKind, (data: Record<string, unknown>) => Promise<void>> {
  return {
    [JOBS.importSpreadsheet]: (data) => runSpreadsheetImport(store, uploadJobSchema.parse(data), logger),
    [JOBS.socialScan]: (data) => runSocialScan(store, uploadJobSchema.parse(data), logger),
  };
}

/** A job's handler that logs each run by kind, queue and time (never whose it was), and passes a failure on to the queue. */
function timedJob(queue: JobQueue, logger: Logger | undefined, name: string, fn: (data: Record<string, unknown>) => Promise<void>) {
  return async (data: Record<string, unknown>) => {
    const started = performance.now();
    try {
      await fn(data);
      logger?.info({ job: name, queue: queue.kind, ms: Math.round(performance.now() - started) }, 'job done');
    } catch (e) {
      logger?.warn({ job: name, queue: queue.kind, kind: (e as Error)?.name ?? 'Error' }, 'job failed');
      throw e;
    }
  };
}

/** Make the upload kinds known, with the longer time limit a big upload needs. */
async function defineUploadJobs(queue: JobQueue): Promise<void> {
  for (const name of [JOBS.importSpreadsheet, JOBS.socialScan]) await queue.define(name, { timeoutSeconds: UPLOAD_JOB_TIMEOUT_SECONDS });
}

/** Run the upload kinds' jobs in this process: the one place their handlers are given to a queue. */
async function workUploadJobs(queue: JobQueue, store: Store, logger?: Logger): Promise<void> {
  for (const [name, handler] of Object.entries(uploadHandlers(store, logger))) await queue.work(name, timedJob(queue, logger, name, handler));
}

/** Queue an upload's job, once per upload (its row's id). */
function sendUpload(queue: JobQueue): Jobs['runUpload'] {
  return (kind, data) => queue.send(kind, data, { singletonKey: data.jobId });
}

/**
 * Upload jobs in this process only, for an app made without a job queue (tests, and a server
 * started without background jobs): the upload part of `startJobs` on an in-process queue, run
 * one at a time per kind.
 */
export function inProcessUploadJobs(store: Store, logger?: Logger): Jobs {
  const queue = inProcessQueue({ onError: (name, e) => logger?.warn({ job: name, kind: (e as Error)?.name ?? 'Error' }, 'job failed') });
  const ready = (async () => {
    await defineUploadJobs(queue);
    await workUploadJobs(queue, store, logger);
  })();
  const send = sendUpload(queue);
  return {
    remindOwner: async () => undefined,
    runUpload: async (kind, data) => {
      await ready;
      await send(kind, data);
    },
  };
}

/**
 * Make the job kinds known and, when this process works jobs, run them here: the periodic scan
 * and each person's reminders. Each finished or failed job is logged by kind and time, never with
 * whose it was.
 */
export async function startJobs(options: { queue: JobQueue; store: Store; smtp: SmtpOptions; workers: boolean; now?: () => Date; scanEveryMs?: number; logger?: Logger; mailSync?: { budgetMs?: number; read?: MailSyncOptions['read']; allowedHosts?: readonly string[] | null; scanEveryMs?: number } }): Promise<Jobs> {
  const { queue, store, smtp } = options;
  const now = options.now ?? (() => new Date());
  await defineUploadJobs(queue);
  for (const name of Object.values(JOBS)) await queue.define(name);
  const timed = (name: string, fn: (data: Record<string, unknown>) => Promise<void>) => timedJob(queue, options.logger, name, fn);
  if (options.workers) {
    await queue.work(
      JOBS.remindersScan,
      timed(JOBS.remindersScan, async () => {
        for (const { ownerId } of await store.reminders.ownersWithDigest()) await queue.send(JOBS.remindersOwner, { ownerId }, { singletonKey: ownerId });
      }),
    );
    await queue.work(
      JOBS.remindersOwner,
      timed(JOBS.remindersOwner, async (data) => {
        await remindersOwnerJob(store, smtp, data, now(), options.logger);
      }),
    );
    await queue.work(
      JOBS.mailSync,
      timed(JOBS.mailSync, async (data) => {
        const { ownerId } = ownerJobSchema.parse(data);
        const { scanEveryMs: _scan, ...mailSync } = options.mailSync ?? {};
        await runMailSyncJob({ store, ownerId, continueLater: (id) => queue.send(JOBS.mailSync, { ownerId: id }, { singletonKey: id }), ...(options.now ? { now: options.now } : {}), ...mailSync });
      }),
    );
    await queue.work(
      JOBS.mailSyncScan,
      timed(JOBS.mailSyncScan, async () => {
        await queueDueMailChecks(store, (ownerId) => queue.send(JOBS.mailSync, { ownerId }, { singletonKey: ownerId }));
      }),
    );
    await queue.every(JOBS.mailSyncScan, options.mailSync?.scanEveryMs ?? MAIL_SCHEDULE_SCAN_MS);
    await queue.every(JOBS.remindersScan, options.scanEveryMs ?? REMINDER_SCAN_MS);
    await workUploadJobs(queue, store, options.logger);
    await queue.work(
      JOBS.uploadsSweep,
      timed(JOBS.uploadsSweep, async () => {
        await store.jobRuns.sweep(now());
      }),
    );
    await queue.every(JOBS.uploadsSweep, UPLOAD_SWEEP_MS);
    // In one process the queue lives in memory: uploads stored before a restart are queued again.
    if (queue.kind === 'in-process') {
      for (const job of await store.jobRuns.unfinished()) {
        if (job.kind === JOBS.importSpreadsheet || job.kind === JOBS.socialScan) await queue.send(job.kind, { ownerId: job.ownerId, jobId: job.id }, { singletonKey: job.id });
      }
    }
  }
  return {
    remindOwner: (ownerId) => queue.send(JOBS.remindersOwner, { ownerId }, { singletonKey: ownerId }),
    runUpload: sendUpload(queue),
    syncMail: (ownerId) => queue.send(JOBS.mailSync, { ownerId }, { singletonKey: ownerId }),
  };
}
