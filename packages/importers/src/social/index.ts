export { openSocialExport, type SocialExport, type SocialImportOptions, type SocialProgress } from './import';
export { openArchive, DEFAULT_LIMITS, type ArchiveLimits, type ArchiveEntry, type ArchiveSource } from './archive';
export { streamJsonRecords, type JsonRecord } from './json-stream';
export { streamCsvRows, repairLinkedInBreaks } from './csv-stream';
export { fixMojibake } from './text-repair';
export { roleOf } from './platforms';
export { openSocialExportInWorker, SCAN_WORKER_HEAP_MB, type WorkerSocialScan, type WorkerScanOptions } from './worker/scan-in-worker';
