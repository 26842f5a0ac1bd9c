import { z } from 'zod';

/*
 * A sync of the person's IMAP account started from the web app runs as a background job; its
 * state is kept in the database so every app process answers the same, and so one person has at
 * most one run at a time.
 */

/** A run that has not moved for this long died with its process (a run moves at each message). */
export const MAIL_SYNC_STALE_MS = 5 * 60_000;

/** What a run counted so far (or in the end). */
export const mailSyncCountsSchema = z.object({
  read: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  proposed: z.number().int(),
  failed: z.number().int(),
  /** Bytes read so far, as the IMAP server sizes its messages (attachments included). */
  bytes: z.number().int(),
});
export type MailSyncCounts = z.infer<typeof mailSyncCountsSchema>;

/** A run as the store keeps it. */
export interface StoredMailSyncRun {
  state: string;
  requestedAt: string;
  startedAt: string | null;
  heartbeatAt: string;
  finishedAt: string | null;
  counts: MailSyncCounts;
  error: { code: string; message: string } | null;
}

/** The state of the person's sync, as the API shows it. */
export const mailSyncStatusSchema = z.object({
  state: z.enum(['never', 'queued', 'running', 'done', 'failed']),
  isRunning: z.boolean(),
  requestedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  /** When the last run ended (the one before, while a new one runs). */
  finishedAt: z.string().nullable(),
  counts: mailSyncCountsSchema,
  /** Why the last run stopped: IMAP_AUTH_FAILED, IMAP_BAD_CERTIFICATE, IMAP_DROPPED, SYNC_INTERRUPTED… */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type MailSyncStatus = z.infer<typeof mailSyncStatusSchema>;

const NO_COUNTS: MailSyncCounts = { read: 0, imported: 0, duplicates: 0, proposed: 0, failed: 0, bytes: 0 };

/**
 * The status of a person's sync at `now`: a queued or running run that has not moved for
 * `MAIL_SYNC_STALE_MS` is shown as stopped (its process died), and a new run may start.
 * @example mailSyncStatus(null, new Date()).state // 'never'
 */
export function mailSyncStatus(run: StoredMailSyncRun | null, now: Date): MailSyncStatus {
  if (!run) return { state: 'never', isRunning: false, requestedAt: null, startedAt: null, finishedAt: null, counts: NO_COUNTS, error: null };
  const base = { requestedAt: run.requestedAt, startedAt: run.startedAt, finishedAt: run.finishedAt, counts: run.counts };
  const isActive = run.state === 'queued' || run.state === 'running';
  if (isActive && now.getTime() - Date.parse(run.heartbeatAt) > MAIL_SYNC_STALE_MS) {
    return { ...base, state: 'failed', isRunning: false, error: { code: 'SYNC_INTERRUPTED', message: 'the last sync stopped without finishing (the server was restarted or stopped); sync again to go on where it stopped' } };
  }
  const state = run.state === 'queued' || run.state === 'running' || run.state === 'done' ? run.state : 'failed';
  return { ...base, state, isRunning: isActive, error: run.error };
}
