import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';
import { makeTrackerCsv } from '../../bench/data/make-csv';

const CLI = ['apps/cli/bin/secondround.js'];

describe('kill -9 in the middle of an import', () => {
  it('leaves the database exactly as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secondround-kill-'));
    try {
      const db = join(dir, 'search.db');
      const csv = join(dir, 'big.csv');
      await makeTrackerCsv(csv, 150_000, 7);
      expect(spawnSync(process.execPath, [...CLI, '--data', db, 'demo']).status).toBe(0);
      const before = await snapshot(db);
      const child = spawn(process.execPath, [...CLI, '--data', db, 'import', 'csv', csv, '--skip-invalid'], { stdio: 'ignore' });
      // Wait until it is writing (the write-ahead log grows inside the open transaction), then kill it.
      const wal = `${db}-wal`;
      const start = Date.now();
      while (walSize(wal) < 2_000_000 && child.exitCode === null && Date.now() - start < 40_000) await new Promise((r) => setTimeout(r, 20));
      expect(child.exitCode, 'the import finished before it could be killed').toBeNull();
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(await snapshot(db)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

function walSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function snapshot(file: string) {
  const store = await openStore({ file });
  try {
    const { exportedAt: _e, ...rest } = await store.backup.export(LOCAL_OWNER_ID);
    return rest;
  } finally {
    await store.close();
  }
}
