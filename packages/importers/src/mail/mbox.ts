// Streaming readers of mailboxes: an mbox file (Google Takeout, Thunderbird, Apple Mail export)
// split on its "From " separator lines, or a folder of .eml files. Never the whole file in
// memory: one message at a time, and of each only its headers and text (prune.ts); attachments
// are dropped unread as they stream past. A message whose text alone is over the limit is
// reported and skipped.
import { createReadStream } from 'node:fs';
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '@secondround/core';
import { LONG_LINE_BYTES, MAX_TEXT_BYTES, MessagePruner, pruneStream } from './prune';

const sizeText = (bytes: number): string => (bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`);

/** The error of a message whose text (attachments aside) is over the limit. */
export function textTooLarge(label: string, max: number): { code: string; message: string } {
  return { code: 'MESSAGE_TOO_LARGE', message: `${label} has over ${sizeText(max)} of text (attachments aside) and was skipped` };
}

/** One message of a mailbox: its raw bytes, or why it was skipped. */
export interface MailboxEntry {
  /** Position in the mailbox (0-based) or the file name in a folder. */
  index: number;
  source: string;
  /** Byte offset of the message's separator line in the mbox (0 for a file). */
  offset: number;
  /** The message's whole size in the mailbox, attachments included. */
  size: number;
  /** The message without its attachments' bodies (see prune.ts), or null when skipped. */
  raw: Buffer | null;
  error: { code: string; message: string } | null;
  /** The mbox ended in the middle of this message (no final line break). */
  isTruncated: boolean;
}

const FROM = Buffer.from('From ');
const EMPTY = Buffer.alloc(0);

// mboxrd escapes body lines that start with "From " as ">From " (and ">From " as ">>From ").
function unescapeLine(line: Buffer): Buffer {
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  return i > 0 && line.subarray(i, i + 5).equals(FROM) ? line.subarray(1) : line;
}

/**
 * Split an mbox stream into messages, each pruned of its attachments as it streams. The first
 * line must be a "From " separator (else NOT_MBOX); a message whose text is over
 * `maxMessageBytes` comes back as an entry with an error and no bytes. `keepAttachments` keeps
 * every byte (the bench's full-parse baseline), under the same limit.
 */
export async function* readMbox(input: AsyncIterable<Buffer | string>, options: { maxMessageBytes?: number; source?: string; keepAttachments?: boolean } = {}): AsyncGenerator<MailboxEntry> {
  const max = options.maxMessageBytes ?? MAX_TEXT_BYTES;
  const source = options.source ?? 'mbox';
  const keepAll = options.keepAttachments === true;
  let pending: Buffer = EMPTY;
  let pruner = new MessagePruner(max, keepAll);
  let index = -1;
  let offset = 0;
  let position = 0;
  let sawLine = false;
  let previousBlank = true;
  let midLine = false;
  const finish = (isTruncated: boolean): MailboxEntry | null => {
    if (index < 0) return null;
    const raw = pruner.finish();
    const entry: MailboxEntry = raw === null
      ? { index, source, offset, size: pruner.totalBytes, raw: null, error: textTooLarge(`message ${index + 1}`, max), isTruncated }
      : { index, source, offset, size: pruner.totalBytes, raw, error: null, isTruncated };
    pruner = new MessagePruner(max, keepAll);
    return entry;
  };
  const onLine = (line: Buffer, isContinuation: boolean): MailboxEntry | null => {
    const start = position;
    position += line.length;
    const isSeparator = !isContinuation && previousBlank && line.subarray(0, 5).equals(FROM);
    const blank = !isContinuation && line.length <= 2 && (line[0] === 0x0a || (line[0] === 0x0d && line[1] === 0x0a));
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
    pruner.push(isContinuation ? line : unescapeLine(line), isContinuation);
    return null;
  };
  // A line of `buf` from `from` to `end`, handed on unless it is a dropped attachment's line.
  // Most of a mailbox's bytes are attachments' bodies: a line of one that cannot be a separator
  // (none follows a line that is not blank), a blank line, a boundary ("--") or an escaped
  // "From " (">") is only counted, without a view of it made or read further.
  const line = (buf: Buffer, from: number, end: number): MailboxEntry | null => {
    const c = buf[from];
    if (!midLine && !previousBlank && c !== 0x2d && c !== 0x3e && c !== 0x0d && c !== 0x0a && pruner.isDroppingBody) {
      position += end - from;
      pruner.skipDropped(end - from);
      return null;
    }
    const entry = onLine(buf.subarray(from, end), midLine);
    midLine = false;
    return entry;
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    if (pending.length) {
      // The line begun in the chunk before: only it is joined and copied, not the whole chunk.
      const nl = buf.indexOf(0x0a);
      if (nl < 0) {
        pending = Buffer.concat([pending, buf]);
        from = buf.length;
      } else {
        const joined = Buffer.concat([pending, buf.subarray(0, nl + 1)]);
        pending = EMPTY;
        from = nl + 1;
        const entry = line(joined, 0, joined.length);
        if (entry) yield entry;
      }
    }
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      const entry = line(buf, from, nl + 1);
      from = nl + 1;
      if (entry) yield entry;
    }
    // The unfinished last line, copied so the chunk is not held for it.
    if (from < buf.length) pending = Buffer.from(buf.subarray(from));
    // A line longer than any separator or boundary: passed on in pieces, never held whole.
    if (pending.length > LONG_LINE_BYTES) {
      if (!sawLine) throw new UserError('NOT_MBOX', `${source} is not an mbox file: it does not start with a "From " line`);
      onLine(pending, true);
      pending = EMPTY;
      midLine = true;
    }
  }
  const truncated = pending.length > 0;
  if (truncated) {
    const entry = onLine(pending, midLine);
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

/** Read every `.eml` file of a folder (sorted by name), one at a time, each streamed and pruned. */
export async function* readEmlFolder(dir: string, options: { maxMessageBytes?: number } = {}): AsyncGenerator<MailboxEntry> {
  const max = options.maxMessageBytes ?? MAX_TEXT_BYTES;
  const names: string[] = [];
  for await (const d of await opendir(dir)) if (d.isFile() && /\.eml$/i.test(d.name)) names.push(d.name);
  names.sort();
  let index = 0;
  for (const name of names) {
    const { raw, size } = await pruneStream(createReadStream(join(dir, name), { highWaterMark: 1 << 20 }), max);
    yield { index, source: name, offset: 0, size, raw, error: raw ? null : textTooLarge(name, max), isTruncated: false };
    index++;
  }
}
