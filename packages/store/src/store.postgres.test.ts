import { afterAll, beforeAll, describe } from 'vitest';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../tests/support/pg';
import { runStoreSuite } from './store.case';
import { sameMillisecondStoreCases } from './same-millisecond.case';
import type { Clock } from './ids';
import { openStore } from './store';

const DROP_WORKERS = 12;

describe.skipIf(pgSkipped)('PostgreSQL', () => {
  let temp: TempDatabase;
  let n = 0;
  const dbs: TempDatabase[] = [];
  beforeAll(async () => {
    temp = await createTempDatabase();
    dbs.push(temp);
  });
  // A run makes ~70 databases; dropped one by one they could outlast the hook's 60 s on a loaded
  // machine, so a few workers drop them at once (each drop still ends every connection to its database).
  afterAll(async () => {
    const left = [...dbs];
    const worker = async (): Promise<void> => {
      for (let d = left.shift(); d; d = left.shift()) await d.drop();
    };
    await Promise.all(Array.from({ length: DROP_WORKERS }, worker));
  });
  // Each test gets a fresh database, as the SQLite suite gets a fresh in-memory one.
  async function freshStore(clock?: Clock) {
    n += 1;
    const d = n === 1 ? temp : await createTempDatabase();
    if (n > 1) dbs.push(d);
    return openStore({ databaseUrl: d.url, poolSize: 3, ...(clock ? { clock } : {}) });
  }
  runStoreSuite('PostgreSQL', () => freshStore());
  sameMillisecondStoreCases('PostgreSQL', freshStore);
});
