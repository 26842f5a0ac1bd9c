/**
 * Restoring a large backup (issue 13: a 1 GB backup restores under 256 MB of memory, all or
 * nothing). Writes a synthetic backup of BACKUP_MB (default 1024) to /tmp: applications with long
 * listing texts and their stage events. Then runs the real `secondround import FILE` into a fresh
 * SQLite file and prints the time and the process's peak RSS (VmHWM from /proc), next to the
 * peak of restoring a tiny backup (the CLI's own baseline).
 *
 *   npx tsx bench/backup-restore.bench.ts         (BACKUP_MB=1024)
 *
 * Everything is deleted afterwards; nothing is committed.
 *
 * Measured on 2026-11-30 (a loaded 2-core machine): 1,022 MB, 10,535 applications restored in
 * 460 s at a peak of 334 MB, against 178 MB for the CLI restoring a tiny backup; with 500-row
 * batches of 100 KB listings the peak was 685 MB, hence batches that close at 4 M characters.
 * Then (load average 21–23): with the check pass handing on each long record at once and write
 * batches of 1 M characters, the same 1,022 MB restored in 107 s at a peak of 169 MB, against
 * 97 MB for the tiny backup: the 256 MB target is met. The rows a 4 M-character batch held were
 * promoted to V8's old generation and waited there for a full collection (see
 * apps/server/src/services/backup-restore.ts).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const TARGET_MB = Number(process.env.BACKUP_MB ?? 1024);
const T = '2026-01-01T00:00:00.000Z';

async function writeBackup(path: string, mb: number): Promise<number> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const listing = 'Requirements: 3+ years of SQL, dashboards in Tableau, clear writing. '.repeat(1_400); // ~100 KB
  const count = Math.max(1, Math.round((mb * 1e6) / (listing.length + 600)));
  await write(`{"format":"secondround-backup","version":1,"exportedAt":"${T}","applications":[`);
  for (let i = 0; i < count; i++) {
    await write(`${i ? ',' : ''}${JSON.stringify({ id: `a${i}`, company: `Company ${i}`, role: 'Data Analyst', listingText: listing, listingUrl: 'https://example.com/job', source: null, location: 'Chicago', workplace: 'hybrid', salaryMin: null, salaryMax: null, salaryCurrency: null, notes: null, createdAt: T, updatedAt: T })}`);
  }
  await write('],"stageEvents":[');
  for (let i = 0; i < count; i++) await write(`${i ? ',' : ''}${JSON.stringify({ id: `e${i}`, applicationId: `a${i}`, stage: 'applied', date: '2026-01-02', reason: null, createdAt: T })}`);
  await write('],"interviews":[],"interviewers":[],"contacts":[]}');
  out.end();
  await once(out, 'close');
  return count;
}

async function restore(dataFile: string, backup: string): Promise<{ ms: number; peakMb: number; out: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['apps/cli/bin/secondround.js', '--data', dataFile, 'import', backup, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  let peak = 0;
  // VmHWM is the high-water mark; read it until the process is gone.
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      /* exited */
    }
  }, 20);
  const [code] = (await once(child, 'exit')) as [number];
  clearInterval(timer);
  if (code !== 0) throw new Error(`import failed (${code}): ${out.slice(0, 500)}`);
  return { ms: performance.now() - t0, peakMb: peak, out: out.trim() };
}

const dir = mkdtempSync(join(tmpdir(), 'backup-restore-bench-'));
try {
  const tiny = join(dir, 'tiny.json');
  await writeBackup(tiny, 0.001);
  const big = join(dir, 'big.json');
  const t0 = performance.now();
  const apps = await writeBackup(big, TARGET_MB);
  console.log(`backup: ${(statSync(big).size / 1e6).toFixed(0)} MB, ${apps} applications with ~100 KB listings, written in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const base = await restore(join(dir, 'tiny.db'), tiny);
  const r = await restore(join(dir, 'big.db'), big);
  console.log(`secondround import (tiny backup): peak RSS ${base.peakMb.toFixed(0)} MB in ${(base.ms / 1000).toFixed(1)} s`);
  console.log(`secondround import (${(statSync(big).size / 1e6).toFixed(0)} MB backup): peak RSS ${r.peakMb.toFixed(0)} MB in ${(r.ms / 1000).toFixed(1)} s -> ${r.out}`);
  console.log(`target: under 256 MB: ${r.peakMb < 256 ? 'met' : 'MISSED'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
