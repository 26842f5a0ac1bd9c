import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCachedBundle } from './code-cache';

// A bundle big enough for V8 to compile real code, with a function that only runs when called
// (so the cache written after the call holds it), and a require of a built-in module.
const SOURCE = `
const { join } = require('node:path');
exports.where = join(__dirname, 'x');
exports.sum = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };
${Array.from({ length: 200 }, (_, i) => `exports.f${i} = (a) => a * ${i} + ${i};`).join('\n')}
`;

const dirs: string[] = [];
const files: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const f of files.splice(0)) rmSync(f, { force: true });
});

/** Where the cache of `file` goes when the folder beside it is refused (removed after the test). */
function tempCache(file: string): string {
  const path = join(tmpdir(), `secondround-code-cache-${process.getuid?.() ?? 'user'}`, `${basename(file)}.${process.version}-${process.arch}.v8cache`);
  files.push(path);
  return path;
}

function bundleIn(source = SOURCE): { dir: string; file: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'secondround-code-cache-test-'));
  dirs.push(dir);
  const file = join(dir, `bundle-${Math.random().toString(36).slice(2)}.cjs`);
  writeFileSync(file, source);
  return { dir, file, cacheDir: join(dir, '.code-cache') };
}

function run(file: string, useCache = true) {
  const b = loadCachedBundle(file, { useCache });
  const exports = b.exports as { sum: (n: number) => number; where: string; f199: (a: number) => number };
  const answers = [exports.sum(1000), exports.where, exports.f199(2)];
  b.save();
  return { cache: b.cache, answers };
}

describe('a CommonJS bundle run through V8 code cache', () => {
  it('misses, writes the cache beside the bundle, then hits with the same answers', () => {
    const { dir, file, cacheDir } = bundleIn();
    const first = run(file);
    expect(first).toEqual({ cache: 'miss', answers: [2997, join(dir, 'x'), 597] });
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(run(file)).toEqual({ ...first, cache: 'hit' });
  });

  it('reads no cache and writes none when told not to', () => {
    const { file, cacheDir } = bundleIn();
    run(file);
    const off = run(file, false);
    expect(off.cache).toBe('miss');
    rmSync(cacheDir, { recursive: true });
    run(file, false);
    expect(() => readdirSync(cacheDir)).toThrow();
  });

  it('treats a damaged or truncated cache as a miss, gives the same answers and writes a good one', () => {
    const { file, cacheDir } = bundleIn();
    const first = run(file);
    const [name] = readdirSync(cacheDir);
    const path = join(cacheDir, name!);
    const good = readFileSync(path);
    const flipped = Buffer.from(good);
    flipped[good.length >> 1] = flipped[good.length >> 1]! ^ 0xff;
    for (const bad of [flipped, good.subarray(0, good.length >> 1), Buffer.alloc(0), Buffer.from('not a cache')]) {
      writeFileSync(path, bad);
      expect(run(file)).toEqual(first);
      expect(run(file).cache).toBe('hit');
    }
  });

  it('does not offer a cache to a changed bundle of the same name and length', () => {
    const { file } = bundleIn();
    run(file);
    // Same length, other code: V8 alone would check only the length.
    writeFileSync(file, SOURCE.replace('i % 7', 'i % 5'));
    const changed = run(file);
    expect(changed.answers[0]).toBe([...Array(1000).keys()].reduce((s, i) => s + (i % 5), 0));
  });

  it('keeps the cache in a private folder of the temp dir when the install cannot be written', () => {
    if (process.getuid?.() === 0) return; // root writes through any mode: nothing to show here
    const { dir, file, cacheDir } = bundleIn();
    const temp = tempCache(file);
    chmodSync(dir, 0o555);
    try {
      expect(run(file).cache).toBe('miss');
      expect(run(file).cache).toBe('hit');
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(() => readdirSync(cacheDir)).toThrow();
    expect(existsSync(temp)).toBe(true);
  });

  it('uses no cache folder that another user could write into', () => {
    const { file, cacheDir } = bundleIn();
    const temp = tempCache(file);
    mkdirSync(cacheDir, { mode: 0o777 });
    chmodSync(cacheDir, 0o777);
    run(file);
    // The beside-the-bundle folder was refused: the cache went to the private temp folder instead.
    expect(readdirSync(cacheDir)).toEqual([]);
    expect(existsSync(temp)).toBe(true);
    expect(run(file).cache).toBe('hit');
  });
});
