export { createApp, type AppOptions, type ApiType } from './app';
export { startServer, appVersion, WEB_DIST, type ServeOptions } from './serve';
export { ROUTE_TABLE } from './routes/route-table';
export type { Mode } from './env';
export { importTrackerCsv, type CsvImportReport } from './services/import-csv';
export { loadSpeller, readEnglishWordList, COMMON_WORD_SIZE } from './speller';
export { hashPassword, resetLink, RESET_TTL_MS, INVITE_TTL_MS } from './services/accounts';
export { restoreBackupFile, type RestoreCounts } from './services/backup-restore';
