import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import { UserError } from '@secondround/core';

/** Caps on what an archive may hold. Defaults sized for real exports: X archives with media reach tens of GB. */
export interface ArchiveLimits {
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Uncompressed/compressed ratio above which a large entry is a zip bomb (deflate tops out near 1,032:1). */
  maxRatio: number;
  /**
   * Entries smaller than this are not ratio-checked one by one (a small file of spaces compresses
   * very well); the archive as a whole still is, so many small bombs add up to one refusal.
   */
  ratioMinBytes: number;
  /** Bytes that may be read (inflated) from all entries together, whatever their declared sizes. */
  maxReadBytes: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxTotalBytes: 64 * 1024 ** 3,
  maxEntries: 200_000,
  maxRatio: 200,
  ratioMinBytes: 1024 * 1024,
  maxReadBytes: 4 * 1024 ** 3,
};

/** The smallest a zip's local file header can be (APPNOTE.TXT 4.3.7): 30 bytes and the name. */
const LOCAL_HEADER_BYTES = 30;

export interface ArchiveEntry {
  /** Path inside the export, '/'-separated. */
  path: string;
  size: number;
}

export interface ArchiveSource {
  kind: 'zip' | 'folder' | 'file';
  entries: ArchiveEntry[];
  open(entry: ArchiveEntry): Promise<Readable>;
  close(): void;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function mb(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

/**
 * Open a zip or a folder (or one file) of an export and list its entries, refusing unsafe ones.
 */
export async function openArchive(path: string, limits: ArchiveLimits = DEFAULT_LIMITS): Promise<ArchiveSource> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    throw new UserError('NOT_FOUND', `no such file or folder: ${path}`, 404);
  }
  if (info.isSymbolicLink()) throw new UserError('UNSAFE_PATH', `${path} is a symbolic link; give the real file or folder`, 400);
  if (info.isDirectory()) return openFolder(path, limits);
  const head = await readHead(path);
  if (head[0] === 0x50 && head[1] === 0x4b) return openZip(path, limits);
  return {
    kind: 'file',
    entries: [{ path: basename(path), size: info.size }],
    open: async () => createReadStream(path),
    close: () => {},
  };
}

async function readHead(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start: 0, end: 3 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function openFolder(root: string, limits: ArchiveLimits): Promise<ArchiveSource> {
  const entries: ArchiveEntry[] = [];
  let total = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const d of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      const rel = relative(root, full).split(sep).join('/');
      if (d.isSymbolicLink()) throw new UserError('UNSAFE_PATH', `the export holds a symbolic link (${rel}); links are refused`, 400);
      if (d.isDirectory()) await walk(full);
      else if (d.isFile()) {
        const size = (await lstat(full)).size;
        entries.push({ path: rel, size });
        total += size;
        if (entries.length > limits.maxEntries) throw new UserError('TOO_MANY_ENTRIES', `the export holds more than ${limits.maxEntries} files`, 413);
        if (total > limits.maxTotalBytes) throw new UserError('TOO_LARGE', `the export is larger than ${mb(limits.maxTotalBytes)}`, 413);
      }
    }
  };
  await walk(root);
  return { kind: 'folder', entries, open: async (e) => createReadStream(join(root, ...e.path.split('/'))), close: () => {} };
}

function zipError(path: string, e: unknown): UserError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/absolute path|invalid relative path|invalid characters in fileName/.test(msg)) {
    return new UserError('UNSAFE_PATH', `the archive has an entry that points outside it (${msg}); refused`, 400);
  }
  if (/end of central directory|truncated|unexpected EOF|not enough|invalid central directory|invalid local file header|invalid comment length/i.test(msg)) {
    return new UserError('BAD_ARCHIVE', `${basename(path)} is not a complete zip archive (${msg}); download the export again`, 400);
  }
  return new UserError('BAD_ARCHIVE', `${basename(path)} could not be read as a zip archive (${msg})`, 400);
}

async function openZip(path: string, limits: ArchiveLimits): Promise<ArchiveSource> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => (err || !z ? reject(zipError(path, err)) : resolve(z))),
  );
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new UserError('TOO_MANY_ENTRIES', `the archive holds ${zip.entryCount} entries; the limit is ${limits.maxEntries}`, 413);
  }
  const entries: ArchiveEntry[] = [];
  const byPath = new Map<string, yauzl.Entry>();
  // Where each entry's local header and data lie in the file: entries that share bytes are how a
  // few MB of zip expand to GB of reading (the "overlapping files" bomb), and no real zip has them.
  const spans: Array<[number, number]> = [];
  let total = 0;
  let compressed = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e) => reject(zipError(path, e)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        try {
          const name = entry.fileName;
          spans.push([entry.relativeOffsetOfLocalHeader, entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + entry.fileNameLength + entry.compressedSize]);
          const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
          if (mode === S_IFLNK) throw new UserError('UNSAFE_PATH', `the archive holds a symbolic link (${name}); links are refused`, 400);
          if (!name.endsWith('/')) {
            total += entry.uncompressedSize;
            compressed += entry.compressedSize;
            if (total > limits.maxTotalBytes) {
              throw new UserError('TOO_LARGE', `the archive unpacks to more than ${mb(limits.maxTotalBytes)}; the limit is ${mb(limits.maxTotalBytes)}`, 413);
            }
            const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
            if (entry.uncompressedSize >= limits.ratioMinBytes && ratio > limits.maxRatio) {
              throw new UserError('ZIP_BOMB', `${name} expands ${Math.round(ratio)} times (${mb(entry.compressedSize)} to ${mb(entry.uncompressedSize)}): a zip bomb; refused`, 413);
            }
            entries.push({ path: name, size: entry.uncompressedSize });
            byPath.set(name, entry);
          }
          zip.readEntry();
        } catch (e) {
          reject(e);
        }
      });
      zip.readEntry();
    });
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i]![0] < spans[i - 1]![1]) throw new UserError('ZIP_BOMB', `${basename(path)} has entries that share the same bytes (overlapping files): a zip bomb; refused`, 413);
    }
    const ratio = total / Math.max(1, compressed);
    if (total >= limits.ratioMinBytes && ratio > limits.maxRatio) {
      throw new UserError('ZIP_BOMB', `${basename(path)} expands ${Math.round(ratio)} times (${mb(compressed)} to ${mb(total)}): a zip bomb; refused`, 413);
    }
  } catch (e) {
    zip.close();
    throw e;
  }
  let read = 0;
  // Every entry's bytes pass one count, so the archive's reading stops at the budget.
  const counted = () =>
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        read += chunk.length;
        if (read > limits.maxReadBytes) done(new UserError('TOO_LARGE', `${basename(path)} unpacks to more than ${mb(limits.maxReadBytes)} of text; the limit is ${mb(limits.maxReadBytes)}`, 413));
        else done(null, chunk);
      },
    });
  return {
    kind: 'zip',
    entries,
    open: (e) =>
      new Promise<Readable>((resolve, reject) => {
        const entry = byPath.get(e.path);
        if (!entry) return reject(new UserError('BAD_ARCHIVE', `no entry ${e.path}`, 400));
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(zipError(path, err));
          const out = counted();
          stream.on('error', (e) => out.destroy(e));
          out.on('close', () => stream.destroy());
          resolve(stream.pipe(out));
        });
      }),
    close: () => zip.close(),
  };
}

/** Translate a stream error met while reading an entry into a user error. */
export function entryReadError(path: string, entry: string, e: unknown): unknown {
  if (e instanceof UserError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/unexpected end|invalid|incorrect|too (few|many) bytes|EOF|Z_BUF_ERROR|Z_DATA_ERROR|unexpected/i.test(msg)) {
    return new UserError('BAD_ARCHIVE', `${entry} in ${basename(path)} is damaged or cut short (${msg})`, 400);
  }
  return e;
}
