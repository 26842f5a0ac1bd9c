/**
 * The board's list read, old against new, interleaved in one process so a busy machine weighs on
 * both alike (issue 14): `listPage` then `JSON.stringify` (the objects the route built before)
 * against `listPageJson` (the page's JSON text, what the route sends now). Per read: this
 * process's CPU and the PostgreSQL backend's CPU (from /proc), unfiltered and `?status=open`.
 * The two answers are compared byte for byte before timing.
 *
 *   LIST_AB_DB=postgres://…/db LIST_AB_PERSON=big@example.com npx tsx bench/list-read-ab.bench.ts [rounds]
 *
 * LIST_AB_DB: a database kept by the scale or request-cost bench (SCALE_KEEP=1 / REQUEST_COST_KEEP=1).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { openStore } from '@secondround/store';

const url = process.env.LIST_AB_DB;
if (!url) throw new Error('LIST_AB_DB: a kept database with a seeded person');
const ROUNDS = Number(process.argv[2] ?? 30);
const PER = Number(process.env.LIST_AB_PER ?? 5);
const store = await openStore({ databaseUrl: url, poolSize: 1 });
const user = await store.users.findByEmail(process.env.LIST_AB_PERSON ?? 'big@example.com');
if (!user) throw new Error('no such person');
const backend = Number(((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db)).rows[0]!).pid);
const cpuOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / 100) * 1000;
};
const now = new Date();
type Read = () => Promise<string>;
const reads: Array<[string, Read]> = [];
for (const status of [undefined, 'open'] as const) {
  const page = { limit: 500, status };
  reads.push([`objects + JSON.stringify${status ? ` (${status})` : ''}`, async () => JSON.stringify(await store.applications.listPage(user.id, page, now))]);
  reads.push([`JSON text${status ? ` (${status})` : ''}`, () => store.applications.listPageJson(user.id, page, now)]);
}
for (let i = 0; i < reads.length; i += 2) {
  if ((await reads[i]![1]()) !== (await reads[i + 1]![1]())) throw new Error(`${reads[i]![0]}: the two reads differ`);
}
for (const [, read] of reads) for (let i = 0; i < 10; i++) await read();
const app = reads.map(() => 0);
const pg = reads.map(() => 0);
for (let r = 0; r < ROUNDS; r++) {
  for (const [k, [, read]] of reads.entries()) {
    const c0 = process.cpuUsage();
    const p0 = cpuOf(backend);
    for (let i = 0; i < PER; i++) await read();
    const c = process.cpuUsage(c0);
    app[k]! += (c.user + c.system) / 1000;
    pg[k]! += cpuOf(backend) - p0;
  }
}
console.log(`${ROUNDS * PER} reads each, interleaved; load average ${loadavg()[0]!.toFixed(1)}`);
console.log('read | app CPU ms/read | PostgreSQL CPU ms/read');
for (const [k, [name]] of reads.entries()) console.log(`${name} | ${(app[k]! / ROUNDS / PER).toFixed(2)} | ${(pg[k]! / ROUNDS / PER).toFixed(2)}`);
await store.close();
