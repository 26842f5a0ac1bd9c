import { afterAll } from 'vitest';

/**
 * Run after every test file (a `setupFiles` entry): drop the PostgreSQL databases the file
 * created and did not drop, say because a test failed or threw before its own clean-up. Files
 * that never created one do not load `pg` here.
 */
afterAll(async () => {
  const live = (globalThis as { [k: symbol]: Set<unknown> | undefined })[Symbol.for('secondround.test.liveDatabases')];
  if (live === undefined || live.size === 0) return;
  const { dropTempDatabases } = await import('./pg');
  await dropTempDatabases();
});
