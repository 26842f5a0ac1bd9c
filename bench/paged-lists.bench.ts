/**
 * Memory of one page of every paged list (issue 13): 100,000 rows of each kind in one personal
 * database (applications, one application's history, contacts, social findings, stories,
 * references, material submissions), then the real server binary answers one request per list
 * with the largest `limit` it allows. For each, the server's peak RSS during that request alone
 * (the high-water mark is reset through /proc/PID/clear_refs before it) against its RSS before,
 * and the ratio of the two: a bounded page keeps it near 1 whatever the table holds.
 *
 *   npx tsx bench/paged-lists.bench.ts          (PAGED_ROWS=100000)
 *
 * Measured on 2026-11-30 on a 2-core machine shared with seven other builds (load average 20-28;
 * seeding took 1,120 s). RSS before each request was 320-388 MB (the warm-up's detail request had
 * read a 100,000-step history); peak during / before: applications limit=500 1.10 (+33 MB,
 * 2.2 s), status=open 1.09 (+31 MB), events limit=200 1.00, contacts limit=500 1.00, findings
 * limit=500 1.02 (+8 MB, 2.0 s), stories limit=500 1.00, references limit=200 1.00, submissions
 * limit=200 1.00, and the application detail (50 steps of 100,000) 1.13 (+49 MB, 2.9 s): its
 * stage is still derived from every step, so it reads them all though it answers 50.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applicationInputSchema, contactInputSchema, FINDING_CATEGORIES, referenceFormSchema, storyFormSchema, type SocialFinding } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';

const ROWS = Number(process.env.PAGED_ROWS ?? 100_000);
const owner = LOCAL_OWNER_ID;

async function seed(file: string): Promise<{ appId: string }> {
  const store = await openStore({ file });
  const t0 = Date.now();
  const step = (what: string) => console.log(`  ${what} seeded at ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  try {
    const application = (i: number) => {
      const { stage: _s, stageDate: _d, ...rest } = applicationInputSchema.parse({ company: `Company ${i}`, role: 'Analyst' });
      return rest;
    };
    await store.transaction((tx) => tx.bulk.insert(owner, Array.from({ length: ROWS }, (_, i) => ({ application: application(i), events: [{ stage: 'applied' as const, date: '2026-01-01', reason: null }] }))));
    // One application with a history of ROWS steps.
    const history = Array.from({ length: ROWS }, (_, i) => ({ stage: i % 2 ? ('screen' as const) : ('applied' as const), date: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 10), reason: `step ${i}` }));
    await store.transaction((tx) => tx.bulk.insert(owner, [{ application: { ...application(-1), company: 'Long History Co' }, events: history }]));
    step('applications and a long history');
    const app = (await store.applications.listPage(owner, { limit: 1 })).applications[0]!;
    if (app.company !== 'Long History Co') throw new Error('the long history is not the newest application');
    await store.transaction(async (tx) => {
      for (let i = 0; i < ROWS; i++) await tx.contacts.create(owner, contactInputSchema.parse({ name: `Contact ${i}`, company: 'Acme', notes: 'x'.repeat(100) }));
    });
    step('contacts');
    const findings: SocialFinding[] = Array.from({ length: ROWS }, (_, i) => ({ id: `p${i}`, date: new Date(Date.UTC(2010, 0, 1) + i * 60_000).toISOString(), year: null, url: null, kind: 'post', category: FINDING_CATEGORIES[i % FINDING_CATEGORIES.length]!, terms: ['wtf'], excerpt: `post ${i} ${'x'.repeat(100)}`, severity: 'low' }));
    await store.transaction((tx) => tx.social.saveScan(owner, { platform: 'x', fileName: 'x.zip', startedAt: new Date().toISOString(), items: ROWS, findingsCount: ROWS, findings, truncated: false }));
    step('findings');
    await store.transaction((tx) => tx.prep.createStories(owner, Array.from({ length: ROWS }, (_, i) => storyFormSchema.parse({ title: `Story ${i}`, situation: 'x'.repeat(200), action: 'I did it.' }))));
    await store.transaction(async (tx) => {
      for (let i = 0; i < ROWS; i++) await tx.people.createReference(owner, referenceFormSchema.parse({ name: `Ref ${i}`, relationship: 'colleague', knowsWork: 3 }));
    });
    await store.transaction(async (tx) => {
      for (let i = 0; i < ROWS; i++) await tx.materials.addSubmission(owner, app.id, ['Cover letter: no file attached'], `time ${i}`);
    });
    console.log(`seeded ${ROWS.toLocaleString('en-US')} rows of each kind in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return { appId: app.id };
  } finally {
    await store.close();
  }
}

function startServer(file: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['apps/cli/bin/secondround.js', '--data', file, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!.replace(/\/$/, ''), pid: child.pid!, stop: async () => { const exited = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await exited; } });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** The process's resident and peak resident memory, in MB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paged-lists-'));
  const file = join(dir, 'bench.db');
  try {
    const { appId } = await seed(file);
    const server = await startServer(file);
    try {
      const lists = [
        ['/api/applications', 500],
        ['/api/applications?status=open', 500],
        [`/api/applications/${appId}/events`, 200],
        ['/api/contacts', 500],
        ['/api/social/findings', 500],
        ['/api/stories', 500],
        ['/api/references', 200],
        [`/api/applications/${appId}/materials/submissions`, 200],
        [`/api/applications/${appId}`, 0],
      ] as const;
      const url = (path: string, limit: number) => `${server.url}${path}${limit ? `${path.includes('?') ? '&' : '?'}limit=${limit}` : ''}`;
      // Warm every route once with a small page, so the figures are the page's, not the first call's.
      for (const [path] of lists) await (await fetch(url(path, 1))).arrayBuffer();
      console.log('request | rows | answer | time | RSS before | peak during | peak / before');
      for (const [path, limit] of lists) {
        writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
        const before = memory(server.pid);
        const t0 = Date.now();
        const res = await fetch(url(path, limit));
        const body = await res.text();
        const ms = Date.now() - t0;
        const after = memory(server.pid);
        const parsed = JSON.parse(body) as Record<string, unknown>;
        const rows = Math.max(0, ...Object.values(parsed).map((v) => (Array.isArray(v) ? v.length : 0)));
        console.log(`GET ${path.replace(appId, '{id}')}${limit ? ` limit=${limit}` : ''} | ${res.status} ${rows} | ${(body.length / 1e6).toFixed(2)} MB | ${ms} ms | ${before.rss.toFixed(0)} MB | ${after.peak.toFixed(0)} MB | ${(after.peak / before.rss).toFixed(2)}`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
