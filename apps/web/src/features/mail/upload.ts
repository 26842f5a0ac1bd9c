import type { InferResponseType } from 'hono/client';
import type { api, ApiErrorBody } from '../../api/client';

/** What the server says after reading a mailbox, typed from the route itself. */
export type MailboxSummary = InferResponseType<(typeof api)['mail']['mbox']['$post'], 200>;

/**
 * Send a mailbox to this app's own server with XMLHttpRequest, the one browser API that reports
 * upload progress. The server reads the mailbox as it arrives, so the bar tracks the import.
 */
export function uploadMailbox(file: File, onProgress: (fraction: number | null) => void): Promise<MailboxSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/mail/mbox?name=${encodeURIComponent(file.name.slice(0, 200))}`);
    xhr.setRequestHeader('Content-Type', 'application/mbox');
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: said below */
      }
      if (xhr.status === 200 && body) resolve(body as MailboxSummary);
      else reject(new Error((body as Partial<ApiErrorBody> | null)?.error?.message ?? `the upload failed (${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error('the upload broke off; what was read is kept, and uploading again skips it'));
    xhr.send(file);
  });
}
