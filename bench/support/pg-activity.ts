/**
 * Samples what a PostgreSQL server is doing, every `intervalMs`, into a tab-separated file, for
 * lining up slow requests with what the server did at that moment (scale bench, SCALE_TRACE):
 * each backend that is not idle (and each background worker: autovacuum, the checkpointer when
 * it works), with its wait event, how long its statement and transaction have run, and the start
 * of its statement; and every lock asked for and not yet granted.
 *
 *   node node_modules/tsx/dist/cli.mjs bench/support/pg-activity.ts URL OUT.tsv [INTERVAL_MS]
 *
 * Runs until it is sent SIGTERM. Runs in its own process so that its queries do not share the
 * load generator's event loop.
 */
import { createWriteStream } from 'node:fs';
import pg from 'pg';

const [url, out, every] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: pg-activity.ts URL OUT.tsv [INTERVAL_MS]');
  process.exit(1);
}
const intervalMs = Math.max(20, Number(every ?? 100) || 100);
const file = createWriteStream(out);
file.write('at\tkind\tpid\tapp\tbackend\tstate\twait_type\twait\tquery_ms\txact_ms\tquery\n');
const client = new pg.Client({ connectionString: url, application_name: 'scale-trace' });
await client.connect();

const ACTIVITY = `
  select pid, coalesce(application_name, '') as app, backend_type, coalesce(state, '') as state,
         coalesce(wait_event_type, '') as wait_type, coalesce(wait_event, '') as wait,
         coalesce(round(extract(epoch from clock_timestamp() - query_start) * 1000), -1) as query_ms,
         coalesce(round(extract(epoch from clock_timestamp() - xact_start) * 1000), -1) as xact_ms,
         left(regexp_replace(coalesce(query, ''), '\\s+', ' ', 'g'), 160) as query
    from pg_stat_activity
   where pid <> pg_backend_pid()
     and (state is distinct from 'idle' or wait_event_type = 'Lock')
     and (backend_type = 'client backend' or wait_event_type is distinct from 'Activity')`;
const WAITING_LOCKS = `
  select l.pid, l.locktype, l.mode, coalesce(c.relname, l.relation::text, '') as rel
    from pg_locks l left join pg_class c on c.oid = l.relation
   where not l.granted`;

let stopped = false;
process.on('SIGTERM', () => (stopped = true));
process.on('SIGINT', () => (stopped = true));
while (!stopped) {
  const t0 = Date.now();
  try {
    const [activity, locks] = [await client.query(ACTIVITY), await client.query(WAITING_LOCKS)];
    for (const r of activity.rows) file.write(`${t0}\tactivity\t${r.pid}\t${r.app}\t${r.backend_type}\t${r.state}\t${r.wait_type}\t${r.wait}\t${r.query_ms}\t${r.xact_ms}\t${String(r.query).replace(/\t/g, ' ')}\n`);
    for (const r of locks.rows) file.write(`${t0}\tlock-wait\t${r.pid}\t\t\t\t${r.locktype}\t${r.mode}\t\t\t${r.rel}\n`);
  } catch (e) {
    file.write(`${t0}\terror\t\t\t\t\t\t\t\t\t${(e as Error).message}\n`);
  }
  await new Promise((r) => setTimeout(r, Math.max(0, intervalMs - (Date.now() - t0))));
}
await client.end();
await new Promise((r) => file.end(r));
