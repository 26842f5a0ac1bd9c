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

interface Line {
  type: 'progress' | 'done' | 'error';
  bytesRead?: number;
  bytesTotal?: number;
  platform?: string;
  result?: SocialUploadResult;
  status?: number;
  error?: { code: string; message: string };
}

/**
 * Send an export to this app's own server (and nowhere else) with XMLHttpRequest, the one browser
 * API that reports upload progress, then read the server's NDJSON progress lines while it scans.
 */
export function uploadExport(file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<SocialUploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/social/audits?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    let seen = 0;
    let outcome: Line | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      let nl = text.indexOf('\n', seen);
      while (nl !== -1) {
        const raw = text.slice(seen, nl).trim();
        seen = nl + 1;
        nl = text.indexOf('\n', seen);
        if (!raw) continue;
        let line: Line;
        try {
          line = JSON.parse(raw) as Line;
        } catch {
          continue;
        }
        if (line.type === 'progress') onProgress({ phase: 'scanning', fraction: line.bytesTotal ? (line.bytesRead ?? 0) / line.bytesTotal : null, ...(line.platform ? { platform: line.platform } : {}) });
        else outcome = line;
      }
    };
    xhr.upload.onprogress = (e) => onProgress({ phase: 'uploading', fraction: e.lengthComputable ? e.loaded / e.total : null });
    xhr.upload.onload = () => onProgress({ phase: 'scanning', fraction: null });
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines();
    };
    xhr.onload = () => {
      if (xhr.status !== 200) {
        let code = `HTTP_${xhr.status}`;
        let message = `the upload failed (${xhr.status})`;
        try {
          const body = JSON.parse(xhr.responseText) as { error?: { code: string; message: string } };
          if (body.error) ({ code, message } = body.error);
        } catch {
          /* not JSON: keep the status line */
        }
        reject(new UploadError(xhr.status, code, message));
        return;
      }
      readLines();
      const end = outcome as Line | null;
      if (end?.type === 'done' && end.result) resolve(end.result);
      else if (end?.type === 'error' && end.error) reject(new UploadError(end.status ?? 400, end.error.code, end.error.message));
      else reject(new UploadError(0, 'INCOMPLETE', 'the server stopped before finishing the scan; try again'));
    };
    xhr.onerror = () => reject(new UploadError(0, 'NETWORK', 'the upload was interrupted (is the app still running?)'));
    xhr.onabort = () => reject(new UploadError(0, 'ABORTED', 'upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
