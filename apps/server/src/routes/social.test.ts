import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { syntheticExport, writeExportZip, writeHostileZips } from '../../../../packages/importers/src/social/fixtures';
import { settledJob } from '../../../../tests/support/jobs';
import { createApp } from '../app';
import { receiveUpload } from '../services/jobs/job-uploads';
import { saveUpload } from '../services/upload';

let store: Store;
let app: ReturnType<typeof createApp>;
let dir: string;
let zips: { x: string; linkedin: string; reddit: string } & Awaited<ReturnType<typeof writeHostileZips>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'social-api-'));
  const x = join(dir, 'twitter-archive.zip');
  const linkedin = join(dir, 'Basic_LinkedInDataExport.zip');
  const reddit = join(dir, 'reddit.zip');
  await writeExportZip(x, syntheticExport('x'));
  await writeExportZip(linkedin, syntheticExport('linkedin'));
  await writeExportZip(reddit, syntheticExport('reddit'));
  zips = { x, linkedin, reddit, ...(await writeHostileZips(join(dir, 'hostile'))) };
  return () => rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

async function uploads(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((n) => n.startsWith('secondround-upload-') || n.startsWith('secondround-job-'));
}

type ScanResult = { audit: { platform: string; status: string; fileName: string; itemsScanned: number }; findingsCount: number; byCategory: Record<string, number>; carriedMarks: number };

/** Upload an export and follow its job to the end. */
async function upload(path: string, name: string) {
  const accepted = await app.request(`/api/social/audits?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: await readFile(path) });
  const job = await settledJob((p) => app.request(p), accepted);
  return { ...job, result: job.result as ScanResult | null };
}

type Groups = Array<{ category: string; open: number; total: number; years: Array<{ year: number | null; findings: Array<{ id: string; itemId: string; category: string; dealtWith: boolean; excerpt: string; url: string | null; platform: string }> }> }>;

async function findings(): Promise<{ groups: Groups; total: number; open: number }> {
  return (await (await app.request('/api/social/findings')).json()) as never;
}

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('social audit API', () => {
  it('scans a good export of two platforms, groups findings by category and year, and summarises them', async () => {
    const before = await uploads();
    const job = await upload(zips.x, 'twitter-archive.zip');
    expect(job).toMatchObject({ kind: 'social-scan', status: 'done', error: null });
    // Progress counts the bytes scanned, and reaches the whole at the end.
    expect(job.progress.total).toBeGreaterThan(0);
    expect(job.progress.done).toBe(job.progress.total);
    const body = job.result!;
    expect(body.audit).toMatchObject({ platform: 'x', status: 'done', fileName: 'twitter-archive.zip' });
    expect(body.audit.itemsScanned).toBeGreaterThanOrEqual(6);
    expect(body.byCategory.profanity).toBeGreaterThan(0);
    const li = await upload(zips.linkedin, 'Basic_LinkedInDataExport.zip');
    expect(li.status).toBe('done');
    // The uploads' bytes were deleted when their jobs ended.
    expect(await store.db.selectFrom('jobUploadChunks').select('jobId').execute()).toEqual([]);

    const list = await findings();
    const categories = list.groups.map((g) => g.category);
    expect(categories).toEqual(expect.arrayContaining(['profanity', 'alcohol_drugs', 'badmouthing', 'confidential']));
    const platforms = new Set(list.groups.flatMap((g) => g.years.flatMap((y) => y.findings.map((f) => f.platform))));
    expect(platforms).toEqual(new Set(['x', 'linkedin']));
    const years = list.groups.flatMap((g) => g.years.map((y) => y.year));
    expect(years).toEqual(expect.arrayContaining([2019, 2024]));
    const anyFinding = list.groups[0]!.years[0]!.findings[0]!;
    expect(anyFinding.excerpt.length).toBeGreaterThan(0);

    const summary = (await (await app.request('/api/social/summary')).json()) as { scanned: boolean; platforms: string[]; open: number; openByCategory: Record<string, number>; presenceDone: boolean };
    expect(summary).toMatchObject({ scanned: true, presenceDone: false });
    expect(summary.platforms.sort()).toEqual(['linkedin', 'x']);
    expect(summary.open).toBe(list.total);
    expect(await uploads()).toEqual(before);
  });

  it('accepts one export file on its own (the name tells the platform)', async () => {
    const files = syntheticExport('reddit');
    const res = await app.request('/api/social/audits?name=comments.csv', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: String(files['comments.csv']) });
    expect(res.status).toBe(202);
    const job = await settledJob((p) => app.request(p), res);
    expect((job.result as ScanResult).audit.platform).toBe('reddit');
  });

  it('keeps "dealt with" marks when the same platform is uploaded again, and undoes them', async () => {
    await upload(zips.x, 'twitter-archive.zip');
    const first = (await findings()).groups.flatMap((g) => g.years.flatMap((y) => y.findings));
    const target = first.find((f) => f.category === 'alcohol_drugs')!;
    const marked = await app.request(`/api/findings/${target.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dealtWith: true }) });
    expect(marked.status).toBe(200);
    expect(((await marked.json()) as { dealtWith: boolean }).dealtWith).toBe(true);

    const again = await upload(zips.x, 'twitter-archive-2.zip');
    expect(again.result?.carriedMarks).toBe(1);
    const now = (await findings()).groups.flatMap((g) => g.years.flatMap((y) => y.findings));
    expect(now).toHaveLength(first.length);
    const same = now.find((f) => f.itemId === target.itemId && f.category === 'alcohol_drugs')!;
    expect(same.dealtWith).toBe(true);
    expect(now.filter((f) => f.dealtWith)).toHaveLength(1);

    const undo = await app.request(`/api/findings/${same.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dealtWith: false }) });
    expect(((await undo.json()) as { dealtWith: boolean }).dealtWith).toBe(false);
    const missing = await app.request('/api/findings/nope', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dealtWith: true }) });
    expect(missing.status).toBe(404);
  });

  it.each([
    ['bomb', 'ZIP_BOMB', /zip bomb/],
    ['dotdot', 'UNSAFE_PATH', /outside/],
    ['symlink', 'UNSAFE_PATH', /symbolic link/],
    ['truncated', 'BAD_ARCHIVE', /truncated\.zip is not a complete zip/],
    ['cutJson', 'BAD_JSON', /tweets\.js is not valid JSON/],
    ['unknown', 'UNKNOWN_PLATFORM', /unknown\.zip is not an export this tool knows/],
    ['notZip', 'BAD_ARCHIVE', /zip/],
  ] as const)('%s → a failed job (%s), a failed audit, and nothing already stored lost', async (name, code, message) => {
    await upload(zips.x, 'twitter-archive.zip');
    const marked = (await findings()).groups[0]!.years[0]!.findings[0]!;
    await app.request(`/api/findings/${marked.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dealtWith: true }) });
    const before = await findings();
    const temps = await uploads();

    const fileName = `${name === 'cutJson' ? 'cut-json' : name === 'notZip' ? 'not-a-zip' : name}.zip`;
    const job = await upload(zips[name], fileName);
    expect(job).toMatchObject({ status: 'failed', result: null });
    expect(job.error?.code).toBe(code);
    expect(job.error?.message).toMatch(message);

    expect(await findings()).toEqual(before);
    const audits = ((await (await app.request('/api/social/audits')).json()) as { audits: Array<{ status: string; errorCode: string | null; fileName: string }> }).audits;
    expect(audits[0]).toMatchObject({ status: 'failed', errorCode: code, fileName });
    expect(await uploads()).toEqual(temps);
  });

  it('answers 202 with a queued job at once, which only its owner can read; a second export waits for the first', async () => {
    const res = await app.request('/api/social/audits?name=twitter-archive.zip', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: await readFile(zips.x) });
    expect(res.status).toBe(202);
    const accepted = (await res.clone().json()) as { job: { id: string; status: string } };
    expect(accepted).toEqual({ job: { id: expect.any(String), status: 'queued' } });
    const job = await settledJob((p) => app.request(p), res);
    expect(job.id).toBe(accepted.job.id);
    expect(job.status).toBe('done');
    expect((await app.request('/api/jobs/nope')).status).toBe(404);
  });

  it('refuses an upload over the limit: by its declared length, or while it streams', async () => {
    const res = await app.request('/api/social/audits?name=big.zip', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(5 * 1024 ** 3) }, body: 'PK' });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('TOO_LARGE');
    const before = await uploads();
    const chunked = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new Uint8Array(1024).fill(65));
        c.close();
      },
    });
    await expect(saveUpload(chunked, 'x.zip', 10_000)).rejects.toMatchObject({ code: 'TOO_LARGE', status: 413 });
    await expect(saveUpload(null, 'x.zip', 10_000)).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    const broken = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array(100).fill(65));
        c.error(new Error('socket hang up'));
      },
    });
    await expect(saveUpload(broken, 'x.zip', 10_000)).rejects.toMatchObject({ code: 'UPLOAD_INTERRUPTED', status: 400 });
    expect(await uploads()).toEqual(before);

    // The same into the database, as upload jobs store their files: nothing is kept of a refused one.
    const stream = (n: number, fail = false) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < n; i++) c.enqueue(new Uint8Array(1024).fill(65));
          if (fail) c.error(new Error('socket hang up'));
          else c.close();
        },
      });
    const receive = (body: ReadableStream<Uint8Array> | null) => receiveUpload(store, LOCAL_OWNER_ID, 'social-scan', {}, body, 10_000, 'one export');
    await expect(receive(stream(20))).rejects.toMatchObject({ code: 'TOO_LARGE', status: 413, message: expect.stringContaining('the limit for one export') });
    await expect(receive(stream(0))).rejects.toMatchObject({ code: 'EMPTY_FILE', status: 400 });
    await expect(receive(null)).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    await expect(receive(stream(2, true))).rejects.toMatchObject({ code: 'UPLOAD_INTERRUPTED', status: 400 });
    expect(await store.db.selectFrom('jobRuns').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('jobUploadChunks').select('jobId').execute()).toEqual([]);
    const kept = await receive(stream(9));
    expect(kept.bytes).toBe(9 * 1024);
    expect((await store.jobRuns.get(LOCAL_OWNER_ID, kept.jobId))?.status).toBe('queued');
    // A larger file is kept in pieces of a MiB and read back whole.
    const big = Buffer.from(Array.from({ length: Math.round(2.5 * 1024 * 1024) }, (_, i) => (i * 7) % 251));
    const parts = new ReadableStream<Uint8Array>({
      start(c) {
        for (let at = 0; at < big.length; at += 64 * 1024 + 3) c.enqueue(new Uint8Array(big.subarray(at, at + 64 * 1024 + 3)));
        c.close();
      },
    });
    const stored = await receiveUpload(store, LOCAL_OWNER_ID, 'social-scan', {}, parts, 10 * 1024 * 1024);
    expect((await store.db.selectFrom('jobUploadChunks').select('seq').where('jobId', '=', stored.jobId).execute()).map((r) => r.seq)).toEqual([0, 1, 2]);
    const back: Buffer[] = [];
    for await (const piece of store.jobRuns.readUpload(LOCAL_OWNER_ID, stored.jobId)) back.push(Buffer.from(piece));
    expect(Buffer.concat(back).equals(big)).toBe(true);
  });

  it('keeps the presence checklist per platform and reports it done only when every used platform is done', async () => {
    const put = (platform: string, checked: string[]) => app.request('/api/social/presence', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ platform, checked }) });
    let res = await put('linkedin', ['photo', 'findable']);
    expect(res.status).toBe(200);
    let body = (await res.json()) as { done: boolean; platforms: Array<{ platform: string; checked: string[]; checks: Array<{ id: string }> }> };
    expect(body.done).toBe(false);
    expect(body.platforms.find((p) => p.platform === 'linkedin')!.checked.sort()).toEqual(['findable', 'photo']);
    const all = body.platforms.find((p) => p.platform === 'linkedin')!.checks.map((c) => c.id);
    body = (await (await put('linkedin', all)).json()) as typeof body;
    expect(body.done).toBe(true);
    expect(((await (await app.request('/api/social/summary')).json()) as { presenceDone: boolean }).presenceDone).toBe(true);
    // Scanning an X export brings X's checklist into "in use": no longer done.
    await upload(zips.x, 'twitter-archive.zip');
    expect(((await (await app.request('/api/social/presence')).json()) as { done: boolean }).done).toBe(false);
    res = await put('linkedin', ['not-a-point']);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('UNKNOWN_CHECK');
  });

  it('feeds the diagnosis: open findings and the presence checklist', async () => {
    const none = (await (await app.request('/api/diagnosis')).json()) as { reasons: Array<{ id: string; evidence: string[] }> };
    expect(none.reasons.find((r) => r.id === 'social-media')!.evidence.join(' ')).toMatch(/not run yet/);
    await upload(zips.x, 'twitter-archive.zip');
    const after = (await (await app.request('/api/diagnosis')).json()) as { reasons: Array<{ id: string; evidence: string[]; fix: { href: string } }> };
    const social = after.reasons.find((r) => r.id === 'social-media')!;
    expect(social.evidence.join(' ')).toMatch(/open finding/);
    expect(social.fix.href).toBe('/social');
  });
});
