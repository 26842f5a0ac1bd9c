import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from './archive';
import { writeZip } from './fixtures';
import { openSocialExport } from './import';

/*
 * Issue 13: zips that cost far more to read than they weigh, and files that only bear an
 * export's name. Each case was accepted before its fix.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-archive-bounds-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A zip whose central directory lists `copies` entries that all point at one local entry's bytes. */
function overlappingZip(copies: number, data: Buffer): Buffer {
  const body = deflateRawSync(data);
  const name = Buffer.from('data/tweets.js');
  const crc = crc32(data) >>> 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const head = Buffer.concat([local, name, body]);
  const central: Buffer[] = [];
  for (let i = 0; i < copies; i++) {
    const n = Buffer.from(`data/tweets-part${i}.js`);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(0x031e, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(8, 10);
    h.writeUInt32LE(crc, 16);
    h.writeUInt32LE(body.length, 20);
    h.writeUInt32LE(data.length, 24);
    h.writeUInt16LE(n.length, 28);
    h.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    h.writeUInt32LE(0, 42);
    central.push(h, n);
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(copies, 8);
  end.writeUInt16LE(copies, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(head.length, 16);
  return Buffer.concat([head, cd, end]);
}

describe('reading zips within bounds', () => {
  it('refuses a zip whose entries share the same bytes (overlapping files)', async () => {
    const path = join(dir, 'overlap.zip');
    await writeFile(path, overlappingZip(500, Buffer.from(`window.YTD.tweets.part0 = [${'{"tweet":{"id_str":"1","full_text":"wtf"}},'.repeat(2_000)}{}]`)));
    await expect(openArchive(path)).rejects.toMatchObject({ code: 'ZIP_BOMB', message: expect.stringMatching(/overlapping/) });
  });

  it('refuses many small entries that each expand hundreds of times (no entry reaches 1 MiB)', async () => {
    const path = join(dir, 'small-bombs.zip');
    const zeros = Buffer.alloc(900 * 1024, 0x20);
    await writeZip(path, Array.from({ length: 40 }, (_, i) => ({ name: `data/tweets-part${i}.js`, data: zeros })));
    await expect(openArchive(path)).rejects.toMatchObject({ code: 'ZIP_BOMB' });
  });

  it('stops reading at the archive-wide budget, whatever the entries declare', async () => {
    const path = join(dir, 'budget.zip');
    const text = randomBytes(200 * 1024).toString('base64');
    await writeZip(path, [{ name: 'a.txt', data: text }, { name: 'b.txt', data: text }]);
    const source = await openArchive(path, { maxTotalBytes: 1e9, maxEntries: 10, maxRatio: 200, ratioMinBytes: 1024 * 1024, maxReadBytes: text.length + 1000 });
    try {
      const drain = async (i: number) => {
        for await (const _ of await source.open(source.entries[i]!)) void _;
      };
      await drain(0);
      await expect(drain(1)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    } finally {
      source.close();
    }
  });

  it.each([['Shares.csv', 'linkedin'], ['Comments.csv', 'linkedin'], ['comments.csv', 'reddit']])('says random bytes named %s are not an export', async (name, platform) => {
    const sub = await mkdtemp(join(dir, 'random-'));
    const path = join(sub, name);
    await writeFile(path, randomBytes(512 * 1024));
    const ex = await openSocialExport(path);
    const read = async () => {
      for await (const _ of ex.items()) void _;
    };
    await expect(read()).rejects.toMatchObject({ code: 'NOT_AN_EXPORT', message: expect.stringContaining(`not a ${platform} export file`) });
  });
});
