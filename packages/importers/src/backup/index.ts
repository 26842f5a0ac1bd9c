export { readBackup, type BackupBatch, type ReadBackupOptions } from './read-backup';
