import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUserError, scanItems } from '@secondround/core';
import { openSocialExport } from '../import';
import { syntheticExport, writeExportZip, writeHostileZips } from '../fixtures';
import { openSocialExportInWorker } from './scan-in-worker';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'social-worker-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('openSocialExportInWorker', () => {
  it('gives the same report as scanning in this thread, with progress up to the total', async () => {
    const path = join(dir, 'x.zip');
    await writeExportZip(path, syntheticExport('x'));
    const local = await openSocialExport(path);
    const expected = await scanItems(local.platform, local.items());
    const seen: number[] = [];
    const scan = await openSocialExportInWorker(path, { onProgress: (p) => seen.push(p.bytesRead / p.bytesTotal) });
    expect(scan.platform).toBe('x');
    expect(scan.bytesTotal).toBeGreaterThan(0);
    expect(await scan.report()).toEqual(expected);
    expect(seen.at(-1)).toBe(1);
    scan.close();
  });

  it('rethrows the worker’s UserError with its code, message and status', async () => {
    const z = await writeHostileZips(join(dir, 'hostile'));
    const bomb = await errorOf(openSocialExportInWorker(z.bomb));
    expect(isUserError(bomb) && [bomb.code, bomb.status]).toEqual(['ZIP_BOMB', 413]);
    expect((bomb as Error).message).toMatch(/zip bomb/);
    const unknown = await errorOf(openSocialExportInWorker(z.unknown));
    expect(isUserError(unknown) && unknown.code).toBe('UNKNOWN_PLATFORM');
    expect((unknown as Error).message).toMatch(/not an export this tool knows/);
    expect((unknown as { status: number }).status).toBe(422);
    // A file cut short fails after the platform is known: the report rejects.
    const scan = await openSocialExportInWorker(z.cutJson);
    const cut = await errorOf(scan.report());
    expect(isUserError(cut) && cut.code).toBe('BAD_JSON');
    expect((cut as Error).message).toMatch(/tweets\.js is not valid JSON/);
  });

  it('turns running out of its heap into a clear error, not a crash', async () => {
    const path = join(dir, 'oom.zip');
    await writeExportZip(path, syntheticExport('x'));
    const e = await errorOf(openSocialExportInWorker(path, { heapMb: 2 }).then((s) => s.report()));
    expect(isUserError(e) && e.code).toBe('OUT_OF_MEMORY');
    expect((e as Error).message).toMatch(/more memory than the scan may use/);
  });
});
