import { expect, it } from 'vitest';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';
import { JOB_KEEP_MS, UPLOAD_KEEP_MS } from './repos/job-runs';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

/** Background jobs and their uploads in the database (issue 14), on every backend. */
export function jobRunsStoreCases(current: () => Store): void {
  it('keeps an upload in pieces, reads it back in order only for its owner, and forgets it when asked', async () => {
    const store = current();
    const other = (await store.users.create('jobs-other@example.com', null))!;
    const id = await store.jobRuns.create(LOCAL_OWNER_ID, 'import-spreadsheet', { skipInvalid: false });
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256));
    await store.jobRuns.appendChunk(id, 0, bytes.subarray(0, 1000));
    await store.jobRuns.appendChunk(id, 1, bytes.subarray(1000, 2000));
    await store.jobRuns.appendChunk(id, 2, bytes.subarray(2000));
    await store.jobRuns.markQueued(LOCAL_OWNER_ID, id, bytes.length);
    expect(await store.jobRuns.get(other.id, id)).toBeNull();
    expect((await collect(store.jobRuns.readUpload(other.id, id))).length).toBe(0);
    expect((await collect(store.jobRuns.readUpload(LOCAL_OWNER_ID, id))).equals(bytes)).toBe(true);
    expect(await store.jobRuns.get(LOCAL_OWNER_ID, id)).toMatchObject({ kind: 'import-spreadsheet', status: 'queued', uploadBytes: 3000, params: { skipInvalid: false }, result: null, error: null });

    expect(await store.jobRuns.markRunning(LOCAL_OWNER_ID, id)).toBe(true);
    await store.jobRuns.setProgress(LOCAL_OWNER_ID, id, 1000, 3000);
    expect((await store.jobRuns.get(LOCAL_OWNER_ID, id))?.progress).toEqual({ done: 1000, total: 3000 });
    await store.transaction((tx) => tx.jobRuns.markDone(LOCAL_OWNER_ID, id, { imported: 2 }));
    await store.jobRuns.dropUpload(id);
    expect((await collect(store.jobRuns.readUpload(LOCAL_OWNER_ID, id))).length).toBe(0);
    expect(await store.jobRuns.get(LOCAL_OWNER_ID, id)).toMatchObject({ status: 'done', result: { imported: 2 } });
    // A job that ended is not started again (a repeat after a crash does nothing).
    expect(await store.jobRuns.markRunning(LOCAL_OWNER_ID, id)).toBe(false);
  });

  it('sweeps uploads older than a day (their job fails as EXPIRED) and jobs older than a week', async () => {
    const store = current();
    const old = await store.jobRuns.create(LOCAL_OWNER_ID, 'social-scan', {});
    await store.jobRuns.appendChunk(old, 0, Buffer.from('old'));
    await store.jobRuns.markQueued(LOCAL_OWNER_ID, old, 3);
    const fresh = await store.jobRuns.create(LOCAL_OWNER_ID, 'social-scan', {});
    await store.jobRuns.appendChunk(fresh, 0, Buffer.from('new'));
    const created = Date.parse((await store.jobRuns.get(LOCAL_OWNER_ID, old))!.createdAt);
    // Nothing is a day old yet.
    expect(await store.jobRuns.sweep(new Date(created + UPLOAD_KEEP_MS - 60_000))).toEqual({ uploads: 0, jobs: 0 });
    expect(await store.jobRuns.sweep(new Date(created + UPLOAD_KEEP_MS + 60_000))).toEqual({ uploads: 2, jobs: 0 });
    expect(await store.jobRuns.get(LOCAL_OWNER_ID, old)).toMatchObject({ status: 'failed', error: { code: 'EXPIRED' } });
    expect(await store.jobRuns.sweep(new Date(created + JOB_KEEP_MS + 60_000))).toEqual({ uploads: 0, jobs: 2 });
    expect(await store.jobRuns.get(LOCAL_OWNER_ID, old)).toBeNull();
  });
}
