/**
 * What one API request costs, judged by CPU and by queries rather than by wall clock (issue 14):
 * the app runs in this process (hosted mode, PostgreSQL, a pool of one connection), and each
 * route is called N times in a row. Per request it prints the app's CPU time, the CPU time of the
 * PostgreSQL backend that served it (from /proc), the number of queries and the rows they
 * returned. On a machine shared with other work these figures move far less than latencies do.
 *
 *   SECONDROUND_TEST_PG_URL=postgres://postgres@127.0.0.1:54329/postgres npx tsx bench/request-cost.bench.ts [N]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/request-cost.bench.ts   (a V8 profile of the same run)
 *
 * Measured on 2026-11-30 (2 cores, load average 10-19), app CPU / PostgreSQL CPU per request, 1,050 applications:
 * - list, page of 500: before 42.1 / 10.1 ms (4 queries, 1,579 rows); after 20.5-26.6 / 5.3-6.8 ms (4 queries, 1,579 rows)
 * - `?status=open`: before 83.4 / 31.5 ms (10 queries, 5,051 rows); after 13.2-18.6 / 11.0-15.2 ms (4 queries, 1,001 rows)
 * - detail: 5.4-9.9 / 2.6-4.3 ms, 7 queries, now in two round trips; health (session only): 2.6 / 0.5 ms, 1 query
 * - Today: 44-60 / 12-14 ms, 9 queries, 4,402 rows: not changed
 * Measured again at 14:30-14:47 (load average 13-28; old and new code run back to back on one kept database):
 * - list, page of 500: 21.4 / 6.8 ms, 4 queries, 1,579 rows -> 15.3 / 11.1 ms, 2 queries, 502 rows (steps folded
 *   into each row as JSON, no camel-case copy: app CPU -28%, PostgreSQL's +4 ms, the sum -6%)
 * - `?status=open`: 12.3 / 10.0 -> 13.4 / 14.9 ms, 2 queries, 326 rows: no gain (the closed-or-not rule dominates)
 * - Today: 51.3 / 12.9 ms, 9 queries, 4,402 rows -> 29-32 / 15.7-15.8 ms, 8 queries, 1,627 rows (only the
 *   applications Today can speak of, a step per row beside its application; each stage derived once)
 * - fast-json-stringify 6.3 / 7.3 on a real 500-row page: 0.8-1.5 ms against JSON.stringify's 0.9-1.3 ms: no gain, not added
 * Measured again at 16:55-17:40 (load average 12-18) on the scale bench's kept database (1 person with 1,050
 * applications and 200 with 42; REQUEST_COST_DB=… REQUEST_COST_PERSON=p7@example.com, analysed):
 * - Today for a person with 42 applications: 11.3 / 32.9 ms -> 11.5-14 / 6.1-6.3 ms (its subqueries hashed every
 *   person's rows; now the person's own, by the owner index). The big person's Today: 28 / 38 -> 34-38 / 16.5-24 ms.
 * - the rest for 42 applications, unchanged: health 2.2 / 0.6, list 6.0 / 3.2, `?status=open` 4.9 / 3.6,
 *   detail 7.9 / 3.1 (7 queries), PATCH 5.3 / 1.6 ms.
 * - a new, not yet analysed database, the big person, after: Today 35 / 116 ms (177-210 before), `?status=open`
 *   16 / 144 ms (unchanged): a restore and a spreadsheet import now analyse what they filled (`Store.analyzeWritten`).
 * Measured on 2026-12-01 02:37-03:10 (own PostgreSQL, 1,050 applications, analysed, load average 2.4-10), app / PostgreSQL CPU:
 * - list, page of 500: 15.3 / 11.7 ms before; 11.4 / 10.6 with the page as JSON text; 9.2 / 7.4 with steps as separated
 *   text (load 8). `?status=open`: 11.8 / 13.9 before; 7.6 / 11.2, then 8.8 / 9.7. Health 1.4 / 0.4 -> 0.9 / 0.2-0.4 ms.
 * - These move with the load; bench/list-read-ab.bench.ts runs old and new reads interleaved in one process (store
 *   only, no HTTP): app 8.7-11.0 -> 8.2-8.5 ms, PostgreSQL 9.1-9.5 -> 9.8-9.9 ms (row_to_json costs PostgreSQL a
 *   little); open: app 6.6-6.8 -> 5.6-6.3, PostgreSQL 17.6-17.9 -> 15.3-16.3 ms.
 * - `--max-semi-space-size=32`: no change in app CPU (9.4 / 9.1 / 9.2 / 9.1 ms alternating with the default): not added.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { openStore } from '@secondround/store';
import { createApp } from '../apps/server/src/app';
import { createTempDatabase } from '../tests/support/pg';
import { seedPerson } from './support/scale-seed';

const N = Number(process.argv[2] ?? 200);
const NOW = new Date();

let queries = 0;
let rows = 0;
type Query = (...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;
proto.query = function (this: unknown, ...args: unknown[]) {
  queries++;
  const r = original.apply(this, args);
  if (r && typeof (r as Promise<unknown>).then === 'function') void (r as Promise<{ rowCount?: number | null; rows?: unknown[] }>).then((res) => (rows += res?.rows?.length ?? 0), () => undefined);
  return r;
};

function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / 100) * 1000;
}

// REQUEST_COST_DB: a database an earlier run kept (REQUEST_COST_KEEP=1), so a profile needs no new seed.
const given = process.env.REQUEST_COST_DB;
const db = given ? { url: given, drop: async () => undefined } : await createTempDatabase();
const seedStore = await openStore({ databaseUrl: db.url, poolSize: 4 });
// REQUEST_COST_PERSON: whose requests, in a kept database (the scale bench's people are p0@example.com…, 42 applications each).
const existing = given ? await seedStore.users.findByEmail(process.env.REQUEST_COST_PERSON ?? 'big@example.com') : null;
const big = existing
  ? { cookie: `sr_session=${(await seedStore.users.createSession(existing.id)).token}`, ids: (await seedStore.applications.list(existing.id)).map((a) => a.id).sort() }
  : await seedPerson(seedStore, 'big@example.com', 25, NOW);
await seedStore.close();
if (process.env.REQUEST_COST_KEEP === '1') console.log(`database kept: REQUEST_COST_DB=${db.url}`);

const store = await openStore({ databaseUrl: db.url, poolSize: 1 });
const backend = Number(((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db)).rows[0]!).pid);
const app = createApp({ store, mode: 'hosted', version: 'bench' });
const origin = 'http://localhost';
const cases: Array<[string, () => Response | Promise<Response>]> = [
  ['GET /api/health (session read only)', () => app.request(`${origin}/api/health`, { headers: { Cookie: big.cookie } })],
  ['GET /api/applications (page of 500)', () => app.request(`${origin}/api/applications`, { headers: { Cookie: big.cookie } })],
  ['GET /api/applications?status=open', () => app.request(`${origin}/api/applications?status=open`, { headers: { Cookie: big.cookie } })],
  ['GET /api/applications/{id}', () => app.request(`${origin}/api/applications/${big.ids[3]}`, { headers: { Cookie: big.cookie } })],
  ['GET /api/today', () => app.request(`${origin}/api/today`, { headers: { Cookie: big.cookie } })],
  ['PATCH /api/applications/{id}', () => app.request(`${origin}/api/applications/${big.ids[5]}`, { method: 'PATCH', body: JSON.stringify({ notes: `Called back ${Date.now()}` }), headers: { Cookie: big.cookie, Origin: origin, 'Content-Type': 'application/json' } })],
];

console.log(`${big.ids.length} applications, ${N} requests per route, load average ${loadavg()[0]!.toFixed(1)}`);
console.log('route | app CPU ms/req | PostgreSQL CPU ms/req | queries/req | rows/req | bytes');
try {
  for (const [name, call] of cases) {
    if (process.env.REQUEST_COST_ONLY && !name.includes(process.env.REQUEST_COST_ONLY)) continue;
    for (let i = 0; i < 20; i++) await (await call()).arrayBuffer(); // warm-up
    const q0 = queries;
    const r0 = rows;
    const pg0 = cpuOf(backend);
    const c0 = process.cpuUsage();
    let bytes = 0;
    for (let i = 0; i < N; i++) {
      const res = await call();
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${await res.text()}`);
      bytes = (await res.arrayBuffer()).byteLength;
    }
    const c = process.cpuUsage(c0);
    const pgMs = cpuOf(backend) - pg0;
    console.log(`${name} | ${((c.user + c.system) / 1000 / N).toFixed(2)} | ${(pgMs / N).toFixed(2)} | ${((queries - q0) / N).toFixed(1)} | ${((rows - r0) / N).toFixed(0)} | ${bytes}`);
  }
} finally {
  await store.close();
  if (process.env.REQUEST_COST_KEEP !== '1') await db.drop();
}
