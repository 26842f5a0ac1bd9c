import { afterAll, beforeAll, describe } from 'vitest';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../tests/support/pg';
import { runStoreSuite } from './store.case';
import { openStore } from './store';

describe.skipIf(pgSkipped)('PostgreSQL', () => {
  let temp: TempDatabase;
  let n = 0;
  const dbs: TempDatabase[] = [];
  beforeAll(async () => {
    temp = await createTempDatabase();
    dbs.push(temp);
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });
  // Each test gets a fresh database, as the SQLite suite gets a fresh in-memory one.
  runStoreSuite('PostgreSQL', async () => {
    n += 1;
    const d = n === 1 ? temp : await createTempDatabase();
    if (n > 1) dbs.push(d);
    return openStore({ databaseUrl: d.url, poolSize: 3 });
  });
});
