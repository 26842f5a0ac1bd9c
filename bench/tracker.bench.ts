// Issue 2 benchmarks: `import csv` of 100,000 rows (time and peak memory, against naive
// row-by-row inserts), GET of 1,000 applications (p50/p99 against the health route as the
// framework's floor), and the board with 1,000 applications painted in Chromium (against 40).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { applicationInputSchema, stageEventInputSchema } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';
import { makeTrackerCsv } from './data/make-csv';
import { launchBrowser, startServer } from '../tests/support/browser';

const dir = mkdtempSync(join(tmpdir(), 'secondround-bench-'));
const CLI = 'apps/cli/bin/secondround.js';

async function importCsv() {
  const csv = join(dir, 'search.csv');
  await makeTrackerCsv(csv, 100_000, 1);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, '--data', join(dir, 'import.db'), 'import', 'csv', csv, '--json'], { encoding: 'utf8', env: { ...process.env, SECONDROUND_REPORT_RSS: '1' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(r.stderr);
  const rss = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const report = JSON.parse(r.stdout) as { imported: number };
  // Naive alternative: one INSERT per application and per event, in one transaction.
  const naiveRows = 10_000;
  const store = await openStore({ file: join(dir, 'naive.db') });
  const t1 = performance.now();
  await store.transaction(async (tx) => {
    for (let i = 0; i < naiveRows; i++) {
      const app = await tx.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: `Co ${i}`, role: 'Analyst', stage: 'applied', stageDate: '2026-01-01' }));
      await tx.events.add(LOCAL_OWNER_ID, app.id, stageEventInputSchema.parse({ stage: 'rejected', date: '2026-01-10' }));
    }
  });
  const naivePerRow = (performance.now() - t1) / naiveRows;
  await store.close();
  const oursPerRow = ms / report.imported;
  console.log(`import csv: ${report.imported} rows in ${(ms / 1000).toFixed(2)} s (target < 10 s), peak RSS ${rss.toFixed(0)} MB (target < 300 MB), whole CLI process`);
  console.log(`  per row: ours ${(oursPerRow * 1000).toFixed(1)} µs vs naive row-by-row inserts ${(naivePerRow * 1000).toFixed(1)} µs → ${(naivePerRow / oursPerRow).toFixed(1)}× faster`);
}

async function getApplications() {
  const db = join(dir, 'get.db');
  const store = await openStore({ file: db });
  await store.transaction((tx) =>
    tx.bulk.insert(
      LOCAL_OWNER_ID,
      Array.from({ length: 1000 }, (_, i) => ({
        application: applicationInputSchema.parse({ company: `Company ${i}`, role: 'Data Analyst', location: 'Chicago, IL' }),
        events: [
          { stage: 'applied' as const, date: '2026-10-01', reason: null },
          { stage: i % 3 === 0 ? ('round1' as const) : ('screen' as const), date: '2026-10-10', reason: null },
        ],
      })),
    ),
  );
  await store.close();
  const server = await startServerOn(db);
  const run = (path: string) => autocannon({ url: `${server.url}${path}`, connections: 4, duration: 8, headers: { host: new URL(server.url).host } });
  const list = await run('/api/applications');
  const floor = await run('/api/health');
  console.log(`GET /api/applications (1,000): p50 ${list.latency.p50} ms, p99 ${list.latency.p99} ms, ${list.requests.average.toFixed(0)} req/s; health route p50 ${floor.latency.p50} ms → list costs ${(list.latency.p50 / Math.max(floor.latency.p50, 0.5)).toFixed(1)}× the framework floor`);
  await server.stop();
  return db;
}

async function boardPaint(db: string) {
  if (!existsSync('apps/web/dist/index.html')) spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'apps/web', '--logLevel', 'warn'], { stdio: 'inherit' });
  const browser = await launchBrowser();
  const measure = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('board:painted').length > 0, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('board:painted')[0]!.startTime - performance.getEntriesByName('board:data')[0]!.startTime));
      await page.close();
    }
    return times.sort((a, b) => a - b)[2]!;
  };
  const big = await startServerOn(db);
  const ms1000 = await measure(big.url);
  await big.stop();
  const small = await startServer([], { demo: true });
  const ms40 = await measure(small.url);
  await small.stop();
  await browser.close();
  console.log(`board painted after the data arrived (median of 5): 1,000 applications ${ms1000.toFixed(0)} ms (target < 300 ms); demo (42) ${ms40.toFixed(0)} ms → ${(ms1000 / Math.max(ms40, 1)).toFixed(1)}×`);
}

async function startServerOn(db: string) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, '--data', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => child.stdout!.on('data', (d: Buffer) => { const m = /running at (\S+)/.exec(d.toString()); if (m) resolve(m[1]!); }));
  return { url, stop: async () => { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); } };
}

try {
  await importCsv();
  const db = await getApplications();
  await boardPaint(db);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
