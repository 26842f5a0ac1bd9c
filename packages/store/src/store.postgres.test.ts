import { afterAll, describe } from 'vitest';
import { createTempDatabase, dropTempDatabases, pgSkipped, type TempDatabase } from '../../../tests/support/pg';
import { runStoreSuite } from './store.case';
import { sameMillisecondStoreCases } from './same-millisecond.case';
import type { Clock } from './ids';
import { openStore } from './store';

describe.skipIf(pgSkipped)('PostgreSQL', () => {
  const dbs: TempDatabase[] = [];
  // A run makes ~70 databases. Each is dropped as soon as its store is closed (at the end of its
  // test, passed or failed), one at a time, so none pile up for the end: dropped all at once in an
  // afterAll they outlasted the hook's 60 s on a loaded machine and were left on the server.
  // What a failed open or close left behind is dropped here, a few at a time.
  afterAll(() => dropTempDatabases(dbs));
  // Each test gets a fresh database, as the SQLite suite gets a fresh in-memory one.
  async function freshStore(clock?: Clock) {
    const d = await createTempDatabase();
    dbs.push(d);
    const store = await openStore({ databaseUrl: d.url, poolSize: 3, ...(clock ? { clock } : {}) });
    const close = store.close;
    store.close = async () => {
      try {
        await close();
      } finally {
        await d.drop();
      }
    };
    return store;
  }
  runStoreSuite('PostgreSQL', () => freshStore());
  sameMillisecondStoreCases('PostgreSQL', freshStore);
});
