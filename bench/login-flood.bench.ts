/**
 * Wrong sign-ins while other people use the server (issue 13): the real server binary in hosted
 * mode on SQLite; three signed-in people read their board in a loop while 100 wrong sign-ins
 * arrive, 10 at a time, in three shapes: 100 e-mails from one address (the address limit answers
 * 429 after 30), against one account from 100 addresses (the account limit answers 429 after 5), and for 100
 * unknown e-mails from 100 addresses (no limit applies: each costs one argon2 verification, the
 * dummy one included). Prints the others' p50/p99 latency for each next to an idle baseline.
 * Addresses are simulated with X-Forwarded-For and SECONDROUND_TRUST_PROXY=1.
 *
 *   npx tsx bench/login-flood.bench.ts
 *
 * Seen on 2026-11-30 on 2 cores shared with other jobs (load average 25-31): idle p99 775 ms;
 * one address 30 answered 401 and 70 429 (p99 1.4 s); one account 5 and 95 (p99 3.1 s); 100
 * unknown e-mails from 100 addresses all 401 (p99 2.5 s). The load, not the app, dominated these
 * latencies, so the issue's 300 ms p99 target could not be judged on that machine.
 * Later the same day, back to back at load average 13-15, before and after argon2 ran one hash at
 * a time on 2 cores (services/limit.ts): idle p99 162 / 189 ms; one address p99 1,723 / 399 ms;
 * one account p99 968 / 496 ms; 100 unknown e-mails from 100 addresses p99 1,154 / 286 ms (that
 * flood now takes 33 s instead of 13 s: the guesser waits, not the others).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'login-flood-bench-'));

async function startServer(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['apps/cli/bin/secondround.js', '--data', join(dir, 'db.sqlite'), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: '', SECONDROUND_MODE: 'hosted', SECONDROUND_TRUST_PROXY: '1' } });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = /running at (http:\/\/\S+)/.exec(d.toString());
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url, ...headers }, body: JSON.stringify(body) });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

/** Three people reading their board until `until` resolves; their request latencies in ms. */
async function others(url: string, cookies: string[], until: Promise<unknown>): Promise<number[]> {
  let isDone = false;
  void until.then(() => (isDone = true));
  const times: number[] = [];
  await Promise.all(
    cookies.map(async (cookie) => {
      while (!isDone) {
        const t = performance.now();
        const res = await fetch(`${url}/api/applications`, { headers: { Cookie: cookie } });
        await res.arrayBuffer();
        times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

async function flood(url: string, attempt: (i: number) => { email: string; address: string }): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < 100) {
        const i = next++;
        const { email, address } = attempt(i);
        const res = await post(url, '/api/auth/login', { email, password: 'not the password' }, { 'X-Forwarded-For': address });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        await res.arrayBuffer();
      }
    }),
  );
  return statuses;
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const cookies: string[] = [];
    for (const name of ['ana', 'ben', 'cy', 'victim']) {
      const res = await post(server.url, '/api/auth/signup', { email: `${name}@example.com`, password: 'a long enough password' }, { 'X-Forwarded-For': `192.0.2.${cookies.length + 1}` });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      if (name !== 'victim') {
        for (let i = 0; i < 30; i++) await post(server.url, '/api/applications', { company: `Company ${i}`, role: 'Analyst' }, { Cookie: cookie });
        cookies.push(cookie);
      }
    }
    const idle = await others(server.url, cookies, new Promise((r) => setTimeout(r, 5000)));
    const rows: Array<[string, number[], Record<number, number>, number]> = [['idle (no sign-ins)', idle, {}, 0]];
    const shapes: Array<[string, (i: number) => { email: string; address: string }]> = [
      ['100 unknown e-mails, one address', (i) => ({ email: `guess${i}@example.com`, address: '198.51.100.1' })],
      ['100 wrong, one account, 100 addresses', (i) => ({ email: 'victim@example.com', address: `203.0.113.${i + 1}` })],
      ['100 unknown e-mails, 100 addresses', (i) => ({ email: `nobody${i}@example.com`, address: `198.51.100.${i + 100}` })],
    ];
    for (const [name, attempt] of shapes) {
      const t = performance.now();
      const attack = flood(server.url, attempt);
      const times = await others(server.url, cookies, attack);
      rows.push([name, times, await attack, performance.now() - t]);
    }
    console.log('others reading their board (3 people, 30 applications each) while sign-ins arrive:');
    for (const [name, times, statuses, ms] of rows) {
      console.log(`  ${name.padEnd(40)} requests ${String(times.length).padStart(5)}  p50 ${pct(times, 50).toFixed(0).padStart(4)} ms  p99 ${pct(times, 99).toFixed(0).padStart(4)} ms${ms ? `  flood took ${(ms / 1000).toFixed(1)} s, answers ${JSON.stringify(statuses)}` : ''}`);
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
