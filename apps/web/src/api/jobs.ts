import type { InferResponseType } from 'hono/client';
import { api, ApiError, unwrap, type ApiErrorBody } from './client';

/** A background job as the server shows it: an upload being imported or scanned. */
export type Job = InferResponseType<(typeof api.jobs)[':id']['$get'], 200>['job'];
export type SpreadsheetJob = Extract<Job, { kind: 'import-spreadsheet' }>;
export type SocialScanJob = Extract<Job, { kind: 'social-scan' }>;

/** How often a page asks how its job is doing: quick enough for a bar, light for the server. */
const POLL_MS = 400;

/** The job id from an upload's 202 answer, or the server's refusal as an ApiError. */
export async function acceptedJobId(res: Response): Promise<string> {
  if (res.status === 202) return ((await res.json()) as { job: { id: string } }).job.id;
  let body: Partial<ApiErrorBody> = {};
  try {
    body = (await res.json()) as ApiErrorBody;
  } catch {
    /* not JSON: keep the status line */
  }
  throw new ApiError(res.status, body.error?.code ?? `HTTP_${res.status}`, body.error?.message ?? `the upload failed (${res.status})`);
}

/**
 * Ask for a job until it ends, telling `onUpdate` each time, and give it back done or failed.
 * Stops with an ApiError when the server stops answering; `signal` stops the asking (not the job).
 */
export async function followJob(id: string, onUpdate: (job: Job) => void, signal?: AbortSignal): Promise<Job> {
  for (;;) {
    const { job } = await unwrap(await api.jobs[':id'].$get({ param: { id } }));
    onUpdate(job);
    if (job.status === 'done' || job.status === 'failed') return job;
    if (signal?.aborted) throw new ApiError(0, 'ABORTED', 'stopped following the job');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** 0..1 of a running job, or null while its size is not known yet. */
export function jobFraction(job: Job): number | null {
  return job.progress.total > 0 ? Math.min(1, job.progress.done / job.progress.total) : null;
}
