/**
 * Everyone else's latency while one account attacks (issue 13): the real server binary in hosted
 * mode on loopback; five ordinary people hit the board, an application and Today (autocannon),
 * first alone, then while an attacker sends hostile 4 MB backups (1.4 million `{}`), zips of
 * overlapping entries and 100 wrong logins. Prints the ordinary people's p50/p99 for both runs and
 * their ratio. Target: p99 under 300 ms during the attack.
 *
 *   npx tsx bench/hostile.bench.ts           (HOSTILE_SECONDS=15 per run)
 *
 * Measured on 2026-11-30 on a 2-core machine shared with seven other builds (load average 20-26):
 * p50 543 ms / p99 3,340 ms alone, p50 340 ms / p99 1,014 ms under attack (ratio 0.63 / 0.30);
 * the hostile backup got its 422, the zip its 413, every wrong login its 401, and no ordinary
 * request failed. The 300 ms target was missed alone as much as under attack on that machine.
 * Again at load average 15-18 (HOSTILE_SECONDS=10), before argon2 was limited to one hash at a
 * time: p50 199 ms / p99 467 ms alone, p50 265 ms / p99 1,060 ms under attack.
 * Since scans became background jobs the zip is answered 202 and its job fails with ZIP_BOMB (or
 * the upload is refused 429 while the person's one scan runs); not measured again since.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { settledJob } from '../tests/support/jobs';

const SECONDS = Number(process.env.HOSTILE_SECONDS ?? 15);

async function startServer(dataFile: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['apps/cli/bin/secondround.js', '--data', dataFile, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '', SECONDROUND_MODE: 'hosted' } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!.replace(/\/$/, ''));
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function signup(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/signup`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url }, body: JSON.stringify({ email, password: 'correct horse battery staple' }) });
  if (res.status !== 201) throw new Error(`signup ${email}: ${res.status} ${await res.text()}`);
  return /sr_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

async function seed(url: string, cookie: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const res = await fetch(`${url}/api/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url, Cookie: `sr_session=${cookie}` }, body: JSON.stringify({ company: `Company ${i}`, role: 'Data Analyst', stage: 'applied', stageDate: '2026-11-01', notes: 'x'.repeat(500) }) });
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}

/** A zip whose central directory lists many entries that all point at one local entry's bytes. */
async function overlappingZip(copies: number): Promise<Buffer> {
  const { crc32, deflateRawSync } = await import('node:zlib');
  const data = Buffer.from(`window.YTD.tweets.part0 = [${'{"tweet":{"id_str":"1","full_text":"wtf"}},'.repeat(20_000)}{}]`);
  const body = deflateRawSync(data);
  const name = Buffer.from('data/tweets.js');
  const crc = crc32(data) >>> 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const head = Buffer.concat([local, name, body]);
  const central: Buffer[] = [];
  for (let i = 0; i < copies; i++) {
    const n = Buffer.from(`data/tweets-part${i}.js`);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(0x031e, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(8, 10);
    h.writeUInt32LE(crc, 16);
    h.writeUInt32LE(body.length, 20);
    h.writeUInt32LE(data.length, 24);
    h.writeUInt16LE(n.length, 28);
    h.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.push(h, n);
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(copies, 8);
  end.writeUInt16LE(copies, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(head.length, 16);
  return Buffer.concat([head, cd, end]);
}

type Result = Awaited<ReturnType<typeof autocannon>>;

function load(url: string, people: Array<{ cookie: string; ids: string[] }>): Promise<Result> {
  const requests = people.flatMap((p) => [
    { method: 'GET' as const, path: '/api/applications', headers: { Cookie: `sr_session=${p.cookie}` } },
    { method: 'GET' as const, path: `/api/applications/${p.ids[3]}`, headers: { Cookie: `sr_session=${p.cookie}` } },
    { method: 'GET' as const, path: '/api/today', headers: { Cookie: `sr_session=${p.cookie}` } },
  ]);
  // Each connection walks the list in turn, so every person's three routes are hit alike.
  return autocannon({ url, connections: 10, duration: SECONDS, requests });
}

async function attack(url: string, cookie: string, until: () => boolean): Promise<Record<string, Record<number, number>>> {
  const seen: Record<string, Record<number | string, number>> = { backup: {}, zip: {}, login: {} };
  const count = (kind: string, status: number | string) => (seen[kind]![status] = (seen[kind]![status] ?? 0) + 1);
  const hostileBackup = `{"format":"secondround-backup","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","applications":[${new Array(1_400_000).fill('{}').join(',')}]}`;
  const zip = await overlappingZip(2_000);
  const headers = { Origin: url, Cookie: `sr_session=${cookie}` };
  const backups = (async () => {
    while (!until()) count('backup', (await fetch(`${url}/api/backup`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: hostileBackup })).status);
  })();
  const zips = (async () => {
    while (!until()) {
      const res = await fetch(`${url}/api/social/audits?name=x.zip`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(zip) });
      count('zip', res.status);
      // Accepted, the zip is refused by its scan job: counted by the job's error code.
      if (res.status === 202) {
        const job = await settledJob((path) => fetch(`${url}${path}`, { headers }), res);
        count('zip', job.error?.code ?? job.status);
      }
    }
  })();
  const logins = (async () => {
    for (let i = 0; i < 100 && !until(); i++) {
      count('login', (await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url }, body: JSON.stringify({ email: 'person0@example.com', password: `a wrong password, try ${i}` }) })).status);
    }
  })();
  await Promise.all([backups, zips, logins]);
  return seen;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-bench-'));
  const server = await startServer(join(dir, 'hostile.db'));
  try {
    const people = [];
    for (let i = 0; i < 5; i++) {
      const cookie = await signup(server.url, `person${i}@example.com`);
      people.push({ cookie, ids: await seed(server.url, cookie) });
    }
    const attacker = await signup(server.url, 'attacker@example.com');
    const calm = await load(server.url, people);
    let isOver = false;
    const attacking = attack(server.url, attacker, () => isOver);
    const underAttack = await load(server.url, people);
    isOver = true;
    const seen = await attacking;
    const line = (label: string, r: Result) => `${label}: ${r.requests.total} requests, p50 ${ms(r.latency.p50)}, p99 ${ms(r.latency.p99)}, errors ${r.errors}, non-2xx ${r.non2xx}`;
    console.log(line('ordinary people, alone        ', calm));
    console.log(line('ordinary people, under attack ', underAttack));
    console.log(`ratio under attack / alone: p50 ${(underAttack.latency.p50 / Math.max(1, calm.latency.p50)).toFixed(2)}, p99 ${(underAttack.latency.p99 / Math.max(1, calm.latency.p99)).toFixed(2)}`);
    console.log(`attacker's answers (status: count): backups ${JSON.stringify(seen.backup)}, overlapping zips ${JSON.stringify(seen.zip)}, wrong logins ${JSON.stringify(seen.login)}`);
    console.log(`target: p99 under attack below 300 ms: ${underAttack.latency.p99 < 300 ? 'met' : 'MISSED'}`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
