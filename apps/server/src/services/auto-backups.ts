import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '@secondround/core';
import { backupSqliteFile, migrate, restoreSqliteFile, type Store } from '@secondround/store';

/** Daily copies kept beside the database: two weeks of use. */
export const KEEP_BACKUPS = 14;

const NAME = /^secondround-(\d{4}-\d{2}-\d{2})(?:-(\d{6})-before-restore)?\.db$/;

export interface BackupFile {
  name: string;
  /** The local calendar day it was made. */
  day: string;
  /** `daily`: the first use of a day; `before-restore`: the state just before a restore. */
  kind: 'daily' | 'before-restore';
  bytes: number;
  createdAt: string;
}

export interface AutoBackupOptions {
  /** The live SQLite database file. */
  databaseFile: string;
  /** The open store on that file (migrated again after a restore). */
  store: Store;
  /** Where the copies go (default: `backups/` beside the database). */
  directory?: string;
  keep?: number;
  /** The clock (tests pass their own). */
  now?: () => Date;
}

export type AutoBackups = ReturnType<typeof autoBackups>;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** The machine's local calendar day: a personal server runs where its person is. */
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

/**
 * Automatic backups of a personal (SQLite) database: one copy on each day the app is used, the
 * newest `keep` kept in `backups/` beside the database, and a restore that first copies the
 * current state. Copies use SQLite's online backup API, so the running server stays up.
 */
export function autoBackups(options: AutoBackupOptions) {
  const directory = options.directory ?? join(dirname(options.databaseFile), 'backups');
  const keep = options.keep ?? KEEP_BACKUPS;
  const now = options.now ?? (() => new Date());
  let checkedDay: string | null = null;
  // One copy or restore at a time: a restore must not interleave with the day's backup.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  async function list(): Promise<BackupFile[]> {
    const names = await readdir(directory).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [] as string[];
      throw e;
    });
    const files: BackupFile[] = [];
    for (const name of names) {
      const m = NAME.exec(name);
      if (!m) continue;
      const info = await stat(join(directory, name)).catch(() => null);
      if (!info?.isFile()) continue;
      files.push({ name, day: m[1]!, kind: m[2] ? 'before-restore' : 'daily', bytes: info.size, createdAt: info.mtime.toISOString() });
    }
    // Newest first; the file time is the clock's time at the copy (set below), the name breaks ties.
    return files.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  async function copy(name: string, protect?: string): Promise<BackupFile> {
    await mkdir(directory, { recursive: true });
    const path = join(directory, name);
    const tmp = `${path}.partial`;
    // Written under another name and renamed: a crash never leaves half a copy that looks whole.
    await backupSqliteFile(options.databaseFile, tmp);
    const at = now();
    await utimes(tmp, at, at);
    await rename(tmp, path);
    await rotate(protect);
    const info = await stat(path);
    const m = NAME.exec(name)!;
    return { name, day: m[1]!, kind: m[2] ? 'before-restore' : 'daily', bytes: info.size, createdAt: at.toISOString() };
  }

  /** Keep the newest `keep` copies; `protect` (the copy being restored) stays until the next rotation. */
  async function rotate(protect?: string): Promise<void> {
    for (const old of (await list()).filter((f) => f.name !== protect).slice(keep)) await rm(join(directory, old.name), { force: true });
  }

  /** Today's copy, made now if there is none yet; null when today's already exists. */
  function backUpToday(): Promise<BackupFile | null> {
    return serial(async () => {
      const day = localDay(now());
      const name = `secondround-${day}.db`;
      if ((await list()).some((f) => f.name === name)) return null;
      return copy(name);
    });
  }

  /**
   * Called on each use of the app: the first use of a day starts that day's copy in the
   * background. A failed copy is reported on stderr and tried again on the next use.
   */
  function noteUse(): void {
    const day = localDay(now());
    if (checkedDay === day) return;
    checkedDay = day;
    backUpToday().catch((e: Error) => {
      checkedDay = null;
      process.stderr.write(`secondround: the automatic backup failed: ${e.message}\n`);
    });
  }

  /** Restore the copy `name` over the live database, after copying the current state. */
  function restore(name: string): Promise<{ restored: BackupFile; before: BackupFile }> {
    return serial(async () => {
      const restored = (await list()).find((f) => f.name === name);
      if (!restored) throw new UserError('NOT_FOUND', `no backup named ${name}`, 404);
      // Named by the second it was taken; a restore within the same second as the one before would
      // otherwise overwrite that copy (the one being restored, even): take the next free second.
      const taken = new Set((await list()).map((f) => f.name));
      let at = now();
      while (taken.has(`secondround-${localDay(at)}-${localTime(at)}-before-restore.db`)) at = new Date(at.getTime() + 1_000);
      const before = await copy(`secondround-${localDay(at)}-${localTime(at)}-before-restore.db`, restored.name);
      await restoreSqliteFile(join(directory, restored.name), options.databaseFile);
      // A copy from an older version of the app is brought up to this version's schema.
      await migrate(options.store.db);
      await options.store.users.ensureLocalOwner();
      return { restored, before };
    });
  }

  return { directory, keep, list, backUpToday, noteUse, restore };
}
