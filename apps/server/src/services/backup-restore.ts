import { createReadStream } from 'node:fs';
import type { BackupKey } from '@secondround/core';
import { readBackup, type BackupBatch } from '@secondround/importers';
import { restoredRows, type Store } from '@secondround/store';
import { accountCaps, checkRecordCap } from './caps';

export type RestoreCounts = Record<BackupKey, number>;

/*
 * Characters of text held per batch. Rows held in a batch outlive V8's young-generation
 * collections and are moved to the old generation, which only a full collection empties and which
 * V8 lets grow to several times its live size first: with 4 M-character batches a 1 GB restore
 * peaked at 334 MB, most of it dead rows waiting there. The check pass keeps nothing, so each long
 * record goes on at once; the write pass keeps about ten 100 KB listings per INSERT.
 * Measured with bench/backup-restore.bench.ts.
 */
const CHECK_BATCH_CHARS = 64 * 1024;
const WRITE_BATCH_CHARS = 1_000_000;

async function drain(gen: AsyncGenerator<BackupBatch, RestoreCounts>, onBatch: (b: BackupBatch) => Promise<void>): Promise<RestoreCounts> {
  for (;;) {
    const next = await gen.next();
    if (next.done) return next.value;
    await onBatch(next.value);
  }
}

/**
 * Restore a backup file for one owner, all or nothing, without ever holding it: a first pass
 * reads and checks every record (schemas, list lengths, references, the account's caps) and
 * writes nothing, so a hostile or broken file is refused before the database is touched; the
 * second pass writes the records batch by batch inside one transaction.
 */
export async function restoreBackupFile(store: Store, ownerId: string, path: string, options: { replace?: boolean; name?: string } = {}): Promise<RestoreCounts> {
  const name = options.name ?? 'the backup';
  const counts = await drain(readBackup(createReadStream(path), { name, batchChars: CHECK_BATCH_CHARS }), async () => {});
  const caps = accountCaps();
  checkRecordCap('applications', 0, counts.applications, caps);
  checkRecordCap('stories', 0, counts.stories, caps);
  const restored = await store.transaction(async (tx) => {
    await tx.backup.beginRestore(ownerId, { replace: options.replace === true });
    return drain(readBackup(createReadStream(path), { name, batchSize: 500, batchChars: WRITE_BATCH_CHARS }), (b) => tx.backup.insertRows(ownerId, b.key, b.rows));
  });
  await freshStatistics(store, restoredRows(restored));
  return restored;
}

/**
 * Planner statistics for what a bulk write just filled, so the person's first pages after it are
 * not the slow ones (`Store.analyzeWritten`). The records are already committed: a failure here
 * only leaves the statistics to autovacuum, as before, and must not report the write as failed.
 */
export async function freshStatistics(store: Store, written: Parameters<Store['analyzeWritten']>[0]): Promise<void> {
  await store.analyzeWritten(written).catch(() => undefined);
}
