import { isUserError, type SocialAudit, type SocialPlatform } from '@secondround/core';
import { openSocialExportInWorker, type SocialProgress, type WorkerSocialScan } from '@secondround/importers';
import type { Repos, Store } from '@secondround/store';

export interface SocialAuditResult {
  audit: SocialAudit;
  items: number;
  findingsCount: number;
  byCategory: Record<string, number>;
  byYear: Record<string, number>;
  truncated: boolean;
  /** Findings seen again in this export that kept their "dealt with" mark. */
  carriedMarks: number;
}

/**
 * Open an uploaded export exactly as `secondround social scan` does (platform detection, caps,
 * unsafe entries refused). A user error here is recorded as a failed audit and rethrown, so the
 * route can answer with its status before any progress is streamed. The read and the scan run in
 * a worker thread with a small heap, so a multi-GB upload does not grow the server's memory.
 */
export async function openUploadedExport(store: Store, ownerId: string, path: string, fileName: string, startedAt: string, onProgress?: (p: SocialProgress) => void): Promise<WorkerSocialScan> {
  try {
    return await openSocialExportInWorker(path, onProgress ? { onProgress } : {});
  } catch (e) {
    await recordFailure(store, ownerId, null, fileName, startedAt, e);
    throw e;
  }
}

/**
 * Scan an opened export and store the audit and its findings in one transaction (the platform's
 * previous findings are replaced; marks carry over). A failure midway (a JSON file cut short, a
 * damaged entry) stores only a failed audit: the findings already stored stay as they were.
 */
export async function scanAndStore(store: Store, ownerId: string, exported: WorkerSocialScan, fileName: string, startedAt: string, beforeCommit?: (tx: Repos, result: SocialAuditResult) => Promise<void>): Promise<SocialAuditResult> {
  let report;
  try {
    report = await exported.report();
  } catch (e) {
    await recordFailure(store, ownerId, exported.platform, fileName, startedAt, e);
    throw e;
  } finally {
    exported.close();
  }
  const findingsCount = Object.values(report.byCategory).reduce((s, n) => s + n, 0);
  return store.transaction(async (tx) => {
    const saved = await tx.social.saveScan(ownerId, { platform: report.platform, fileName, startedAt, items: report.items, findingsCount, findings: report.findings, truncated: report.truncated });
    const result: SocialAuditResult = { audit: saved.audit, items: report.items, findingsCount, byCategory: report.byCategory, byYear: report.byYear, truncated: report.truncated, carriedMarks: saved.carriedMarks };
    // A background job marks itself done in the same transaction as the findings it stored.
    await beforeCommit?.(tx, result);
    return result;
  });
}

async function recordFailure(store: Store, ownerId: string, platform: SocialPlatform | null, fileName: string, startedAt: string, e: unknown): Promise<void> {
  // Only the person's own mistakes are recorded with their message; a bug stays in the log.
  const code = isUserError(e) ? e.code : 'INTERNAL';
  const message = isUserError(e) ? e.message : 'something went wrong on the server; the details are in its log';
  await store.social.saveFailure(ownerId, { platform, fileName, startedAt, code, message }).catch(() => undefined);
}
