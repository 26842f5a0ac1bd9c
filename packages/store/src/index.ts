export { openStore, type Store, type Repos, type StoreOptions } from './store';
export { connect, isPostgresUrl, type Dialect, type DbConfig } from './db';
export { migrate, unknownMigrations } from './migrate';
export { MIGRATIONS } from './migrations/index';
export { LOCAL_OWNER_ID, DEFAULT_IDLE_DAYS, SESSION_DAYS, normalizeEmail, type User, type AccountRow } from './repos/users';
export type { BulkApplication } from './repos/bulk';
export type { Database } from './schema';
export type { Clock } from './ids';
export { backupSqliteFile, checkSqliteBackup, restoreSqliteFile } from './sqlite-file-backup';
