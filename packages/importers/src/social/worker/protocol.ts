import type { SocialFinding, SocialPlatform, SocialScanReport } from '@secondround/core';
import type { ArchiveLimits } from '../archive';

/** What the parent hands the scan worker. */
export interface ScanWorkerData {
  path: string;
  limits?: Partial<ArchiveLimits>;
  /** Send every finding in `findings` batches instead of keeping the capped list in the report. */
  streamFindings?: boolean;
}

/** The messages the scan worker sends back, in this order: opened, progress… and findings…, done or error. */
export type WorkerMessage =
  | { type: 'opened'; platform: SocialPlatform; files: string[]; bytesTotal: number }
  | { type: 'progress'; bytesRead: number; bytesTotal: number }
  | { type: 'findings'; findings: SocialFinding[] }
  | { type: 'done'; report: SocialScanReport }
  | { type: 'error'; userError: { code: string; message: string; status: number; details: unknown } }
  | { type: 'error'; bug: { name: string; message: string; stack: string } };
