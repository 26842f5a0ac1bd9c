import { ApiError } from '../../api/client';
import { followJob, jobFraction } from '../../api/jobs';
import type { SocialUploadResult } from './queries';

export type UploadPhase = 'uploading' | 'scanning';

export interface UploadProgress {
  phase: UploadPhase;
  /** 0..1 of the current phase, or null when unknown. */
  fraction: number | null;
  platform?: string;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Send an export to this app's own server (and nowhere else) with XMLHttpRequest, the one browser
 * API that reports upload progress; the server stores it and scans it as a background job, which
 * is then followed until it ends.
 */
export async function uploadExport(file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<SocialUploadResult> {
  const jobId = await sendFile(file, onProgress, signal);
  onProgress({ phase: 'scanning', fraction: null });
  let job;
  try {
    job = await followJob(jobId, (j) => onProgress({ phase: 'scanning', fraction: j.status === 'running' ? jobFraction(j) : null }));
  } catch (e) {
    throw e instanceof ApiError ? new UploadError(e.status, e.code, e.message) : new UploadError(0, 'NETWORK', 'the app stopped answering while it scanned (is it still running?)');
  }
  if (job.kind !== 'social-scan') throw new UploadError(0, 'INCOMPLETE', 'the server answered with another kind of job');
  if (job.status === 'failed' || !job.result) throw new UploadError(0, job.error?.code ?? 'INCOMPLETE', job.error?.message ?? 'the server stopped before finishing the scan; try again');
  return job.result;
}

/** The upload itself, with its progress; resolves with the id of the job that scans it. */
function sendFile(file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/social/audits?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => onProgress({ phase: 'uploading', fraction: e.lengthComputable ? e.loaded / e.total : null });
    xhr.upload.onload = () => onProgress({ phase: 'scanning', fraction: null });
    xhr.onload = () => {
      let body: { job?: { id: string }; error?: { code: string; message: string } } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON: keep the status line */
      }
      if (xhr.status === 202 && body.job) resolve(body.job.id);
      else reject(new UploadError(xhr.status, body.error?.code ?? `HTTP_${xhr.status}`, body.error?.message ?? `the upload failed (${xhr.status})`));
    };
    xhr.onerror = () => reject(new UploadError(0, 'NETWORK', 'the upload was interrupted (is the app still running?)'));
    xhr.onabort = () => reject(new UploadError(0, 'ABORTED', 'upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
