/**
 * The social audit's server upload path under load: a large synthetic X archive (a few hundred MB:
 * tweets JSON plus stored "media") is written to /tmp, uploaded through the real server binary
 * (`secondround serve`) as one streamed request body, imported, scanned and stored; it prints the
 * time and the server process's peak RSS (VmHWM from /proc), once with Node's default heap and
 * once with `--max-old-space-size=96`, next to a baseline: the idle server after one tiny upload.
 * The import and the scan run in a worker thread with a SCAN_WORKER_HEAP_MB heap (issue 6: under
 * 256 MB throughout); before that worker, on the default 284 MB archive, the server peaked at
 * 333 MB (205 MB with the heap flag).
 *
 *   npx tsx bench/social-upload.bench.ts            (SOCIAL_UPLOAD_MB=400 by default)
 *
 * The archive is deleted afterwards; nothing is committed.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeZip } from '../packages/importers/src/social/fixtures';
import { settledJob } from '../tests/support/jobs';

const TOTAL_MB = Number(process.env.SOCIAL_UPLOAD_MB ?? 400);
const JSON_SHARE = 0.4;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const WORDS = 'the of and to a in is it you that was for on are with as they be at one have this from team meeting project launch customer happy proud excited thanks today week wtf so wasted hate my job'.split(' ');

async function writeArchive(path: string): Promise<void> {
  const rand = prng(7);
  const jsonBytes = TOTAL_MB * 1e6 * JSON_SHARE;
  const tweets = function* (): Generator<Buffer> {
    yield Buffer.from('window.YTD.tweets.part0 = [ ');
    let written = 0;
    let id = 1;
    while (written < jsonBytes) {
      const parts: string[] = [];
      for (let k = 0; k < 2000; k++) {
        const n = 8 + Math.floor(rand() * 30);
        const text = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
        parts.push(`${written === 0 && k === 0 ? '' : ','}{"tweet":{"id_str":"${id++}","created_at":"Wed Mar 22 07:41:49 +0000 2017","full_text":${JSON.stringify(text)}}}`);
      }
      const b = Buffer.from(parts.join(''));
      written += b.length;
      yield b;
    }
    yield Buffer.from(' ]');
  };
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = Math.floor(rand() * 256);
  const mediaMB = Math.round(TOTAL_MB * (1 - JSON_SHARE));
  const media = (mb: number) =>
    function* (): Generator<Buffer> {
      for (let i = 0; i < mb; i++) yield block;
    };
  const entries: Array<{ name: string; chunks: () => Iterable<Buffer>; method?: 0 | 8 }> = [{ name: 'data/tweets.js', chunks: tweets }];
  for (let m = 0; m < Math.ceil(mediaMB / 50); m++) entries.push({ name: `data/tweets_media/${m}.mp4`, chunks: media(Math.min(50, mediaMB - m * 50)), method: 0 });
  await writeLargeZip(path, entries);
}

function peakRssMB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function startServer(dataFile: string, nodeFlags: string[]): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [...nodeFlags, 'apps/cli/bin/secondround.js', '--data', dataFile, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function upload(url: string, path: string, name: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(`/api/social/audits?name=${encodeURIComponent(name)}`, url);
    const req = request(u, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': statSync(path).size } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

/** Follow the upload's job to its end (the upload answers 202 at once). */
function finished(url: string, res: { status: number; body: string }) {
  return settledJob((path) => fetch(new URL(path, url)), new Response(res.body, { status: res.status }), 30 * 60_000);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'social-upload-bench-'));
  try {
    const archive = join(dir, 'twitter-archive.zip');
    const tiny = join(dir, 'tiny.zip');
    const t0 = performance.now();
    await writeArchive(archive);
    await writeLargeZip(tiny, [{ name: 'data/tweets.js', chunks: () => [Buffer.from('window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"wtf"}}]')] }]);
    const size = statSync(archive).size;
    console.log(`archive: ${(size / 1e6).toFixed(0)} MB (${Math.round(TOTAL_MB * JSON_SHARE)} MB of tweets JSON, the rest stored media) written in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    for (const flags of [[], ['--max-old-space-size=96']]) {
      const label = flags.length ? `node ${flags.join(' ')}` : 'default heap';
      const base = await startServer(join(dir, `base-${flags.length}.db`), flags);
      await finished(base.url, await upload(base.url, tiny, 'tiny.zip'));
      const baseline = peakRssMB(base.pid);
      await base.stop();
      const server = await startServer(join(dir, `big-${flags.length}.db`), flags);
      const t = performance.now();
      const job = await finished(server.url, await upload(server.url, archive, 'twitter-archive.zip'));
      const ms = performance.now() - t;
      const peak = peakRssMB(server.pid);
      await server.stop();
      if (job.status !== 'done') throw new Error(`scan failed: ${JSON.stringify(job.error)}`);
      const r = job.result as { items: number; findingsCount: number };
      console.log(
        `API upload (${label}): ${(size / 1e6).toFixed(0)} MB in ${(ms / 1000).toFixed(1)} s (upload into the database + copy out + scan + store, as a job), ${r.items} items, ${r.findingsCount} findings; ` +
          `server peak RSS ${peak.toFixed(0)} MB vs ${baseline.toFixed(0)} MB for a tiny upload (ratio ${(peak / baseline).toFixed(2)})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
