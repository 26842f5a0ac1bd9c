import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '@secondround/core';
import { human } from '../middleware/limits';

export interface SavedUpload {
  /** The file, named as the person's file was (importers detect formats by name). */
  path: string;
  bytes: number;
  /** Delete the file and its folder; safe to call twice. */
  remove(): Promise<void>;
}

/**
 * A file name safe to write inside our own temp folder: the last path segment only, no control
 * or reserved characters, never `.`/`..`, at most 120 characters (keeping the extension).
 */
export function safeFileName(name: string | undefined, fallback = 'upload.bin'): string {
  const last = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  let clean = last.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  if (clean === '' || /^\.+$/.test(clean)) clean = fallback;
  if (clean.length > 120) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, 120 - ext.length) + ext;
  }
  return clean;
}

/**
 * Stream a request body to a new file in a private folder under the OS temp dir, counting bytes
 * as they pass and stopping with a 413 past `maxBytes`, so no upload is ever held in memory.
 * The folder is removed on any failure; on success the caller must call `remove()`.
 */
export async function saveUpload(body: ReadableStream<Uint8Array> | null, fileName: string, maxBytes: number): Promise<SavedUpload> {
  if (!body) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
  const dir = await mkdtemp(join(tmpdir(), 'secondround-upload-'));
  const path = join(dir, safeFileName(fileName));
  const remove = () => rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new UserError('TOO_LARGE', `the upload is larger than ${human(maxBytes)}, the limit for one export`, 413));
      else done(null, chunk);
    },
  });
  try {
    const reader = body.getReader();
    // A plain async generator over the web stream: Readable.fromWeb would also do, but this keeps
    // the reader's cancel in our hands when the write fails.
    const source = async function* () {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        }
      } finally {
        reader.releaseLock();
      }
    };
    await pipeline(source(), counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    if (bytes === 0) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
    return { path, bytes, remove };
  } catch (e) {
    await remove();
    // A file-system failure (disk full, permissions) is the server's problem and stays a 500; a
    // body that broke off (the page closed, the connection dropped) is said as such.
    if (e instanceof UserError || (e as NodeJS.ErrnoException).syscall) throw e;
    throw new UserError('UPLOAD_INTERRUPTED', 'the upload was interrupted before the whole file arrived; try again', 400);
  }
}
