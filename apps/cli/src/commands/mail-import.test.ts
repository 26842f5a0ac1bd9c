import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSED, NEWSLETTER, RECEIVED, REJECTED } from '../../../server/src/services/mail-fixtures';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('secondround mail import', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'secondround-mail-import-'));
  const data = join(dir, 'records.db');
  const box = join(dir, 'takeout.mbox');
  writeFileSync(box, [RECEIVED, REJECTED, NEWSLETTER].map((m) => `From someone@example Mon Nov  2 10:00:00 2026\n${m}\n`).join(''));

  it('dry-runs, imports with --accept-all, and changes nothing the second time', () => {
    const dry = cli('mail', 'import', box, '--dry-run', '--json', '--data', data);
    expect(dry.code).toBe(0);
    const dl = lines(dry.out);
    expect(dl.slice(0, 3).map((l) => [l.file, l.kind, l.status])).toEqual([[`${box}#1`, 'application_received', 'proposed'], [`${box}#2`, 'rejection', 'proposed'], [`${box}#3`, 'other', 'nothing']]);
    expect(dl[3]).toMatchObject({ summary: true, dryRun: true, read: 3, proposed: 2, accepted: 0 });

    const real = cli('mail', 'import', box, '--accept-all', '--json', '--data', data);
    expect(real.code).toBe(0);
    const rl = lines(real.out);
    expect(rl[0]).toMatchObject({ status: 'accepted', company: 'Quillstone', isNewApplication: true, proposal: { stage: 'applied', newApplication: { company: 'Quillstone' } } });
    expect(rl[1]).toMatchObject({ status: 'accepted', isNewApplication: false, proposal: { stage: 'rejected' } });
    expect(rl[3]).toMatchObject({ summary: true, imported: 3, accepted: 2 });

    const again = cli('mail', 'import', box, '--accept-all', '--data', data);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/3 messages read, 0 imported, 3 already imported/);
    const diag = JSON.parse(cli('diagnose', '--json', '--data', data).out) as { funnel: unknown[] };
    expect(diag.funnel.length).toBeGreaterThan(0);
  });

  it('reads a folder of .eml files, says which one it skipped, and refuses what is no mailbox in one line', () => {
    const folder = join(dir, 'mails');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.eml'), CLOSED);
    writeFileSync(join(folder, 'b.eml'), 'not really mail');
    const r = cli('mail', 'import', folder, '--data', data);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 messages read, 2 imported/);
    expect(r.out).toMatch(/1 proposal\b/);
    const notBox = join(dir, 'letter.mbox');
    writeFileSync(notBox, 'Dear Sir,\n');
    const bad = cli('mail', 'import', notBox, '--data', data);
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/not an mbox file/);
    const missing = cli('mail', 'import', join(dir, 'nope.mbox'), '--data', data);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such file or folder/);
  });
});
