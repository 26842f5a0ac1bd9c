import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInputSchema } from '@secondround/core';
import { openStore } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../support/pg';

/** The operator's nightly backup script (deploy/pg-backup.sh) against a real database. */
describe.skipIf(pgSkipped)('deploy/pg-backup.sh', () => {
  let source: TempDatabase;
  let target: TempDatabase;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTempDatabase(), createTempDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([source?.drop(), target?.drop()]);
  });

  it('writes a dump pg_restore reads back whole, and keeps only the last KEEP', async () => {
    const store = await openStore({ databaseUrl: source.url });
    const owner = (await store.users.create('ana@example.com', 'x'))!;
    await store.applications.create(owner.id, applicationInputSchema.parse({ company: 'Northwind', role: 'Analyst' }));
    await store.close();

    const dir = mkdtempSync(join(tmpdir(), 'secondround-pgdump-'));
    for (let i = 0; i < 3; i++) {
      const run = spawnSync('bash', ['deploy/pg-backup.sh'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: source.url, BACKUP_DIR: dir, KEEP: '2' } });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/backup written: .*secondround-.*\.dump/);
    }
    const dumps = readdirSync(dir).filter((f) => f.endsWith('.dump')).sort();
    expect(dumps).toHaveLength(2);

    const restored = spawnSync('pg_restore', ['--no-owner', '-d', target.url, join(dir, dumps[1]!)], { encoding: 'utf8' });
    expect(restored.status, restored.stderr).toBe(0);
    const copy = await openStore({ databaseUrl: target.url });
    try {
      const user = await copy.users.findByEmail('ana@example.com');
      expect(user).toBeTruthy();
      const page = await copy.applications.listPage(user!.id, { limit: 10 });
      expect(page.applications.map((a) => a.company)).toEqual(['Northwind']);
    } finally {
      await copy.close();
    }
  });
});
