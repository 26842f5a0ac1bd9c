import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { settledJob } from '../support/jobs';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../support/pg';

/** One `secondround serve` process in hosted mode on the shared database; its log lines are kept. */
interface Proc {
  url: string;
  child: ChildProcess;
  log: string[];
}

function startProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<Proc> {
  const child = spawn(process.execPath, ['apps/cli/bin/secondround.js', 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: databaseUrl, SECONDROUND_LOG_LEVEL: 'info', SECONDROUND_TRUST_PROXY: '', ...env },
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      log.push(...d.toString().split('\n').filter((l) => l.startsWith('{')));
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, log });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

function stop(p: Proc | undefined): Promise<number | null> {
  if (!p || p.child.exitCode !== null) return Promise.resolve(p?.child.exitCode ?? null);
  const exited = new Promise<number | null>((r) => p.child.once('exit', (code) => r(code)));
  p.child.kill('SIGTERM');
  return exited;
}

const post = (p: Proc, path: string, body: unknown, cookie = '') =>
  fetch(`${p.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: p.url, ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) });
const get = (p: Proc, path: string, cookie: string) => fetch(`${p.url}${path}`, { headers: { Cookie: cookie } });

/**
 * Two app processes on one PostgreSQL, as behind a load balancer: both start at once on an empty
 * database (one migrates, the other waits), and what one process knows of a person the other
 * knows too, because sessions and sign-in limits live in the database. Process A runs no job
 * workers (SECONDROUND_WORKERS=0): the jobs it queues are run by B, through pg-boss.
 */
describe.skipIf(pgSkipped)('two app processes on one PostgreSQL', () => {
  let db: TempDatabase;
  let a: Proc | undefined;
  let b: Proc | undefined;

  beforeAll(async () => {
    db = await createTempDatabase();
    [a, b] = await Promise.all([startProcess(db.url, { SECONDROUND_WORKERS: '0' }), startProcess(db.url)]);
  });
  afterAll(async () => {
    try {
      await Promise.all([stop(a), stop(b)]);
    } finally {
      await db?.drop();
    }
  });

  it('shares a session: signed up on one, signed in on the other, and the same records on both', async () => {
    const signup = await post(a!, '/api/auth/signup', { email: 'ana@example.com', password: 'correct horse battery' });
    expect(signup.status).toBe(201);
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await get(b!, '/api/auth/me', cookie)).status).toBe(200);
    expect((await post(b!, '/api/applications', { company: 'Northwind', role: 'Analyst' }, cookie)).status).toBe(201);
    const list = (await (await get(a!, '/api/applications', cookie)).json()) as { applications: Array<{ company: string }> };
    expect(list.applications.map((i) => i.company)).toEqual(['Northwind']);
    // Signing out on one ends the session on both.
    expect((await post(b!, '/api/auth/logout', {}, cookie)).status).toBeLessThan(300);
    expect((await get(a!, '/api/auth/me', cookie)).status).toBe(401);
  });

  it('shares the sign-in limit: five wrong passwords on one lock the account on the other', async () => {
    expect((await post(a!, '/api/auth/signup', { email: 'ben@example.com', password: 'bens long password' })).status).toBe(201);
    for (let i = 0; i < 5; i++) expect((await post(a!, '/api/auth/login', { email: 'ben@example.com', password: `wrong ${i} password` })).status).toBe(401);
    const locked = await post(b!, '/api/auth/login', { email: 'ben@example.com', password: 'bens long password' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('logs each request as one JSON line with its id, on the process that answered', async () => {
    const res = await fetch(`${b!.url}/api/ready`);
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id')!;
    await new Promise((r) => setTimeout(r, 200));
    const line = b!.log.map((l) => JSON.parse(l) as { reqId?: string; route?: string }).find((e) => e.reqId === id);
    expect(line?.route).toBe('/api/ready');
    expect(a!.log.some((l) => l.includes(id))).toBe(false);
    expect(b!.log.join('\n')).not.toContain('ana@example.com');
  });

  it('runs a job queued on one process in the other: reminders turned on through A are looked at by B', async () => {
    const signup = await post(a!, '/api/auth/signup', { email: 'cleo@example.com', password: 'cleos long password' });
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const me = (await (await get(a!, '/api/auth/me', cookie)).json()) as { id: string };
    const jobLines = (p: Proc) => p.log.map((l) => JSON.parse(l) as { job?: string; msg?: string; queue?: string }).filter((e) => e.job === 'reminders-owner');
    const before = jobLines(b!).length;
    // A digest from midnight on, with nothing due: the job claims today's digest and sends no mail.
    const patch = await fetch(`${a!.url}/api/settings`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Origin: a!.url, Cookie: cookie }, body: JSON.stringify({ digest: { enabled: true, hour: 0, thankYouReminders: false } }) });
    expect(patch.status).toBe(200);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await vi.waitFor(async () => {
        const { rows } = await client.query<{ key: string; sent_at: string | null }>('select key, sent_at from reminders_sent where owner_id = $1', [me.id]);
        expect(rows).toEqual([{ key: `digest:${new Date().toISOString().slice(0, 10)}`, sent_at: null }]);
      }, { timeout: 30_000, interval: 250 });
      // The job went through pg-boss's tables, and B ran it: A has no workers and logged no job.
      const { rows: jobs } = await client.query<{ state: string }>("select state from pgboss.job where name = 'reminders-owner' and data->>'ownerId' = $1", [me.id]);
      expect(jobs.length).toBeGreaterThan(0);
      await vi.waitFor(() => expect(jobLines(b!).length).toBeGreaterThan(before), { timeout: 10_000, interval: 100 });
      expect(jobLines(b!).at(-1)).toMatchObject({ msg: 'job done', queue: 'pg-boss' });
      expect(a!.log.some((l) => l.includes('"job"'))).toBe(false);
      // No personal data in the job's log line: not the person's id.
      expect(b!.log.filter((l) => l.includes('"job"')).join('\n')).not.toContain(me.id);
    } finally {
      await client.end();
    }
  });

  it('imports a spreadsheet uploaded through A in B, and scans an export the same way; A reads the results', async () => {
    const signup = await post(a!, '/api/auth/signup', { email: 'dara@example.com', password: 'daras long password' });
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const upload = (path: string, type: string, body: string) => fetch(`${a!.url}${path}`, { method: 'POST', headers: { 'Content-Type': type, Origin: a!.url, Cookie: cookie }, body });
    const jobDone = (p: Proc, kind: string) => p.log.map((l) => JSON.parse(l) as { job?: string; msg?: string; queue?: string }).filter((e) => e.job === kind && e.msg === 'job done');

    const csv = 'company,role,applied_on,stage_reached,outcome\nContoso,Analyst,2026-10-01,round1,rejected\nFabrikam,Data Engineer,2026-10-03,applied,open\n';
    const imported = await settledJob((path) => get(a!, path, cookie), await upload('/api/import/csv?today=2026-11-30', 'text/csv', csv));
    expect(imported).toMatchObject({ kind: 'import-spreadsheet', status: 'done', result: { imported: 2, blocked: false } });
    const list = (await (await get(a!, '/api/applications', cookie)).json()) as { applications: Array<{ company: string }> };
    expect(list.applications.map((i) => i.company).sort()).toEqual(['Contoso', 'Fabrikam']);

    const tweets = 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"wtf is this meeting","created_at":"Wed Mar 22 07:41:49 +0000 2017"}}]';
    const scanned = await settledJob((path) => get(a!, path, cookie), await upload('/api/social/audits?name=tweets.js', 'application/octet-stream', tweets));
    expect(scanned).toMatchObject({ kind: 'social-scan', status: 'done', result: { audit: { platform: 'x', status: 'done' }, findingsCount: 1 } });
    const summary = (await (await get(a!, '/api/social/summary', cookie)).json()) as { scanned: boolean; open: number };
    expect(summary).toMatchObject({ scanned: true, open: 1 });

    // Both went through pg-boss and ran in B (A has no workers); the uploads' bytes are gone.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>("select name from pgboss.job where data->>'jobId' = any($1) order by name", [[imported.id, scanned.id]]);
      expect(rows.map((r) => r.name)).toEqual(['import-spreadsheet', 'social-scan']);
      const { rows: chunks } = await client.query('select job_id from job_upload_chunks where job_id = any($1)', [[imported.id, scanned.id]]);
      expect(chunks).toEqual([]);
    } finally {
      await client.end();
    }
    await vi.waitFor(() => expect(jobDone(b!, 'social-scan').length).toBeGreaterThan(0), { timeout: 10_000, interval: 100 });
    expect(jobDone(b!, 'import-spreadsheet').length).toBeGreaterThan(0);
    expect(a!.log.some((l) => l.includes('"job"'))).toBe(false);
    // The job's status is its owner's only, on either process.
    const other = await post(b!, '/api/auth/signup', { email: 'eli@example.com', password: 'elis long password' });
    const otherCookie = (other.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await get(b!, `/api/jobs/${imported.id}`, otherCookie)).status).toBe(404);
    expect((await get(b!, `/api/jobs/${imported.id}`, cookie)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await stop(a)).toBe(0);
    expect((await fetch(`${b!.url}/api/health`)).status).toBe(200);
  });
});
