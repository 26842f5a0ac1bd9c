import type { SocialPlatform, SocialScanReport } from '@secondround/core';
import type { ArchiveLimits } from '../archive';

/** What the parent hands the scan worker. */
export interface ScanWorkerData {
  path: string;
  limits?: Partial<ArchiveLimits>;
}

/** The messages the scan worker sends back, in this order: opened, progress…, done or error. */
export type WorkerMessage =
  | { type: 'opened'; platform: SocialPlatform; files: string[]; bytesTotal: number }
  | { type: 'progress'; bytesRead: number; bytesTotal: number }
  | { type: 'done'; report: SocialScanReport }
  | { type: 'error'; userError: { code: string; message: string; status: number; details: unknown } }
  | { type: 'error'; bug: { name: string; message: string; stack: string } };
