import { newId } from '../ids';
import type { RepoContext } from './executor';
import type { JobRunsTable } from '../schema-jobs';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A job as its owner sees it (and as its handler reads it back). */
export interface JobRun {
  id: string;
  kind: string;
  status: JobStatus;
  params: Record<string, unknown>;
  uploadBytes: number;
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** How long an upload's bytes may wait in the database for a job that never ran. */
export const UPLOAD_KEEP_MS = 24 * 60 * 60 * 1000;
/** How long a finished job's status and result stay readable. */
export const JOB_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/** A job's row as read back: every column but the owner, which each query filters on. */
type Row = Omit<JobRunsTable, 'ownerId'>;

const COLUMNS = ['id', 'kind', 'status', 'params', 'uploadBytes', 'progressDone', 'progressTotal', 'result', 'errorCode', 'errorMessage', 'createdAt', 'updatedAt'] as const;

function toRun(r: Row): JobRun {
  return {
    id: r.id,
    kind: r.kind,
    // A job whose bytes are still arriving is, to its owner, simply not started.
    status: r.status === 'receiving' ? 'queued' : (r.status as JobStatus),
    params: JSON.parse(r.params) as Record<string, unknown>,
    // bigint is a string on PostgreSQL.
    uploadBytes: Number(r.uploadBytes),
    progress: { done: Number(r.progressDone), total: Number(r.progressTotal) },
    result: r.result === null ? null : (JSON.parse(r.result) as unknown),
    error: r.errorCode ? { code: r.errorCode, message: r.errorMessage ?? '' } : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * Background jobs' status and their uploaded bytes, kept in the database so that whichever app
 * process runs a job can read what another process received. Every method that a person's
 * request can reach takes the owner's id.
 */
export function jobRunsRepo({ db, clock }: RepoContext) {
  return {
    /** A new job, `receiving` its upload until `queue` is called. */
    async create(ownerId: string, kind: string, params: Record<string, unknown>): Promise<string> {
      const id = newId();
      const at = clock().toISOString();
      await db
        .insertInto('jobRuns')
        .values({ id, ownerId, kind, status: 'receiving', params: JSON.stringify(params), uploadBytes: 0, progressDone: 0, progressTotal: 0, result: null, errorCode: null, errorMessage: null, createdAt: at, updatedAt: at })
        .execute();
      return id;
    },

    /** Store one piece of the upload (pieces are read back in `seq` order). */
    async appendChunk(jobId: string, seq: number, data: Uint8Array): Promise<void> {
      await db.insertInto('jobUploadChunks').values({ jobId, seq, data }).execute();
    },

    /** The whole upload is stored: the job waits for a worker. */
    async markQueued(ownerId: string, id: string, uploadBytes: number): Promise<void> {
      await db.updateTable('jobRuns').set({ status: 'queued', uploadBytes, updatedAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('id', '=', id).execute();
    },

    async get(ownerId: string, id: string): Promise<JobRun | null> {
      const row = await db.selectFrom('jobRuns').select(COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return row ? toRun(row) : null;
    },

    /** The upload's pieces in order, one query per piece, so a reader holds one piece at a time. */
    async *readUpload(ownerId: string, id: string): AsyncGenerator<Uint8Array> {
      const owned = await db.selectFrom('jobRuns').select('id').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      if (!owned) return;
      for (let seq = 0; ; seq++) {
        const row = await db.selectFrom('jobUploadChunks').select('data').where('jobId', '=', id).where('seq', '=', seq).executeTakeFirst();
        if (!row) return;
        yield row.data;
      }
    },

    /** Start (or start again, after a crash) a job that has not ended; false when it already ended. */
    async markRunning(ownerId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('jobRuns')
        .set({ status: 'running', updatedAt: clock().toISOString() })
        .where('ownerId', '=', ownerId)
        .where('id', '=', id)
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setProgress(ownerId: string, id: string, done: number, total: number): Promise<void> {
      await db.updateTable('jobRuns').set({ progressDone: done, progressTotal: total, updatedAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('id', '=', id).where('status', '=', 'running').execute();
    },

    /** End a job with its result: run in the transaction that wrote its records, so a repeat of the job sees it done. */
    async markDone(ownerId: string, id: string, result: unknown, progress?: { done: number; total: number }): Promise<void> {
      await db
        .updateTable('jobRuns')
        .set({ status: 'done', result: JSON.stringify(result), updatedAt: clock().toISOString(), ...(progress ? { progressDone: progress.done, progressTotal: progress.total } : {}) }).where('ownerId', '=', ownerId).where('id', '=', id).execute();
    },

    /**
     * In the transaction that ends a job: lock its row and say whether it is still running. A
     * second run of the same job (the queue gave it out again while the first was still at it)
     * waits here for the first to commit, then sees it ended and must roll back.
     */
    async holdRunning(ownerId: string, id: string): Promise<boolean> {
      const result = await db.updateTable('jobRuns').set({ updatedAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('id', '=', id).where('status', '=', 'running').executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** End a job that has not ended yet with its error (a job already done stays done). */
    async markFailed(ownerId: string, id: string, code: string, message: string): Promise<void> {
      await db
        .updateTable('jobRuns')
        .set({ status: 'failed', errorCode: code, errorMessage: message, updatedAt: clock().toISOString() })
        .where('ownerId', '=', ownerId)
        .where('id', '=', id)
        .where('status', 'in', ['receiving', 'queued', 'running'])
        .execute();
    },

    /** Forget a job that never got its whole upload (the request broke off or was refused). */
    async discard(ownerId: string, id: string): Promise<void> {
      await db.deleteFrom('jobRuns').where('ownerId', '=', ownerId).where('id', '=', id).execute();
    },

    /** Delete an upload's bytes (the job ended); its status stays readable. */
    async dropUpload(id: string): Promise<void> {
      await db.deleteFrom('jobUploadChunks').where('jobId', '=', id).execute();
    },

    /** Jobs that have not ended, oldest first: on SQLite, the one process queues them again when it starts. */
    async unfinished(): Promise<Array<{ id: string; ownerId: string; kind: string }>> {
      return db.selectFrom('jobRuns').select(['id', 'ownerId', 'kind']).where('status', 'in', ['queued', 'running']).orderBy('createdAt').orderBy('id').limit(1000).execute();
    },

    /**
     * Clean up after jobs nobody finished: an upload older than a day loses its bytes (its job, if
     * it never ended, fails as `EXPIRED`), and a job older than a week is forgotten.
     */
    async sweep(now = clock()): Promise<{ uploads: number; jobs: number }> {
      const dayAgo = new Date(now.getTime() - UPLOAD_KEEP_MS).toISOString();
      const weekAgo = new Date(now.getTime() - JOB_KEEP_MS).toISOString();
      const stale = db.selectFrom('jobRuns').select('id').where('createdAt', '<', dayAgo);
      const uploads = await db.deleteFrom('jobUploadChunks').where('jobId', 'in', stale).executeTakeFirst();
      await db
        .updateTable('jobRuns')
        .set({ status: 'failed', errorCode: 'EXPIRED', errorMessage: 'the upload waited more than a day and was deleted; upload the file again', updatedAt: now.toISOString() })
        .where('createdAt', '<', dayAgo)
        .where('status', 'in', ['receiving', 'queued', 'running'])
        .execute();
      const jobs = await db.deleteFrom('jobRuns').where('createdAt', '<', weekAgo).executeTakeFirst();
      return { uploads: Number(uploads.numDeletedRows), jobs: Number(jobs.numDeletedRows) };
    },
  };
}
