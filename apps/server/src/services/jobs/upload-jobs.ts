import { z } from 'zod';
import type { Logger } from 'pino';
import { isUserError } from '@secondround/core';
import type { Repos, Store } from '@secondround/store';
import { accountCaps } from '../caps';
import { importTrackerCsv } from '../import-csv';
import { openUploadedExport, scanAndStore } from '../social-audit';
import { uploadToTempFile } from './job-uploads';

/** Job data of an upload job: whose, which job row, and (a scan) the slot to give back. */
export const uploadJobSchema = z.object({ ownerId: z.string().min(1).max(100), jobId: z.string().min(1).max(64), slotId: z.string().min(1).max(64).optional() });
export type UploadJobData = z.infer<typeof uploadJobSchema>;

const spreadsheetParams = z.object({ skipInvalid: z.boolean(), today: z.string(), maxBytes: z.number().int().positive() });
const scanParams = z.object({ fileName: z.string(), startedAt: z.string() });

/** Progress is written at most this often: enough for a smooth bar, little for the database. */
const PROGRESS_EVERY_MS = 250;

const INTERNAL = { code: 'INTERNAL', message: 'something went wrong on the server; the details are in its log' };

/** Thrown in a job's last transaction when another run of the same job ended it first: roll back, say nothing. */
class EndedElsewhere extends Error {}

/** The end of a job, in the transaction that wrote its records: only the run that still holds it may end it. */
async function endJob(tx: Repos, data: UploadJobData, result: unknown, progress: { done: number; total: number }): Promise<void> {
  if (!(await tx.jobRuns.holdRunning(data.ownerId, data.jobId))) throw new EndedElsewhere();
  await cleanUp(tx, data);
  await tx.jobRuns.markDone(data.ownerId, data.jobId, result, progress);
}

function throttled(write: (done: number, total: number) => Promise<void>) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS && done < total) return;
    last = now;
    void write(done, total).catch(() => undefined);
  };
}

/**
 * Run one upload job to its end. A job that already ended does nothing (a repeat after a crash);
 * one that was cut off midway runs again from the stored bytes, which is safe because its records
 * and its "done" are written in one transaction. A person's mistake (a bad file) and a bug alike
 * end the job as failed with a code, nothing half written; only a database that does not answer
 * is thrown, for the queue to try again. The upload's bytes are deleted when the job ends.
 */
async function runUploadJob(store: Store, data: UploadJobData, logger: Logger | undefined, kind: string, work: () => Promise<void>): Promise<void> {
  const { ownerId, jobId } = data;
  if (!(await store.jobRuns.markRunning(ownerId, jobId))) return;
  try {
    await work();
  } catch (e) {
    if (e instanceof EndedElsewhere) return;
    if (!isUserError(e)) logger?.error({ job: kind, err: { type: (e as Error)?.name ?? 'Error', stack: (e as Error)?.stack } }, 'job error');
    const { code, message } = isUserError(e) ? e : INTERNAL;
    await cleanUp(store, data);
    await store.jobRuns.markFailed(ownerId, jobId, code, message);
  }
}

/**
 * What a job gives back before it reads as ended (so whoever sees it ended can upload again at
 * once): its upload's bytes, and a scan's slot. Run in the transaction that ends the job, if any.
 */
async function cleanUp(repos: Repos, data: UploadJobData): Promise<void> {
  await repos.jobRuns.dropUpload(data.jobId);
  if (data.slotId) await repos.usage.release(data.slotId);
}

/** The spreadsheet import of a queued upload: all or nothing, as the CLI's. */
export async function runSpreadsheetImport(store: Store, data: UploadJobData, logger?: Logger): Promise<void> {
  await runUploadJob(store, data, logger, 'import-spreadsheet', async () => {
    const job = await store.jobRuns.get(data.ownerId, data.jobId);
    if (!job) return;
    const params = spreadsheetParams.parse(job.params);
    const total = job.uploadBytes;
    // On PostgreSQL progress is written beside the import's transaction; SQLite's one connection
    // is the transaction's until it ends, so there the job shows its progress only when done.
    const progress = throttled((done, all) => (store.dialect === 'postgres' ? store.jobRuns.setProgress(data.ownerId, data.jobId, done, all) : Promise.resolve()));
    let done = 0;
    const counted = async function* (tx: Repos) {
      for await (const piece of tx.jobRuns.readUpload(data.ownerId, data.jobId)) {
        yield piece;
        done += piece.byteLength;
        progress(done, total);
      }
    };
    const report = await importTrackerCsv(store, data.ownerId, counted, {
      skipInvalid: params.skipInvalid,
      today: params.today,
      maxBytes: params.maxBytes,
      maxApplications: accountCaps().applications,
      beforeCommit: (tx, r) => endJob(tx, data, r, { done: total, total }),
    });
    // Blocked by invalid rows: nothing was written, so the report is stored on its own.
    if (report.blocked) await store.transaction((tx) => endJob(tx, data, report, { done: total, total }));
  });
}

/** The social-export scan of a queued upload; the scan slot taken by the upload is given back at the end. */
export async function runSocialScan(store: Store, data: UploadJobData, logger?: Logger): Promise<void> {
  try {
    await runUploadJob(store, data, logger, 'social-scan', async () => {
      const job = await store.jobRuns.get(data.ownerId, data.jobId);
      if (!job) return;
      const { fileName, startedAt } = scanParams.parse(job.params);
      const file = await uploadToTempFile(store, data.ownerId, data.jobId, fileName);
      try {
        const progress = throttled((done, total) => store.jobRuns.setProgress(data.ownerId, data.jobId, done, total));
        let total = 0;
        const exported = await openUploadedExport(store, data.ownerId, file.path, fileName, startedAt, (p) => {
          total = p.bytesTotal;
          progress(p.bytesRead, p.bytesTotal);
        });
        await scanAndStore(store, data.ownerId, exported, fileName, startedAt, async (tx, result) => {
          await file.remove();
          await endJob(tx, data, result, { done: total, total });
        });
      } finally {
        await file.remove();
      }
    });
  } finally {
    // A repeat of an ended job, or an end that could not be written: the slot ends with its lease otherwise.
    if (data.slotId) await store.usage.release(data.slotId).catch(() => undefined);
  }
}
