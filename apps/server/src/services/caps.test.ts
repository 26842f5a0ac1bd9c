import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { pdfWithText } from '../../../../packages/importers/src/documents/fixtures';
import { settledJob } from '../../../../tests/support/jobs';
import { createApp } from '../app';
import { accountCaps, DEFAULT_CAPS, takeScanSlot } from './caps';

let store: Store;
let app: ReturnType<typeof createApp>;
const ENV = ['SECONDROUND_MAX_APPLICATIONS', 'SECONDROUND_MAX_STORIES', 'SECONDROUND_MAX_UPLOADS_PER_HOUR', 'SECONDROUND_MAX_CONCURRENT_SCANS'];

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});
afterEach(() => {
  for (const k of ENV) delete process.env[k];
});

const send = (path: string, body: string, type = 'application/json') => app.request(path, { method: 'POST', headers: { 'Content-Type': type }, body });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const settle = (res: Response) => settledJob((path) => app.request(path), res);
const count = async () => ((await (await app.request('/api/applications')).json()) as { applications: unknown[] }).applications.length;

describe('per-account caps', () => {
  it('reads the operator’s environment, and falls back to the defaults on nonsense', () => {
    expect(accountCaps({})).toEqual(DEFAULT_CAPS);
    expect(accountCaps({ SECONDROUND_MAX_APPLICATIONS: '5', SECONDROUND_MAX_STORIES: 'lots', SECONDROUND_MAX_UPLOADS_PER_HOUR: '-1', SECONDROUND_MAX_CONCURRENT_SCANS: '2' })).toEqual({ ...DEFAULT_CAPS, applications: 5, concurrentScans: 2 });
  });

  it('refuses an application past the cap with 422 CAP_REACHED', async () => {
    process.env.SECONDROUND_MAX_APPLICATIONS = '2';
    for (let i = 0; i < 2; i++) expect((await send('/api/applications', JSON.stringify({ company: `A${i}`, role: 'R' }))).status).toBe(201);
    const res = await send('/api/applications', JSON.stringify({ company: 'A3', role: 'R' }));
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toEqual({ code: 'CAP_REACHED', message: expect.stringContaining('at most 2 applications') });
  });

  it('refuses a spreadsheet that would pass the cap, and keeps nothing of it', async () => {
    process.env.SECONDROUND_MAX_APPLICATIONS = '3';
    const csv = `company,role\n${Array.from({ length: 5 }, (_, i) => `C${i},R`).join('\n')}\n`;
    const job = await settle(await send('/api/import/csv', csv, 'text/csv'));
    expect(job).toMatchObject({ status: 'failed', error: { code: 'CAP_REACHED', message: expect.stringContaining('at most 3 applications') } });
    expect(await count()).toBe(0);
  });

  it('refuses a story past the cap', async () => {
    process.env.SECONDROUND_MAX_STORIES = '1';
    expect((await send('/api/stories', JSON.stringify({ title: 'One' }))).status).toBe(201);
    const res = await send('/api/stories', JSON.stringify({ title: 'Two' }));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('CAP_REACHED');
  });

  it('answers 429 with Retry-After past the hourly uploads', async () => {
    process.env.SECONDROUND_MAX_UPLOADS_PER_HOUR = '2';
    const csv = 'company,role\nA,B\n';
    for (let i = 0; i < 2; i++) expect((await send('/api/import/csv', csv, 'text/csv')).status).toBe(202);
    const res = await send('/api/import/csv', csv, 'text/csv');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect(await errorOf(res)).toEqual({ code: 'TOO_MANY_UPLOADS', message: expect.stringContaining('at most 2 uploads an hour (SECONDROUND_MAX_UPLOADS_PER_HOUR)') });
  });

  it('counts material files in the same hourly uploads as spreadsheets: 429 TOO_MANY_UPLOADS, nothing stored', async () => {
    process.env.SECONDROUND_MAX_UPLOADS_PER_HOUR = '2';
    const created = await send('/api/applications', JSON.stringify({ company: 'Acme', role: 'R' }));
    const { id } = (await created.json()) as { id: string };
    const file = (name: string) => app.request(`/api/applications/${id}/materials/files?name=${name}.pdf`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(pdfWithText([['Jane Doe', name]])) });
    expect((await send('/api/import/csv', 'company,role\nA,B\n', 'text/csv')).status).toBe(202);
    const first = await file('one.txt');
    expect(first.status, await first.clone().text()).toBe(201);
    const res = await file('two.txt');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect(await errorOf(res)).toEqual({ code: 'TOO_MANY_UPLOADS', message: expect.stringContaining('at most 2 uploads an hour') });
    const files = ((await (await app.request(`/api/applications/${id}/materials`)).json()) as { files: Array<{ fileName: string }> }).files;
    expect(files.map((f) => f.fileName)).toEqual(['one.txt.pdf']);
    expect((await send('/api/import/csv', 'company,role\nC,D\n', 'text/csv')).status).toBe(429);
  });

  it('answers 429 SCAN_BUSY while the person’s scan slots are taken', async () => {
    process.env.SECONDROUND_MAX_CONCURRENT_SCANS = '1';
    const body = 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"wtf is this","created_at":"Wed Mar 22 07:41:49 +0000 2017"}}]';
    const free = await takeScanSlot(store, LOCAL_OWNER_ID);
    try {
      const busy = await send('/api/social/audits?name=tweets.js', body, 'application/octet-stream');
      expect(busy.status).toBe(429);
      expect((await errorOf(busy)).code).toBe('SCAN_BUSY');
    } finally {
      await free();
    }
    // The scan's job holds the slot until it ends, then gives it back.
    const job = await settle(await send('/api/social/audits?name=tweets.js', body, 'application/octet-stream'));
    expect(job.status).toBe('done');
    expect(await store.usage.held(LOCAL_OWNER_ID, 'scan')).toBe(0);
    expect((await send('/api/social/audits?name=tweets.js', body, 'application/octet-stream')).status).toBe(202);
  });
});
