/** A background job as `GET /api/jobs/{id}` shows it (tests read the fields they check). */
export interface JobView {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; message: string } | null;
}

/**
 * Follow an upload's job to its end: `accepted` is the upload's 202 answer, `get` fetches a path
 * as the same person. Fails when the upload was not accepted or the job does not end in time.
 */
export async function settledJob(get: (path: string) => Promise<Response> | Response, accepted: Response, timeoutMs = 60_000): Promise<JobView> {
  const body = (await accepted.json()) as { job?: { id: string; status: string }; error?: { code: string } };
  if (accepted.status !== 202 || !body.job) throw new Error(`upload not accepted: ${accepted.status} ${JSON.stringify(body)}`);
  if (body.job.status !== 'queued') throw new Error(`a new job should be queued, got ${body.job.status}`);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await get(`/api/jobs/${body.job.id}`);
    if (res.status !== 200) throw new Error(`GET /api/jobs/${body.job.id}: ${res.status}`);
    const { job } = (await res.json()) as { job: JobView };
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > until) throw new Error(`job ${job.id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
