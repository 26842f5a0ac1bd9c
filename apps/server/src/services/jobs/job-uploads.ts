import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UserError } from '@secondround/core';
import type { Store } from '@secondround/store';
import { human } from '../../middleware/limits';
import { safeFileName } from '../upload';

/** Bytes per stored piece of an upload: small enough to hold one at a time, large enough to be few rows. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

/**
 * Store a request body as a new job's upload, in the database (so any app process can run the
 * job), one piece at a time: memory holds at most one piece whatever the file's size. Past
 * `maxBytes` it stops with 413 `TOO_LARGE`; an empty or broken-off body is refused too. On any
 * failure the job and its pieces are deleted, and the job id is given only once all bytes are in.
 */
export async function receiveUpload(
  store: Store,
  ownerId: string,
  kind: string,
  params: Record<string, unknown>,
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  what = 'one upload',
): Promise<{ jobId: string; bytes: number }> {
  if (!body) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
  const jobId = await store.jobRuns.create(ownerId, kind, params);
  let bytes = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const piece = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await store.jobRuns.appendChunk(jobId, seq++, piece);
  };
  const reader = body.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        // The page closed or the connection dropped before the whole file arrived.
        throw new UserError('UPLOAD_INTERRUPTED', 'the upload was interrupted before the whole file arrived; try again', 400);
      }
      if (next.done) break;
      const value = next.value;
      bytes += value.byteLength;
      if (bytes > maxBytes) throw new UserError('TOO_LARGE', `the upload is larger than ${human(maxBytes)}, the limit for ${what}`, 413);
      let offset = 0;
      while (offset < value.byteLength) {
        const take = Math.min(UPLOAD_CHUNK_BYTES - pendingBytes, value.byteLength - offset);
        pending.push(Buffer.from(value.buffer, value.byteOffset + offset, take));
        pendingBytes += take;
        offset += take;
        if (pendingBytes >= UPLOAD_CHUNK_BYTES) await flush();
      }
    }
    await flush();
    if (bytes === 0) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
    await store.jobRuns.markQueued(ownerId, jobId, bytes);
    return { jobId, bytes };
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    await store.jobRuns.discard(ownerId, jobId).catch(() => undefined);
    throw e;
  } finally {
    reader.releaseLock();
  }
}

/**
 * Copy a job's upload out of the database into a private temp folder of this process (the social
 * reader needs a file it can seek in), named as the person's file was. The caller removes it.
 */
export async function uploadToTempFile(store: Store, ownerId: string, jobId: string, fileName: string): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'secondround-job-'));
  const path = join(dir, safeFileName(fileName));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(store.jobRuns.readUpload(ownerId, jobId), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    return { path, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}
