import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/**
 * A CommonJS bundle run through `vm.Script` with V8's code cache: Node 20 gives ES modules no code
 * cache without an experimental flag, so a one-shot command compiled its whole bundle (and each
 * function on its first call) on every run. The cache holds V8's compiled code of one run, kept
 * after the command ran so that the functions it called are in it.
 *
 * The cache is only ever a shortcut: a missing, stale, foreign or corrupt cache is a miss (the
 * source is compiled as without one), and no failure to read or write it reaches the command.
 * It is written beside the bundle (`dist/.code-cache`), or, when the install is read-only, in a
 * folder of the OS temp dir that only this user may write (code read from a folder another user
 * could write into would run as ours).
 */
export interface CachedBundle {
  exports: Record<string, unknown>;
  /** 'hit' when V8 took the cache, 'miss' when there was none or it was refused. */
  cache: 'hit' | 'miss';
  /** Write the cache for the next run (a no-op after a hit); call it after the command ran. */
  save(): void;
}

// V8 refuses a cache made by another V8 or with other flags, but of the source it checks only the
// length: a cache of other code of the same length would run that code. So the header holds the
// source's checksum as well as the cache's (a damaged file is caught before V8 reads it); the file
// name holds the bundle's name (with its content hash) and Node's version.
const HEADER = 12;

/** Folders to keep the cache in, in order: beside the bundle, then this user's folder in the temp dir. */
function cacheDirs(bundle: string): string[] {
  const uid = process.getuid?.() ?? 'user';
  return [join(dirname(bundle), '.code-cache'), join(tmpdir(), `secondround-code-cache-${uid}`)];
}

/** True when `dir` is a real folder (not a link) that only we may write, or can be made one. */
function isPrivateDir(dir: string, create: boolean): boolean {
  try {
    if (create) mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = lstatSync(dir);
    if (!s.isDirectory()) return false;
    const uid = process.getuid?.();
    return uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

function cacheName(bundle: string): string {
  return `${basename(bundle)}.${process.version}-${process.arch}.v8cache`;
}

function readCache(bundle: string, sourceSum: number): Buffer | undefined {
  for (const dir of cacheDirs(bundle)) {
    if (!isPrivateDir(dir, false)) continue;
    try {
      const file = readFileSync(join(dir, cacheName(bundle)));
      if (file.length <= HEADER || file.readUInt32LE(0) !== file.length - HEADER || file.readUInt32LE(8) !== sourceSum) continue;
      if (file.readUInt32LE(4) === crc32(file.subarray(HEADER))) return file.subarray(HEADER);
    } catch {
      // No cache here: try the next folder.
    }
  }
  return undefined;
}

/** Write the cache atomically (a reader sees the old file or the whole new one) in the first folder that takes it. */
function writeCache(bundle: string, data: Buffer, sourceSum: number): void {
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(data.length, 0);
  header.writeUInt32LE(crc32(data), 4);
  header.writeUInt32LE(sourceSum, 8);
  for (const dir of cacheDirs(bundle)) {
    if (!isPrivateDir(dir, true)) continue;
    const target = join(dir, cacheName(bundle));
    pruneOtherBuilds(dir, bundle);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      const fd = openSync(temp, 'wx', 0o600);
      try {
        writeSync(fd, header);
        writeSync(fd, data);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, target);
      return;
    } catch {
      rmSync(temp, { force: true });
    }
  }
}

/** Remove the caches of earlier builds of the same bundle (`diagnose-OLDHASH.cjs…`), which no run will read. */
function pruneOtherBuilds(dir: string, bundle: string): void {
  const name = basename(bundle);
  const stem = name.slice(0, name.lastIndexOf('-') + 1);
  if (!stem) return;
  try {
    for (const f of readdirSync(dir)) if (f.startsWith(stem) && f.endsWith('.v8cache') && !f.startsWith(`${name}.`)) rmSync(join(dir, f), { force: true });
  } catch {
    // Old caches left behind cost disk space only.
  }
}

/**
 * Load the CommonJS bundle at `file` (an absolute path) with its code cache, as Node would
 * `require` it, and return its exports.
 * @example const { exports, save } = loadCachedBundle('/app/dist/diagnose-ABC.cjs'); await run(); save();
 */
export function loadCachedBundle(file: string, { useCache = true } = {}): CachedBundle {
  const source = readFileSync(file, 'utf8');
  const sourceSum = crc32(source);
  const cachedData = useCache ? readCache(file, sourceSum) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cache = cachedData && !script.cachedDataRejected ? 'hit' : 'miss';
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cache,
    save() {
      if (cache === 'hit' || !useCache) return;
      try {
        writeCache(file, script.createCachedData(), sourceSum);
      } catch {
        // A cache that cannot be made or written costs the next run time, nothing else.
      }
    },
  };
}
