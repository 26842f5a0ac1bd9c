import { createWriteStream } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { UserError } from '@secondround/core';
// From its own module: the server's index would load the whole server into `import`.
import { restoreBackupFile } from '@secondround/server/backup-restore';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine } from '../io';

/** Backups larger than this are refused before reading (a search of 100,000 applications is ~150 MB). */
const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

export async function runExport(file: string, opts: { json?: boolean }, cmd: Command): Promise<void> {
  // Written beside the target and renamed, so a crash never leaves half a backup under the real name.
  const tmp = `${file}.tmp-${process.pid}`;
  const counts: Record<string, number> = {};
  await withStore(cmd, (store) => pipeline(Readable.from(store.backup.exportJson(LOCAL_OWNER_ID, counts)), createWriteStream(tmp)));
  await rename(tmp, file);
  const summary = { file, applications: counts.applications ?? 0, stageEvents: counts.stageEvents ?? 0, interviews: counts.interviews ?? 0, interviewers: counts.interviewers ?? 0, contacts: counts.contacts ?? 0 };
  if (opts.json) printJson(summary);
  else printLine(`Exported ${summary.applications} applications, ${summary.interviews} interviews and ${summary.contacts} contacts to ${file}`);
}

export async function runImport(file: string, opts: { replace?: boolean; json?: boolean }, cmd: Command): Promise<void> {
  const info = await stat(file).catch(() => {
    throw new UserError('NOT_FOUND', `no such file: ${file}`, 404);
  });
  if (!info.isFile()) throw new UserError('NOT_A_FILE', `${file} is not a file`, 400);
  if (info.size > MAX_BACKUP_BYTES) throw new UserError('TOO_LARGE', `${file} is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, the most a backup may be`, 413);
  // Read as a stream and checked record by record before anything is written (all or nothing).
  const result = await withStore(cmd, (store) => restoreBackupFile(store, LOCAL_OWNER_ID, file, { replace: opts.replace === true, name: file }));
  if (opts.json) printJson({ file, ...result });
  else printLine(`Restored ${result.applications} applications, ${result.interviews} interviews and ${result.contacts} contacts from ${file}`);
}
