import { isUserError, scanItems, type SocialFinding } from '@secondround/core';
import { parentPort, workerData } from 'node:worker_threads';
import { openSocialExport } from '../import';
import type { ScanWorkerData, WorkerMessage } from './protocol';

/*
 * Runs inside the scan worker (see scan-in-worker.ts): opens the export, scans it, and sends the
 * platform, throttled progress and the bounded report to the parent. All garbage of the read
 * (chunks, JSON records, strings) stays in this thread's small heap.
 */
const PROGRESS_EVERY_MS = 100;
/** Findings sent to the parent per message when every finding is wanted. */
const FINDINGS_PER_MESSAGE = 500;

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

async function run(data: ScanWorkerData): Promise<void> {
  let last = 0;
  const exported = await openSocialExport(data.path, {
    ...(data.limits ? { limits: data.limits } : {}),
    onProgress: (p) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && p.bytesRead < p.bytesTotal) return;
      last = now;
      post({ type: 'progress', bytesRead: p.bytesRead, bytesTotal: p.bytesTotal });
    },
  });
  post({ type: 'opened', platform: exported.platform, files: exported.files, bytesTotal: exported.bytesTotal });
  try {
    if (!data.streamFindings) {
      post({ type: 'done', report: await scanItems(exported.platform, exported.items()) });
      return;
    }
    let batch: SocialFinding[] = [];
    const report = await scanItems(exported.platform, exported.items(), 0, (f) => {
      batch.push(f);
      if (batch.length < FINDINGS_PER_MESSAGE) return;
      post({ type: 'findings', findings: batch });
      batch = [];
    });
    if (batch.length) post({ type: 'findings', findings: batch });
    post({ type: 'done', report });
  } finally {
    exported.close();
  }
}

// Not top-level await: the bundle is a CommonJS script run with `eval` (see scan-in-worker.ts).
run(workerData as ScanWorkerData).catch((e: unknown) => {
  if (isUserError(e)) {
    let details: unknown;
    try {
      details = structuredClone(e.details);
    } catch {
      details = undefined;
    }
    post({ type: 'error', userError: { code: e.code, message: e.message, status: e.status, details } });
  } else {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: 'error', bug: { name: err.name, message: err.message, stack: err.stack ?? '' } });
  }
});
