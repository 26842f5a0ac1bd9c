import { describe, expect, it, vi } from 'vitest';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';
import { createTempDatabase, pgSkipped } from '../../../../../tests/support/pg';
import { startJobs } from './jobs';
import { inProcessQueue } from './queue';
import { runSocialScan, runSpreadsheetImport } from './upload-jobs';

const CSV = 'company,role,applied_on\nContoso,Analyst,2026-10-01\nFabrikam,Dev,2026-10-02\n';
const TWEETS = 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"wtf is this","created_at":"Wed Mar 22 07:41:49 +0000 2017"}}]';

async function stored(store: Awaited<ReturnType<typeof openStore>>, kind: string, params: Record<string, unknown>, bytes: string): Promise<string> {
  const id = await store.jobRuns.create(LOCAL_OWNER_ID, kind, params);
  await store.jobRuns.appendChunk(id, 0, Buffer.from(bytes));
  await store.jobRuns.markQueued(LOCAL_OWNER_ID, id, Buffer.byteLength(bytes));
  return id;
}

describe('upload jobs', () => {
  it('import a spreadsheet once however often the job runs, and keep the report', async () => {
    const store = await openStore({ file: ':memory:' });
    try {
      const jobId = await stored(store, 'import-spreadsheet', { skipInvalid: false, today: '2026-11-30', maxBytes: 1_000_000 }, CSV);
      await runSpreadsheetImport(store, { ownerId: LOCAL_OWNER_ID, jobId });
      // Delivered again (a retry after a lost acknowledgement): it already ended, so nothing happens.
      await runSpreadsheetImport(store, { ownerId: LOCAL_OWNER_ID, jobId });
      expect((await store.applications.list(LOCAL_OWNER_ID)).map((a) => a.company).sort()).toEqual(['Contoso', 'Fabrikam']);
      expect(await store.jobRuns.get(LOCAL_OWNER_ID, jobId)).toMatchObject({ status: 'done', result: { imported: 2, blocked: false }, progress: { done: CSV.length, total: CSV.length } });
      // Another person's id with this job's id reaches nothing.
      const other = (await store.users.create('other@example.com', null))!;
      await runSpreadsheetImport(store, { ownerId: other.id, jobId });
      expect(await store.applications.list(other.id)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('runs again from the stored bytes a job that was cut off midway, and writes its records once', async () => {
    const store = await openStore({ file: ':memory:' });
    try {
      const jobId = await stored(store, 'import-spreadsheet', { skipInvalid: false, today: '2026-11-30', maxBytes: 1_000_000 }, CSV);
      // The process died while running it: the transaction rolled back, the row still says running.
      expect(await store.jobRuns.markRunning(LOCAL_OWNER_ID, jobId)).toBe(true);
      await runSpreadsheetImport(store, { ownerId: LOCAL_OWNER_ID, jobId });
      expect(await store.applications.list(LOCAL_OWNER_ID)).toHaveLength(2);
      expect((await store.jobRuns.get(LOCAL_OWNER_ID, jobId))?.status).toBe('done');
    } finally {
      await store.close();
    }
  });

  it('on SQLite, queues again at start the uploads a stopped process left, and runs them', async () => {
    const store = await openStore({ file: ':memory:' });
    const queue = inProcessQueue();
    try {
      const csvJob = await stored(store, 'import-spreadsheet', { skipInvalid: false, today: '2026-11-30', maxBytes: 1_000_000 }, CSV);
      const scanJob = await stored(store, 'social-scan', { fileName: 'tweets.js', startedAt: '2026-11-30T10:00:00.000Z' }, TWEETS);
      await startJobs({ queue, store, smtp: { smtpAllowed: false }, workers: true });
      await vi.waitFor(async () => {
        expect((await store.jobRuns.get(LOCAL_OWNER_ID, csvJob))?.status).toBe('done');
        expect((await store.jobRuns.get(LOCAL_OWNER_ID, scanJob))?.status).toBe('done');
      }, { timeout: 20_000, interval: 50 });
      expect(await store.applications.list(LOCAL_OWNER_ID)).toHaveLength(2);
      expect((await store.jobRuns.get(LOCAL_OWNER_ID, scanJob))?.result).toMatchObject({ findingsCount: 1, audit: { platform: 'x' } });
      expect(await store.db.selectFrom('jobUploadChunks').select('jobId').execute()).toEqual([]);
    } finally {
      await queue.stop();
      await store.close();
    }
  });

  it('ends a scan of a file it cannot read as failed, gives the scan slot back, and keeps nothing of it', async () => {
    const store = await openStore({ file: ':memory:' });
    try {
      const slot = await store.usage.take(LOCAL_OWNER_ID, 'scan', 1, 60_000);
      if (!slot.isTaken) throw new Error('slot');
      const jobId = await stored(store, 'social-scan', { fileName: 'not-a-zip.zip', startedAt: '2026-11-30T10:00:00.000Z' }, 'not a zip at all');
      await runSocialScan(store, { ownerId: LOCAL_OWNER_ID, jobId, slotId: slot.id });
      expect(await store.jobRuns.get(LOCAL_OWNER_ID, jobId)).toMatchObject({ status: 'failed', error: { code: 'UNKNOWN_PLATFORM' }, result: null });
      expect(await store.usage.held(LOCAL_OWNER_ID, 'scan')).toBe(0);
      expect(await store.social.countFindings(LOCAL_OWNER_ID)).toEqual({});
      expect(await store.db.selectFrom('jobUploadChunks').select('jobId').execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(pgSkipped)('upload jobs on PostgreSQL', () => {
  it('import once when the queue gives the same job to two workers at the same time', async () => {
    const temp = await createTempDatabase();
    const store = await openStore({ databaseUrl: temp.url, poolSize: 4 });
    try {
      const jobId = await stored(store, 'import-spreadsheet', { skipInvalid: false, today: '2026-11-30', maxBytes: 1_000_000 }, CSV);
      // Both read the bytes and write the rows in their own transaction; the second to end waits
      // for the first on the job's row, finds it done, and rolls back.
      await Promise.all([runSpreadsheetImport(store, { ownerId: LOCAL_OWNER_ID, jobId }), runSpreadsheetImport(store, { ownerId: LOCAL_OWNER_ID, jobId })]);
      expect(await store.applications.list(LOCAL_OWNER_ID)).toHaveLength(2);
      expect(await store.jobRuns.get(LOCAL_OWNER_ID, jobId)).toMatchObject({ status: 'done', result: { imported: 2 }, error: null });
    } finally {
      await store.close().finally(() => temp.drop());
    }
  });
});
