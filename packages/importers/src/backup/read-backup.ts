import { backupHeaderSchema, BackupStreamChecker, isBackupKey, UserError, type BackupKey } from '@secondround/core';
import { streamJsonRecords } from '../social/json-stream';

/** Records of one array of a backup, checked, in the order of the file. */
export interface BackupBatch {
  key: BackupKey;
  rows: Array<Record<string, unknown>>;
}

export interface ReadBackupOptions {
  /** Rows per batch (one multi-row INSERT each, more or less). */
  batchSize?: number;
  /** Characters of text per batch: a batch of long listings closes early, so memory stays flat. */
  batchChars?: number;
  /** Name shown in messages. */
  name?: string;
}

const bad = (message: string) => new UserError('BAD_BACKUP', message, 422);

/**
 * Read a secondround backup as a stream: the JSON is never held whole, each record is checked
 * against its schema and the records before it as it arrives, and the first problem stops the
 * read with a 422 `BAD_BACKUP` that names it. Yields checked records in batches; returns the count
 * of each array. A file that is not a backup fails on its first value.
 * @example for await (const batch of readBackup(createReadStream(file))) await insert(batch)
 */
export async function* readBackup(chunks: AsyncIterable<Buffer | string>, options: ReadBackupOptions = {}): AsyncGenerator<BackupBatch, Record<BackupKey, number>> {
  const batchSize = options.batchSize ?? 200;
  const batchChars = options.batchChars ?? 4_000_000;
  let chars = 0;
  const name = options.name ?? 'the backup';
  const checker = new BackupStreamChecker();
  const header: Record<string, unknown> = {};
  let isHeaderChecked = false;
  const finished = new Set<string>();
  let current: BackupBatch | null = null;

  for await (const rec of streamJsonRecords(chunks, name, { scalars: true })) {
    const key = rec.key;
    if (key === null) throw bad(`${name} is not a secondround backup (it is a JSON list, not an object)`);
    if (rec.isTopLevel) {
      if (key === 'format' || key === 'version' || key === 'exportedAt') header[key] = rec.value;
      else if (isBackupKey(key) && rec.value !== null) throw bad(`"${key}" in ${name} must be a list`);
      continue;
    }
    if (!isHeaderChecked) {
      if (header.format !== 'secondround-backup') throw bad(`${name} is not a secondround backup (no "format": "secondround-backup" before its records)`);
      const parsed = backupHeaderSchema.safeParse(header);
      if (!parsed.success) throw bad(`${name} has an unreadable header: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      isHeaderChecked = true;
    }
    if (current && current.key !== key) {
      finished.add(current.key);
      if (current.rows.length > 0) yield current;
      current = null;
      chars = 0;
    }
    if (finished.has(key)) throw bad(`"${key}" appears twice in ${name}`);
    const checked = checker.record(key, rec.value);
    if (!checked.ok) throw bad(`${name} is inconsistent: ${checked.problem}`);
    current ??= { key: checked.key, rows: [] };
    current.rows.push(checked.value);
    chars += textSize(checked.value);
    if (current.rows.length >= batchSize || chars >= batchChars) {
      yield current;
      current = { key: checked.key, rows: [] };
      chars = 0;
    }
  }
  if (!isHeaderChecked) {
    // A backup with no records at all: its header must still say what it is.
    const parsed = backupHeaderSchema.safeParse(header);
    if (!parsed.success) throw bad(`${name} is not a secondround backup (no "format": "secondround-backup")`);
  }
  if (current && current.rows.length > 0) yield current;
  const counts = {} as Record<BackupKey, number>;
  for (const k of ['applications', 'stageEvents', 'interviews', 'interviewers', 'contacts', 'settings', 'stories', 'prepSheets', 'debriefs', 'thankYouNotes', 'followUps', 'socialAudits', 'socialFindings', 'socialPresence'] as const) counts[k] = checker.count(k);
  return counts;
}

function textSize(row: Record<string, unknown>): number {
  let n = 0;
  for (const v of Object.values(row)) n += typeof v === 'string' ? v.length : 8;
  return n;
}
