import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticExport, writeExportZip } from '../../../../packages/importers/src/social/fixtures';

interface Report {
  platform: string;
  items: number;
  findings: Array<{ id: string; category: string }>;
  byCategory: Record<string, number>;
  truncated: boolean;
}

function scan(...args: string[]) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', 'social', 'scan', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const total = (r: Report) => Object.values(r.byCategory).reduce((a, b) => a + b, 0);

// Each case starts the CLI (and its scan worker) one or more times: slow on a busy machine.
describe('secondround social scan', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'secondround-social-cli-'));
  const zip = join(dir, 'x.zip');
  beforeAll(async () => {
    // 5,200 posts that each say something a recruiter would pass on: more findings than the report keeps.
    await writeExportZip(zip, syntheticExport('x', Array.from({ length: 5200 }, (_, i) => `Day ${i}: honestly my boss is an idiot`)));
  });

  it('without --all keeps 5,000 findings and says the list was cut', () => {
    const r = scan(zip, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(total(report)).toBeGreaterThan(5000);
    expect(report.findings).toHaveLength(5000);
    expect(report.truncated).toBe(true);
    const text = scan(zip);
    expect(text.out).toMatch(/Only the first 5000 findings were kept; --all lists every one/);
  });

  it('with --all --json lists every finding, once each, as one JSON object', () => {
    const r = scan(zip, '--json', '--all');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(r.out) as Report;
    expect(report.platform).toBe('x');
    expect(report.items).toBeGreaterThanOrEqual(5200);
    expect(report.truncated).toBe(false);
    expect(report.findings).toHaveLength(total(report));
    expect(new Set(report.findings.map((f) => f.id)).size).toBe(report.findings.length);
    for (const [category, n] of Object.entries(report.byCategory)) expect(report.findings.filter((f) => f.category === category)).toHaveLength(n);
  });

  it('with --all and no --json prints every finding', () => {
    const r = scan(zip, '--all');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/more \(--all/);
    expect(r.out.match(/boss is an idiot/g)!.length).toBeGreaterThan(5000);
  });

  it('refuses a missing export with one line, --all or not', () => {
    const r = scan(join(dir, 'nope.zip'), '--json', '--all');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
