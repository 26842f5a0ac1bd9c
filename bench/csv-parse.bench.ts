/**
 * Parsing share of `import csv` (issue 2: the whole import of 100,000 rows under 10 s and 300 MB).
 * Prints our streaming read (decode + papaparse chunks + mapping + validation into store-ready
 * items) in rows/s with peak RSS, against papaparse's plain non-streaming `Papa.parse(string)` of
 * the same file (no validation, no mapping), as a ratio.
 * Run: npx tsx bench/csv-parse.bench.ts [ROWS=100000]
 * Each side runs in its own child process so that peak RSS belongs to one side only.
 */
import { createReadStream, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { readTrackerCsv } from '../packages/importers/src/index';
import { makeTrackerCsv } from './data/make-csv';

interface Measure {
  side: string;
  rows: number;
  ms: number;
  peakRssMb: number;
  baseRssMb: number;
}

async function runSide(side: string, path: string): Promise<Measure> {
  const baseRssMb = process.memoryUsage().rss / 1e6;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  let rows = 0;
  if (side === 'ours') {
    const r = await readTrackerCsv(createReadStream(path));
    if (r.invalid.length > 0) throw new Error(`unexpected invalid rows: ${JSON.stringify(r.invalid.slice(0, 3))}`);
    rows = r.items.length;
  } else {
    const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true });
    rows = parsed.data.length - 1;
  }
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return { side, rows, ms, peakRssMb: peak / 1e6, baseRssMb };
}

const self = fileURLToPath(import.meta.url);
const [mode, arg1, arg2] = process.argv.slice(2);
if (mode === '--side') {
  console.log(JSON.stringify(await runSide(arg1!, arg2!)));
} else {
  const n = Number(mode ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'csv-bench-'));
  const file = join(dir, 'tracker.csv');
  try {
    await makeTrackerCsv(file, n, 42);
    const size = readFileSync(file).length;
    const run = (side: string): Measure =>
      JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, '--side', side, file], { encoding: 'utf8' }).trim().split('\n').pop()!);
    // Warm-up of the file cache, then one measured run per side.
    run('papa');
    const ours = run('ours');
    const papa = run('papa');
    const fmt = (m: Measure) =>
      `${m.side.padEnd(5)} ${m.rows} rows in ${m.ms.toFixed(0)} ms = ${Math.round((m.rows / m.ms) * 1000).toLocaleString('en')} rows/s, peak RSS ${m.peakRssMb.toFixed(0)} MB (process at start ${m.baseRssMb.toFixed(0)} MB)`;
    console.log(`file: ${n} rows, ${(size / 1e6).toFixed(1)} MB`);
    console.log(fmt(ours) + '  (streaming read + mapping + validation)');
    console.log(fmt(papa) + '  (Papa.parse(string), no validation)');
    console.log(`time ratio ours / Papa.parse(string): ${(ours.ms / papa.ms).toFixed(2)}x; peak RSS ratio: ${(ours.peakRssMb / papa.peakRssMb).toFixed(2)}x`);
    console.log(`share of the 10 s import budget used by parsing: ${((ours.ms / 10_000) * 100).toFixed(1)}%`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
