import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { Dialect } from './db';

/** An owner id no account can have (ids are random UUIDs): the warm-up reads find nothing. */
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Open every connection of the pool at once and run the hot reads (the board's page, an
 * application, Today) on each, for an owner who has nothing. A just-started PostgreSQL pool opens
 * its connections on demand: the first requests after a start each pay a connection's start-up and
 * a new backend's first reads of the catalog for every table the query touches, and the app's own
 * first compile of those paths. Measured before this (issue 14): reads p99 518 and 901 ms in the
 * paced run on just-started processes, against 67 ms once warm. SQLite has one connection and no
 * start-up to speak of. `read` is one pass of the hot reads on the executor it is given.
 */
export async function warmPool(db: Kysely<Database>, dialect: Dialect, poolSize: number, read: (db: Kysely<Database>, ownerId: string) => Promise<unknown>): Promise<void> {
  const n = dialect === 'postgres' ? poolSize : 1;
  let held = 0;
  let allHeld!: () => void;
  const everyOneHeld = new Promise<void>((r) => (allHeld = r));
  // Each task holds its connection until all are held, so the n tasks get n different connections.
  await Promise.all(
    Array.from({ length: n }, () =>
      db.connection().execute(async (conn) => {
        if (++held === n) allHeld();
        await everyOneHeld;
        await read(conn, NOBODY);
      }),
    ),
  );
}
