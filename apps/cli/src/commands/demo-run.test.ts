import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('secondround demo', { timeout: 180_000 }, () => {
  it('leaves the planner statistics of the tables it seeded filled, as a restore does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secondround-demo-'));
    try {
      const data = join(dir, 'demo.db');
      const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', '--data', data, 'demo', '--json'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const Database = require('better-sqlite3') as typeof import('better-sqlite3');
      const db = new Database(data, { readonly: true });
      try {
        const tables = (db.prepare('select distinct tbl from sqlite_stat1').all() as Array<{ tbl: string }>).map((t) => t.tbl);
        expect(tables).toEqual(expect.arrayContaining(['applications', 'stage_events', 'interviews', 'interviewers', 'stories', 'thank_you_notes']));
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
