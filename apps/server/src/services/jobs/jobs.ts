import { z } from 'zod';
import type { Logger } from 'pino';
import type { Store } from '@secondround/store';
import type { SmtpOptions } from '../followup';
import { sendOwnerReminders } from '../reminder-mails';
import { runMailSyncJob } from '../mail-sync-job';
import type { MailSyncOptions } from '../mail-sync';
import type { JobQueue } from './queue';

/** The kinds of background job. Names are the queue's: changing one strands jobs already queued. */
export const JOBS = {
  /** Every few minutes: queue a reminders job for each person who turned reminders on. */
  remindersScan: 'reminders-scan',
  /** One person's due reminder mails (claimed in the database, so a repeat sends nothing twice). */
  remindersOwner: 'reminders-owner',
  /** One person's IMAP sync, or the next step of it (the run's state is in the database). */
  mailSync: 'mail-sync',
} as const;

/** Time between two looks at what reminders are due: a thank-you reminder is at most this late. */
const REMINDER_SCAN_MS = 5 * 60_000;

const ownerJobSchema = z.object({ ownerId: z.string().min(1).max(100) });

/** What the routes may queue (personal and hosted alike). */
export interface Jobs {
  /** Look at one person's reminders soon (after they changed them), in whichever process works jobs. */
  remindOwner(ownerId: string): Promise<void>;
  /** Sync one person's IMAP account (its run was requested in the database first). */
  syncMail(ownerId: string): Promise<void>;
}

/**
 * Make the job kinds known and, when this process works jobs, run them here: the periodic scan
 * and each person's reminders. Each finished or failed job is logged by kind and time, never with
 * whose it was.
 */
export async function startJobs(options: { queue: JobQueue; store: Store; smtp: SmtpOptions; workers: boolean; now?: () => Date; scanEveryMs?: number; logger?: Logger; mailSync?: { budgetMs?: number; read?: MailSyncOptions['read']; allowedHosts?: readonly string[] | null } }): Promise<Jobs> {
  const { queue, store, smtp } = options;
  const now = options.now ?? (() => new Date());
  for (const name of Object.values(JOBS)) await queue.define(name);
  const timed = (name: string, fn: (data: Record<string, unknown>) => Promise<void>) => async (data: Record<string, unknown>) => {
    const started = performance.now();
    try {
      await fn(data);
      options.logger?.info({ job: name, queue: queue.kind, ms: Math.round(performance.now() - started) }, 'job done');
    } catch (e) {
      options.logger?.warn({ job: name, queue: queue.kind, kind: (e as Error)?.name ?? 'Error' }, 'job failed');
      throw e;
    }
  };
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
        const { ownerId } = ownerJobSchema.parse(data);
        const run = await sendOwnerReminders(store, smtp, ownerId, now());
        // A refused send gave its claim back; the next scan tries again, so the job itself is done.
        for (const f of run.failed) options.logger?.warn({ job: JOBS.remindersOwner, code: f.code }, 'reminder not sent; trying again later');
      }),
    );
    await queue.work(
      JOBS.mailSync,
      timed(JOBS.mailSync, async (data) => {
        const { ownerId } = ownerJobSchema.parse(data);
        await runMailSyncJob({ store, ownerId, continueLater: (id) => queue.send(JOBS.mailSync, { ownerId: id }, { singletonKey: id }), ...(options.now ? { now: options.now } : {}), ...options.mailSync });
      }),
    );
    await queue.every(JOBS.remindersScan, options.scanEveryMs ?? REMINDER_SCAN_MS);
  }
  return {
    remindOwner: (ownerId) => queue.send(JOBS.remindersOwner, { ownerId }, { singletonKey: ownerId }),
    syncMail: (ownerId) => queue.send(JOBS.mailSync, { ownerId }, { singletonKey: ownerId }),
  };
}
