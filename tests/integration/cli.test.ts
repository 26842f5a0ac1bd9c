import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'secondround-cli-'));
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const HEADER = 'company,role,applied_on,stage_reached,outcome,outcome_on,outcome_reason,listing_url,notes\n';

describe('secondround CLI', () => {
  it('imports a spreadsheet all or nothing, and with --skip-invalid lists bad rows by line', () => {
    const db = join(dir, 'a.db');
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, `${HEADER}Acme,Analyst,2026-10-01,round1,rejected,2026-10-20,,,\nGlobex,Dev,2026-02-30,applied,open,,,,\n`);
    const blocked = cli('--data', db, 'import', 'csv', csv);
    expect(blocked.code).toBe(1);
    expect(blocked.err).toMatch(/line 3: applied_on "2026-02-30" is not a real calendar date/);
    expect(blocked.err).toMatch(/nothing imported/);
    const report = cli('--data', db, 'import', 'csv', csv, '--skip-invalid', '--json');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out)).toMatchObject({ rows: 2, imported: 1, invalidRows: 1 });
    const diag = JSON.parse(cli('--data', db, 'diagnose', '--json').out) as { funnel: Array<{ id: string; decided: number }> };
    expect(diag.funnel.length).toBeGreaterThan(0);
  });

  it('reads a Latin-1 spreadsheet correctly', () => {
    const db = join(dir, 'b.db');
    const csv = join(dir, 'latin1.csv');
    writeFileSync(csv, Buffer.from(`${HEADER}Caf\xe9 M\xfcller,D\xe9veloppeur,2026-10-01,applied,open,,,,\n`, 'latin1'));
    expect(cli('--data', db, 'import', 'csv', csv).code).toBe(0);
    const out = join(dir, 'b.json');
    expect(cli('--data', db, 'export', out).code).toBe(0);
    expect(cli('--data', join(dir, 'c.db'), 'import', out, '--json').code).toBe(0);
    const backup = JSON.parse(readFileSync(out, 'utf8')) as { applications: Array<{ company: string; role: string }> };
    expect(backup.applications[0]).toMatchObject({ company: 'Café Müller', role: 'Développeur' });
  });

  it('refuses bad input with one clear line and no stack trace', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"secondround-backup","version":1');
    const r = cli('--data', join(dir, 'd.db'), 'import', bad);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/not valid JSON/);
    const missing = cli('--data', join(dir, 'd.db'), 'import', 'csv', join(dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such file/);
    const zip = join(dir, 'x.csv');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));
    const z = cli('--data', join(dir, 'd.db'), 'import', 'csv', zip);
    expect(z.code).toBe(1);
    expect(z.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a database written by a newer version', () => {
    const db = join(dir, 'e.db');
    expect(cli('--data', db, 'demo').code).toBe(0);
    const Database = require('better-sqlite3');
    const sqlite = new Database(db);
    sqlite.prepare(`insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-future', 'x')`).run();
    sqlite.close();
    const r = cli('--data', db, 'diagnose');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/newer version of secondround/);
  });
});
