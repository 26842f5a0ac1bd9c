import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../../tests/support/pg';
import { settledJob } from '../../../../tests/support/jobs';
import { createApp } from '../app';

// The upload and scan allowances are kept in the database: a restart does not reset them, and
// two app processes on one database share them (hosted mode behind a load balancer).
const ENV = ['SECONDROUND_MAX_UPLOADS_PER_HOUR', 'SECONDROUND_MAX_CONCURRENT_SCANS'];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const k of ENV) delete process.env[k];
  // Every clean-up runs (a database is dropped even when closing a store before it failed).
  const failed: unknown[] = [];
  for (const c of cleanups.splice(0).reverse()) await c().catch((e: unknown) => void failed.push(e));
  if (failed.length > 0) throw new AggregateError(failed, 'clean-up failed');
});

async function signup(app: ReturnType<typeof createApp>): Promise<string> {
  const res = await app.request('http://localhost/api/auth/signup', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: JSON.stringify({ email: 'sam@example.com', password: 'correct horse battery' }) });
  expect(res.status).toBe(201);
  return /sr_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

const csvUpload = (app: ReturnType<typeof createApp>, cookie: string) =>
  app.request('http://localhost/api/import/csv', { method: 'POST', headers: { 'Content-Type': 'text/csv', Origin: 'http://localhost', Cookie: `sr_session=${cookie}` }, body: 'company,role\nA,B\n' });

async function open(config: Parameters<typeof openStore>[0]): Promise<Store> {
  const store = await openStore(config);
  cleanups.push(() => store.close());
  return store;
}

describe('per-account allowances kept in the database', () => {
  it('are not reset by a restart (SQLite file)', async () => {
    process.env.SECONDROUND_MAX_UPLOADS_PER_HOUR = '1';
    const dir = await mkdtemp(join(tmpdir(), 'secondround-caps-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'db.sqlite');
    const first = await openStore({ file });
    const before = createApp({ store: first, mode: 'hosted', version: 'test' });
    const cookie = await signup(before);
    const job = await settledJob((path) => before.request(`http://localhost${path}`, { headers: { Cookie: `sr_session=${cookie}` } }), await csvUpload(before, cookie));
    expect(job.status).toBe('done');
    await first.close();
    // A new process: the server's modules loaded afresh, so nothing counted in memory survives.
    vi.resetModules();
    const { createApp: createRestarted } = await import('../app');
    const second = await open({ file });
    const after = createRestarted({ store: second, mode: 'hosted', version: 'test' });
    const res = await csvUpload(after, cookie);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_UPLOADS');
  });

  describe.skipIf(pgSkipped)('on PostgreSQL', () => {
    it('are shared by two app processes on one database', async () => {
      process.env.SECONDROUND_MAX_UPLOADS_PER_HOUR = '2';
      process.env.SECONDROUND_MAX_CONCURRENT_SCANS = '1';
      const temp: TempDatabase = await createTempDatabase();
      cleanups.push(() => temp.drop());
      const a = createApp({ store: await open({ databaseUrl: temp.url, poolSize: 2 }), mode: 'hosted', version: 'test' });
      const storeB = await open({ databaseUrl: temp.url, poolSize: 2 });
      const b = createApp({ store: storeB, mode: 'hosted', version: 'test' });
      const cookie = await signup(a);
      // The other process served two uploads (written as it writes them): this one has none left.
      const ownerId = (await storeB.users.findByEmail('sam@example.com'))!.id;
      for (let i = 0; i < 2; i++) expect((await storeB.usage.take(ownerId, 'upload', 2, 60 * 60 * 1000)).isTaken).toBe(true);
      const refused = await csvUpload(a, cookie);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await csvUpload(b, cookie)).status).toBe(429);
      // A scan running in one process takes the person's only slot in the other.
      const held = await storeB.usage.take(ownerId, 'scan', 1, 60_000);
      expect(held.isTaken).toBe(true);
      process.env.SECONDROUND_MAX_UPLOADS_PER_HOUR = '10';
      const body = 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"hello","created_at":"Wed Mar 22 07:41:49 +0000 2017"}}]';
      const busy = await a.request('http://localhost/api/social/audits?name=tweets.js', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', Origin: 'http://localhost', Cookie: `sr_session=${cookie}` }, body });
      expect(busy.status).toBe(429);
      expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('SCAN_BUSY');
    });
  });
});
