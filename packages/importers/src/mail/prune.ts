// Reads a message line by line as it streams in and keeps only what the classifier reads: every
// header block, the text, HTML and calendar parts, and the boundary lines between parts. The body
// of any other part (a PDF, an image, a zip) is counted and dropped unread, so memory follows the
// text of a message, not its size: a 70 MB attachment costs nothing to hold. The kept bytes are a
// valid message that `scanRawMail` reads exactly as it reads the whole one.

/** Largest text (headers, text, HTML and calendar parts) kept of one message; attachments aside. */
export const MAX_TEXT_BYTES = 60 * 1024 * 1024;

// A line longer than this inside a dropped part is dropped in pieces rather than held whole.
export const LONG_LINE_BYTES = 1024 * 1024;

interface Level {
  boundary: Buffer;
}

function headerValue(block: string, name: string): string {
  const m = new RegExp(`^${name}:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(block);
  return m ? m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : '';
}

function boundaryOf(type: string): string | null {
  const m = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(type);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Whether a part's body is read (as `scanRawMail` would read it), from its header block. */
function partKind(block: string): { kind: 'multipart'; boundary: string } | { kind: 'message' | 'keep' | 'drop' } {
  const type = headerValue(block, 'content-type') || 'text/plain';
  const mime = type.split(';')[0]!.trim().toLowerCase();
  if (mime.startsWith('multipart/')) {
    const boundary = boundaryOf(type);
    // No boundary: broken MIME, read as text as far as it goes.
    return boundary ? { kind: 'multipart', boundary } : { kind: 'keep' };
  }
  if (mime === 'message/rfc822') return { kind: 'message' };
  const disposition = headerValue(block, 'content-disposition').toLowerCase();
  if (mime === 'text/calendar' || mime === 'application/ics' || /filename\s*=\s*"?[^";]*\.ics"?/i.test(disposition)) return { kind: 'keep' };
  if (disposition.startsWith('attachment')) return { kind: 'drop' };
  return mime === 'text/plain' || mime === 'text/html' ? { kind: 'keep' } : { kind: 'drop' };
}

const isBlank = (line: Buffer): boolean => line.length <= 2 && (line[0] === 0x0a || (line[0] === 0x0d && line[1] === 0x0a));

function trimEnd(line: Buffer): Buffer {
  let end = line.length;
  while (end > 0 && (line[end - 1] === 0x0a || line[end - 1] === 0x0d || line[end - 1] === 0x20 || line[end - 1] === 0x09)) end--;
  return line.subarray(0, end);
}

/**
 * One message's lines in, its readable skeleton out. `push` each line with its line break (a
 * piece of an over-long line with `isContinuation`); `finish` gives the kept bytes, or null when
 * the text alone is over `maxTextBytes`.
 */
export class MessagePruner {
  private kept: Buffer[] = [];
  private keptBytes = 0;
  /** Every byte of the message, dropped parts included. */
  totalBytes = 0;
  /** Bytes of attachment bodies dropped unread. */
  droppedBytes = 0;
  isOverLimit = false;
  private inHeaders = true;
  private header: Buffer[] = [];
  private headerBytes = 0;
  private dropping = false;
  private stack: Level[] = [];

  /** With `keepAll`, every byte is kept (a full parse's baseline in the bench), still bounded. */
  constructor(private readonly maxTextBytes = MAX_TEXT_BYTES, private readonly keepAll = false) {}

  private keep(line: Buffer): void {
    if (this.isOverLimit) return;
    this.keptBytes += line.length;
    if (this.keptBytes > this.maxTextBytes) {
      this.isOverLimit = true;
      this.kept = [];
      return;
    }
    this.kept.push(line);
  }

  private endHeaders(): void {
    const block = Buffer.concat(this.header, this.headerBytes).toString('latin1');
    this.header = [];
    this.headerBytes = 0;
    const part = partKind(block);
    this.inHeaders = part.kind === 'message';
    this.dropping = part.kind === 'drop';
    if (part.kind === 'multipart') this.stack.push({ boundary: Buffer.from(`--${part.boundary}`) });
  }

  /** A boundary line of an open multipart: the level it belongs to, and whether it closes it. */
  private boundaryAt(line: Buffer): { depth: number; isClose: boolean } | null {
    if (line[0] !== 0x2d || line[1] !== 0x2d || this.stack.length === 0) return null;
    const bare = trimEnd(line);
    for (let d = this.stack.length - 1; d >= 0; d--) {
      const b = this.stack[d]!.boundary;
      if (bare.length === b.length && bare.equals(b)) return { depth: d, isClose: false };
      if (bare.length === b.length + 2 && bare.subarray(0, b.length).equals(b) && bare[b.length] === 0x2d && bare[b.length + 1] === 0x2d) return { depth: d, isClose: true };
    }
    return null;
  }

  push(line: Buffer, isContinuation = false): void {
    this.totalBytes += line.length;
    if (this.inHeaders && !isContinuation) {
      if (isBlank(line)) {
        this.keep(line);
        this.endHeaders();
        return;
      }
      // A header block that never ends is text like any other: bounded by the same limit.
      this.header.push(line);
      this.headerBytes += line.length;
      this.keep(line);
      if (this.headerBytes > 256 * 1024) this.endHeaders();
      return;
    }
    const at = isContinuation ? null : this.boundaryAt(line);
    if (at) {
      // A boundary of an outer part also ends every inner part left open (broken MIME).
      this.stack.length = at.isClose ? at.depth : at.depth + 1;
      this.keep(line);
      this.inHeaders = !at.isClose;
      this.dropping = false;
      return;
    }
    if (this.dropping && !this.keepAll) {
      this.droppedBytes += line.length;
      return;
    }
    this.keep(line);
  }

  /** Whether the lines now pushed are an attachment's body, dropped unread (counted only). */
  get isDroppingBody(): boolean {
    return this.dropping && !this.keepAll;
  }

  /**
   * A line of a dropped body that is no boundary (it does not start with "--"): counted, as
   * `push` would, without a view of its bytes being made. For readers that check that themselves.
   */
  skipDropped(bytes: number): void {
    this.totalBytes += bytes;
    this.droppedBytes += bytes;
  }

  /** The kept bytes (null when the text was over the limit). */
  finish(): Buffer | null {
    if (this.isOverLimit) return null;
    return Buffer.concat(this.kept, this.keptBytes);
  }
}

/** Split bytes into lines, each with its line break; the last line may have none. */
export function* linesOf(buf: Buffer): Generator<Buffer> {
  let from = 0;
  for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a, from)) {
    yield buf.subarray(from, nl + 1);
    from = nl + 1;
  }
  if (from < buf.length) yield buf.subarray(from);
}

/** A whole message in memory pruned the same way (an upload, a file, an IMAP fetch). */
export function pruneMessage(raw: Buffer, maxTextBytes = MAX_TEXT_BYTES): Buffer | null {
  const p = new MessagePruner(maxTextBytes);
  for (const line of linesOf(raw)) p.push(line);
  return p.finish();
}

/**
 * A message streamed in chunks (a file, a download), pruned as it arrives: the kept bytes and
 * the message's whole size. Lines longer than LONG_LINE_BYTES are passed on in pieces.
 */
export async function pruneStream(input: AsyncIterable<Buffer | string>, maxTextBytes = MAX_TEXT_BYTES): Promise<{ raw: Buffer | null; size: number }> {
  const p = new MessagePruner(maxTextBytes);
  let pending: Buffer = Buffer.alloc(0);
  let midLine = false;
  for await (const chunk of input) {
    const buf = pending.length ? Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]) : typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      p.push(buf.subarray(from, nl + 1), midLine);
      midLine = false;
      from = nl + 1;
    }
    pending = Buffer.from(buf.subarray(from));
    if (pending.length > LONG_LINE_BYTES) {
      p.push(pending, true);
      pending = Buffer.alloc(0);
      midLine = true;
    }
  }
  if (pending.length) p.push(pending, midLine);
  return { raw: p.finish(), size: p.totalBytes };
}
