import SQLite from 'better-sqlite3';
import { UserError } from '@secondround/core';
import { MIGRATIONS } from './migrations/index';

/**
 * Copy a SQLite database file, while other connections may be using it, to `destination` with
 * SQLite's online backup API (a consistent snapshot, WAL included). Reads through a connection
 * of its own, so a running server keeps serving.
 */
export async function backupSqliteFile(source: string, destination: string): Promise<void> {
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}

/**
 * Check that `file` is a secondround SQLite database this code can open: intact, with our
 * migrations table and no migration from a newer version. Throws a UserError otherwise.
 */
export function checkSqliteBackup(file: string): void {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new UserError('BAD_BACKUP_FILE', `cannot open ${file}: ${(e as Error).message}`, 422);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new UserError('BAD_BACKUP_FILE', `${file} is damaged (${String(check)})`, 422);
    const hasMigrations = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!hasMigrations) throw new UserError('BAD_BACKUP_FILE', `${file} is not a secondround database`, 422);
    const names = (db.prepare('select name from kysely_migration').all() as Array<{ name: string }>).map((r) => r.name);
    const unknown = names.filter((n) => !(n in MIGRATIONS));
    if (unknown.length) throw new UserError('UNKNOWN_MIGRATIONS', `${file} was written by a newer version of secondround (unknown migrations: ${unknown.join(', ')})`, 409);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('BAD_BACKUP_FILE', `${file} is not a readable database: ${(e as Error).message}`, 422);
  } finally {
    db.close();
  }
}

/**
 * Replace the contents of the live database `target` with `backup`, in place, with the online
 * backup API: the copy is one write transaction on `target`, so the connections already open on
 * it (a running server's) see either the old data or the restored data, never a mix, and a
 * failure half-way leaves the old data. The caller migrates afterwards.
 */
export async function restoreSqliteFile(backup: string, target: string): Promise<void> {
  checkSqliteBackup(backup);
  const db = new SQLite(backup, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
}
