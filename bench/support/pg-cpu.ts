/**
 * CPU time of a local PostgreSQL server, all its processes: the postmaster, its live children
 * (backends, autovacuum, the writers) and the children it has already reaped. Read from /proc, so
 * only for a server on this machine whose data directory this user may read; null otherwise. On a
 * server shared with other work (the test cluster) it counts that work too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

function stat(pid: number | string): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null;
  }
}

/** A function giving the server's CPU seconds so far, or null when it cannot be read here. */
export async function postgresCpu(url: string): Promise<(() => number) | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let dir: string;
  try {
    dir = String((await client.query<{ data_directory: string }>('show data_directory')).rows[0]!.data_directory);
  } catch {
    return null;
  } finally {
    await client.end();
  }
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  if (!stat(postmaster)) return null;
  return () => {
    // Fields after the command: state is 0, ppid 1, utime 11, stime 12, cutime 13, cstime 14 (clock ticks, 100 a second here).
    const own = stat(postmaster)!;
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const s = stat(entry);
      if (s && Number(s[1]) === postmaster) ticks += Number(s[11]) + Number(s[12]);
    }
    return ticks / 100;
  };
}
