#!/usr/bin/env node
// Drop the test databases (`sr_test_*`) on the test PostgreSQL server that are older than an hour
// (or `--hours N`): what runs that were killed before their clean-up left behind. No test run
// lasts that long, so a running one's databases are never touched. A database's age is the time
// its directory was made (pg_stat_file needs a superuser, as on the throwaway test server; without
// it nothing is dropped). At most four are dropped at a time.
import pg from 'pg';

const url = process.env.SECONDROUND_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
const i = process.argv.indexOf('--hours');
const hours = i > 0 ? Number(process.argv[i + 1]) : 1;
if (!(hours > 0)) throw new Error('--hours must be a positive number');

const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
await client.connect();
try {
  const { rows } = await client.query(
    `select datname from pg_database
      where datname ~ '^sr_test_[0-9a-f]+$'
        and (pg_stat_file('base/' || oid || '/PG_VERSION')).modification < now() - make_interval(secs => $1)`,
    [hours * 3600],
  );
  const left = rows.map((r) => r.datname);
  const total = left.length;
  let failed = 0;
  const worker = async () => {
    for (let name = left.shift(); name; name = left.shift()) {
      const c = new pg.Client({ connectionString: url });
      try {
        await c.connect();
        await c.query(`drop database if exists "${name}" with (force)`);
      } catch (e) {
        failed += 1;
        console.error(`could not drop ${name}: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await c.end().catch(() => undefined);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (total > 0) console.log(`dropped ${total - failed} test database(s) older than ${hours} h`);
} catch (e) {
  console.error(`stale test databases not checked: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  await client.end();
}
