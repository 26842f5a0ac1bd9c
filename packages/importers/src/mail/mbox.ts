// Streaming readers of mailboxes: an mbox file (Google Takeout, Thunderbird, Apple Mail export)
// split on its "From " separator lines, or a folder of .eml files. Never the whole file in
// memory: one message at a time, each bounded; a bigger one is reported and skipped.
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '@secondround/core';
import { MAX_MESSAGE_BYTES } from './parse';

/** One message of a mailbox: its raw bytes, or why it was skipped. */
export interface MailboxEntry {
  /** Position in the mailbox (0-based) or the file name in a folder. */
  index: number;
  source: string;
  /** Byte offset of the message's separator line in the mbox (0 for a file). */
  offset: number;
  raw: Buffer | null;
  error: { code: string; message: string } | null;
  /** The mbox ended in the middle of this message (no final line break). */
  isTruncated: boolean;
}

const FROM = Buffer.from('From ');

// mboxrd escapes body lines that start with "From " as ">From " (and ">From " as ">>From ").
function unescapeLine(line: Buffer): Buffer {
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  return i > 0 && line.subarray(i, i + 5).equals(FROM) ? line.subarray(1) : line;
}

/**
 * Split an mbox stream into messages. The first line must be a "From " separator (else
 * NOT_MBOX); a message over `maxMessageBytes` comes back as an entry with an error and no bytes.
 */
export async function* readMbox(input: AsyncIterable<Buffer | string>, options: { maxMessageBytes?: number; source?: string } = {}): AsyncGenerator<MailboxEntry> {
  const max = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const source = options.source ?? 'mbox';
  let pending: Buffer = Buffer.alloc(0);
  let parts: Buffer[] = [];
  let size = 0;
  let oversize = false;
  let index = -1;
  let offset = 0;
  let position = 0;
  let sawLine = false;
  let previousBlank = true;
  const finish = (isTruncated: boolean): MailboxEntry | null => {
    if (index < 0) return null;
    const entry: MailboxEntry = oversize
      ? { index, source, offset, raw: null, error: { code: 'MESSAGE_TOO_LARGE', message: `message ${index + 1} is over ${Math.round(max / 1048576)} MB and was skipped` }, isTruncated }
      : { index, source, offset, raw: Buffer.concat(parts, size), error: null, isTruncated };
    parts = [];
    size = 0;
    oversize = false;
    return entry;
  };
  const onLine = (line: Buffer): MailboxEntry | null => {
    const start = position;
    position += line.length;
    const isSeparator = previousBlank && line.subarray(0, 5).equals(FROM);
    const blank = line.length <= 2 && (line[0] === 0x0a || (line[0] === 0x0d && line[1] === 0x0a));
    if (!sawLine) {
      sawLine = true;
      if (!isSeparator) throw new UserError('NOT_MBOX', `${source} is not an mbox file: it does not start with a "From " line`);
    }
    previousBlank = blank;
    if (isSeparator) {
      const done = finish(false);
      index++;
      offset = start;
      return done;
    }
    if (oversize) return null;
    const body = unescapeLine(line);
    size += body.length;
    if (size > max) {
      oversize = true;
      parts = [];
      return null;
    }
    parts.push(body);
    return null;
  };
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (pending.length) buf = Buffer.concat([pending, buf]);
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      const entry = onLine(buf.subarray(from, nl + 1));
      from = nl + 1;
      if (entry) yield entry;
    }
    pending = Buffer.from(buf.subarray(from));
    // A line longer than any message we keep: count it, do not hold it.
    if (pending.length > max) {
      if (!sawLine) throw new UserError('NOT_MBOX', `${source} is not an mbox file: it does not start with a "From " line`);
      position += pending.length;
      oversize = true;
      parts = [];
      pending = Buffer.alloc(0);
    }
  }
  const truncated = pending.length > 0;
  if (truncated) {
    const entry = onLine(pending);
    if (entry) yield entry;
  }
  if (!sawLine) return;
  const last = finish(truncated);
  if (last) yield last;
}

/** Read an mbox file as a stream of messages. */
export function readMboxFile(path: string, options: { maxMessageBytes?: number } = {}): AsyncGenerator<MailboxEntry> {
  return readMbox(createReadStream(path, { highWaterMark: 1 << 20 }), { ...options, source: path });
}

/** Read every `.eml` file of a folder (sorted by name), one at a time, each bounded. */
export async function* readEmlFolder(dir: string, options: { maxMessageBytes?: number } = {}): AsyncGenerator<MailboxEntry> {
  const max = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const names: string[] = [];
  for await (const d of await opendir(dir)) if (d.isFile() && /\.eml$/i.test(d.name)) names.push(d.name);
  names.sort();
  let index = 0;
  for (const name of names) {
    const path = join(dir, name);
    const { size } = await stat(path);
    yield size > max
      ? { index, source: name, offset: 0, raw: null, error: { code: 'MESSAGE_TOO_LARGE', message: `${name} is over ${Math.round(max / 1048576)} MB and was skipped` }, isTruncated: false }
      : { index, source: name, offset: 0, raw: await readFile(path), error: null, isTruncated: false };
    index++;
  }
}
