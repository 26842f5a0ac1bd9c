import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SocialItem } from '@secondround/core';
import { openSocialExport } from './import';
import { streamJsonRecords } from './json-stream';
import { repairLinkedInBreaks, streamCsvRows } from './csv-stream';
import { fixMojibake } from './text-repair';
import { syntheticExport, writeExportZip, writeFolder, writeHostileZips, writeLargeZip } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'social-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function all(path: string): Promise<{ platform: string; items: SocialItem[] }> {
  const ex = await openSocialExport(path);
  const items: SocialItem[] = [];
  for await (const it of ex.items()) items.push(it);
  return { platform: ex.platform, items };
}

async function errorOf(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected an error');
}

const PLATFORMS = ['x', 'x-legacy', 'facebook', 'instagram', 'linkedin', 'linkedin-2018', 'reddit'] as const;

describe('openSocialExport on synthetic exports', () => {
  for (const name of PLATFORMS) {
    for (const form of ['zip', 'folder'] as const) {
      it(`reads ${name} as a ${form}`, async () => {
        const files = syntheticExport(name);
        const path = join(dir, `${name}-${form}${form === 'zip' ? '.zip' : ''}`);
        if (form === 'zip') await writeExportZip(path, files);
        else await writeFolder(path, files);
        const { platform, items } = await all(path);
        expect(platform).toBe(name.replace(/-.*/, ''));
        expect(items.length).toBeGreaterThanOrEqual(6);
        expect(items.some((i) => i.text.includes('my boss is an idiot'))).toBe(true);
        for (const i of items) {
          expect(i.platform).toBe(platform);
          expect(i.text.length).toBeGreaterThan(0);
          if (i.date) expect(Number.isNaN(Date.parse(i.date))).toBe(false);
        }
      });
    }
  }

  it('reads X replies, likes and dates', async () => {
    const path = join(dir, 'x-kinds');
    await writeFolder(path, syntheticExport('x'));
    const { items } = await all(path);
    expect(items.find((i) => i.id === 'x:1001')?.kind).toBe('reply');
    expect(items.find((i) => i.kind === 'like')?.text).toBe('this is bullsh1t');
    expect(items.find((i) => i.id === 'x:1000')?.date).toBe('2019-01-01T00:00:00.000Z');
    expect(items.find((i) => i.id === 'x:1000')?.url).toBe('https://x.com/i/web/status/1000');
  });

  it("repairs Facebook's mis-encoded UTF-8 and skips title-only entries", async () => {
    const path = join(dir, 'fb-moji');
    await writeFolder(path, syntheticExport('facebook'));
    const { items } = await all(path);
    expect(items.some((i) => i.text.startsWith('Tøs!'))).toBe(true);
    expect(items.some((i) => i.text.includes('therapist’s'))).toBe(true);
    expect(items.filter((i) => i.kind === 'comment')).toHaveLength(1);
  });

  it("repairs LinkedIn's broken line quoting and \\\" escapes", async () => {
    const path = join(dir, 'li-quirks');
    await writeFolder(path, syntheticExport('linkedin'));
    const { items } = await all(path);
    expect(items.find((i) => i.text.startsWith('First line.'))?.text).toBe('First line.\n\nMy manager is useless.');
    expect(items.find((i) => i.kind === 'comment')?.text).toBe('Jane Doe I told them "under NDA" so I can\'t share the roadmap');
  });

  it('reads Reddit permalinks and post titles', async () => {
    const path = join(dir, 'reddit-links');
    await writeFolder(path, syntheticExport('reddit'));
    const { items } = await all(path);
    const post = items.find((i) => i.kind === 'post');
    expect(post?.text).toBe('My boss sucks\nLong story.\nHe is a moron.');
    expect(post?.url).toBe('https://www.reddit.com/r/cscareerquestions/comments/p1/x/');
  });

  it('reads a zip streamed by the large-archive writer (data descriptors, stored media)', async () => {
    const path = join(dir, 'large-writer.zip');
    const tweets = String(syntheticExport('x')['data/tweets.js']);
    await writeLargeZip(path, [
      { name: 'data/tweets.js', chunks: () => [Buffer.from(tweets.slice(0, 100)), Buffer.from(tweets.slice(100, 250)), Buffer.from(tweets.slice(250))] },
      { name: 'data/tweets_media/a.mp4', chunks: () => [Buffer.alloc(5000, 3)], method: 0 },
    ]);
    const { platform, items } = await all(path);
    expect(platform).toBe('x');
    expect(items).toHaveLength(6);
  });

  it('reports progress up to the total', async () => {
    const path = join(dir, 'progress.zip');
    await writeExportZip(path, syntheticExport('x'));
    const seen: number[] = [];
    const ex = await openSocialExport(path, { onProgress: (p) => seen.push(p.bytesRead / p.bytesTotal) });
    for await (const _ of ex.items());
    expect(seen.at(-1)).toBe(1);
  });
});

describe('bad input', () => {
  let z: Awaited<ReturnType<typeof writeHostileZips>>;
  beforeAll(async () => {
    z = await writeHostileZips(join(dir, 'hostile'));
  });
  it.each([
    ['bomb', 'ZIP_BOMB', /zip bomb/],
    ['dotdot', 'UNSAFE_PATH', /outside/],
    ['absolute', 'UNSAFE_PATH', /outside/],
    ['symlink', 'UNSAFE_PATH', /symbolic link/],
    ['truncated', 'BAD_ARCHIVE', /not a complete zip/],
    ['cutJson', 'BAD_JSON', /tweets\.js is not valid JSON/],
    ['unknown', 'UNKNOWN_PLATFORM', /not an export this tool knows/],
    ['notZip', 'BAD_ARCHIVE', /zip/],
  ] as const)('%s → %s', async (name, code, message) => {
    const e = await errorOf(all(z[name]));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('refuses an archive over the size and entry caps', async () => {
    const path = join(dir, 'caps.zip');
    await writeExportZip(path, syntheticExport('x'));
    expect((await errorOf(openSocialExport(path, { limits: { maxTotalBytes: 100 } }))).code).toBe('TOO_LARGE');
    expect((await errorOf(openSocialExport(path, { limits: { maxEntries: 2 } }))).code).toBe('TOO_MANY_ENTRIES');
  });

  it('refuses a symbolic link in a folder', async () => {
    const path = join(dir, 'linked');
    await writeFolder(path, syntheticExport('reddit'));
    await symlink('/etc/passwd', join(path, 'posts2.csv'));
    expect((await errorOf(openSocialExport(path))).code).toBe('UNSAFE_PATH');
  });

  it('names a missing path', async () => {
    const e = await errorOf(openSocialExport(join(dir, 'nope.zip')));
    expect(e.code).toBe('NOT_FOUND');
  });
});

async function* chunked(text: string, sizes: number[]): AsyncGenerator<Buffer> {
  const buf = Buffer.from(text);
  let i = 0;
  let k = 0;
  while (i < buf.length) {
    const n = Math.max(1, sizes[k++ % sizes.length] ?? 1);
    yield buf.subarray(i, i + n);
    i += n;
  }
}

describe('streaming parsers', () => {
  it('JSON records come out the same whatever the chunking', async () => {
    const arb = fc.array(fc.record({ a: fc.string(), b: fc.array(fc.integer()), c: fc.oneof(fc.string(), fc.constant(null)) }), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(arb, fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 5 }), fc.boolean(), async (records, sizes, wrapped) => {
        const text = wrapped ? JSON.stringify({ things_v2: records, other: { x: [1] } }) : `window.YTD.tweets.part0 = ${JSON.stringify(records, null, 1)}`;
        const out: unknown[] = [];
        for await (const r of streamJsonRecords(chunked(text, sizes), 'f.json')) {
          if (r.key !== 'other') out.push(r.value);
        }
        expect(out).toEqual(records);
      }),
      { numRuns: 150 },
    );
  });

  it('CSV rows come out the same whatever the chunking', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é', '\t') });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), async (rows, sizes) => {
        const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = `x,y\n${rows.map(([a, b]) => `${q(a)},${q(b)}`).join('\r\n')}\n`;
        const out: Array<[string, string]> = [];
        for await (const r of streamCsvRows(chunked(text, sizes), 'f.csv')) out.push([r.x ?? '', r.y ?? '']);
        expect(out).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });

  it('repairs text helpers', () => {
    expect(fixMojibake('T\u00c3\u0098S')).toBe('TØS');
    expect(fixMojibake('plain ø text')).toBe('plain ø text');
    expect(repairLinkedInBreaks('a"\n""\n"b')).toBe('a\n\nb');
  });
});
