import { writeFile, rename } from 'node:fs/promises';
import type { Command } from 'commander';
import { backupSchema, UserError } from '@secondround/core';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine, readTextFile } from '../io';

export async function runExport(file: string, opts: { json?: boolean }, cmd: Command): Promise<void> {
  const backup = await withStore(cmd, (store) => store.backup.export(LOCAL_OWNER_ID));
  // Written beside the target and renamed, so a crash never leaves half a backup under the real name.
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(backup, null, 1));
  await rename(tmp, file);
  const summary = { file, applications: backup.applications.length, stageEvents: backup.stageEvents.length, interviews: backup.interviews.length, interviewers: backup.interviewers.length, contacts: backup.contacts.length };
  if (opts.json) printJson(summary);
  else printLine(`Exported ${summary.applications} applications, ${summary.interviews} interviews and ${summary.contacts} contacts to ${file}`);
}

export async function runImport(file: string, opts: { replace?: boolean; json?: boolean }, cmd: Command): Promise<void> {
  const text = await readTextFile(file, MAX_BACKUP_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError('BAD_JSON', `${file} is not valid JSON (${(e as Error).message})`, 400);
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    const isOurs = typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'secondround-backup';
    throw new UserError('BAD_BACKUP', isOurs ? `${file} is not a valid secondround backup: ${first?.message}${where}` : `${file} is not a secondround backup (use \`secondround import csv\` for spreadsheets)`, 422);
  }
  const result = await withStore(cmd, (store) => store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, parsed.data, { replace: opts.replace === true })));
  if (opts.json) printJson({ file, ...result });
  else printLine(`Restored ${result.applications} applications, ${result.interviews} interviews and ${result.contacts} contacts from ${file}`);
}

/** Backups larger than this are refused before parsing (a search of 100,000 applications is ~150 MB). */
const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
