import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HALVES, parseHalvesArgs } from '../../bench/halves';
import { measuredListingSplits } from '../../bench/support/listing-score';
import { mailSplitNames } from '../../scripts/mail-splits';

const root = join(import.meta.dirname, '../..');

describe('bench/halves.ts', () => {
  it('puts every measured split in exactly one half', () => {
    const measured = { listings: measuredListingSplits(), mail: mailSplitNames() };
    for (const kind of ['listings', 'mail'] as const) {
      const { dev, check } = HALVES[kind];
      expect(dev.filter((s) => check.includes(s))).toEqual([]);
      expect(new Set(dev).size).toBe(dev.length);
      expect(new Set(check).size).toBe(check.length);
      expect([...dev, ...check].sort()).toEqual([...measured[kind]].sort());
    }
  });

  it('keeps the newest measured split of each kind in dev', () => {
    expect(HALVES.listings.dev[0]).toBe('hand20-test');
    expect(HALVES.mail.dev[0]).toBe('test19');
  });

  it('refuses to show the misses of the check half', () => {
    expect(parseHalvesArgs(['mail', 'check', '--misses'])).toMatchObject({ code: 2 });
    expect(parseHalvesArgs(['listings', 'check', '--misses'])).toMatchObject({ code: 2 });
    expect(parseHalvesArgs(['listings', 'dev', '--misses'])).toMatchObject({ kind: 'listings', half: 'dev', misses: true });
    expect(parseHalvesArgs(['mail', 'check'])).toMatchObject({ kind: 'mail', half: 'check', misses: false });
    expect(parseHalvesArgs(['mail', 'both'])).toMatchObject({ code: 2 });
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/halves.ts'), 'listings', 'check', '--misses'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/check prints totals only/);
  }, 60_000);
});
