import { isAscii } from 'node:buffer';
import { fileTypeFromBuffer } from 'file-type';
import { UserError } from '@secondround/core';

/** The text encodings a tracker CSV is read in; anything else is refused with `BAD_ENCODING`. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodeState {
  /** Known once the first bytes are seen; may change from `utf-8` to `windows-1252` mid-stream (see below). */
  encoding: CsvEncoding | null;
  bytes: number;
}

export interface DecodeOptions {
  /** Refuse input larger than this many bytes (`TOO_LARGE`, 413). */
  maxBytes?: number;
}

/** Bytes looked at before deciding what the file is: file-type needs up to 4,100 for its magic numbers. */
const SNIFF_BYTES = 4_100;

/**
 * Bytes that windows-1252 leaves undefined (WHATWG maps them to C1 controls). Nobody types them, so
 * their presence means the file is in some other legacy encoding we would only garble.
 */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Decode a byte stream into text chunks, streaming. UTF-8 (with or without BOM) and UTF-16 with a
 * BOM are read as such. Without a BOM, UTF-8 is assumed until a byte sequence is not valid UTF-8;
 * if every earlier byte was ASCII (where UTF-8 and windows-1252 agree), decoding switches to
 * windows-1252 from that chunk on, so a Latin-1 file whose first accent is on row 50,000 is still
 * read in one pass. An invalid byte after real UTF-8 text means mixed encodings: refused.
 */
export async function* decodeCsvBytes(
  input: AsyncIterable<Uint8Array | string>,
  state: DecodeState,
  options: DecodeOptions = {},
): AsyncGenerator<string> {
  const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const iterator = input[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  let ended = false;
  // Collect the first bytes to sniff BOM, magic numbers and NULs.
  while (head.length < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head = head.length === 0 ? toBuffer(next.value) : Buffer.concat([head, toBuffer(next.value)]);
    checkSize(head.length, max);
  }
  state.bytes = head.length;
  if (head.length === 0) throw new UserError('EMPTY_FILE', 'The file is empty: expected a CSV with a header line and one row per application.');

  const encoding = await sniffEncoding(head);
  state.encoding = encoding;

  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const buf = toBuffer(next.value);
      state.bytes += buf.length;
      checkSize(state.bytes, max);
      yield buf;
    }
  }

  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoder = new TextDecoder(encoding, { fatal: true });
    let offset = 0;
    for await (const buf of rest()) {
      const text = decodeOrRefuse(decoder, buf, true, offset, encoding);
      offset += buf.length;
      if (text.includes('\u0000')) throw binaryContent(offset);
      if (text) yield text;
    }
    const tail = decodeOrRefuse(decoder, undefined, false, offset, encoding);
    if (tail) yield tail;
    return;
  }

  yield* decodeUtf8OrLatin(rest(), state);
}

async function* decodeUtf8OrLatin(chunks: AsyncIterable<Buffer>, state: DecodeState): AsyncGenerator<string> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let latin: TextDecoder | null = null;
  let sawNonAscii = false;
  let offset = 0;
  for await (const buf of chunks) {
    const nul = buf.indexOf(0);
    if (nul >= 0) throw binaryContent(offset + nul);
    if (latin) {
      refuseForeignLegacy(buf, offset);
      yield latin.decode(buf, { stream: true });
      offset += buf.length;
      continue;
    }
    const ascii = isAscii(buf);
    try {
      const text = utf8.decode(buf, { stream: true });
      if (!ascii) sawNonAscii = true;
      offset += buf.length;
      if (text) yield text;
    } catch {
      if (sawNonAscii || utf8BeforeFirstError(buf)) {
        throw new UserError(
          'BAD_ENCODING',
          `The file mixes encodings: it starts as UTF-8 but has bytes that are not UTF-8 near byte ${offset + 1}. Save it again as "CSV UTF-8".`,
        );
      }
      refuseForeignLegacy(buf, offset);
      latin = new TextDecoder('windows-1252');
      state.encoding = 'windows-1252';
      yield latin.decode(buf, { stream: true });
      offset += buf.length;
    }
  }
  if (latin) return;
  try {
    const tail = utf8.decode();
    if (tail) yield tail;
  } catch {
    throw new UserError('BAD_ENCODING', 'The file ends in the middle of a UTF-8 character: it looks cut short. Save it again as "CSV UTF-8".');
  }
}

/**
 * Whether a well-formed UTF-8 multi-byte character comes before the first byte that is not UTF-8:
 * then the file was UTF-8 and got other bytes pasted in, and no single encoding reads it right.
 */
function utf8BeforeFirstError(buf: Buffer): boolean {
  let sawMultibyte = false;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > buf.length) return sawMultibyte;
    for (let k = 1; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return sawMultibyte;
    sawMultibyte = true;
    i += n;
  }
  return sawMultibyte;
}

/**
 * A Latin-1 / windows-1252 CSV is mostly ASCII with a few accented letters. When non-ASCII bytes
 * outnumber ASCII letters, or a byte windows-1252 leaves undefined appears, the text is in another
 * legacy encoding (Shift_JIS, GBK, KOI8-R, windows-1251…) that we would read as nonsense.
 */
function refuseForeignLegacy(buf: Buffer, offset: number): void {
  let high = 0;
  let letters = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b >= 0x80) {
      high++;
      if (CP1252_UNDEFINED.has(b)) throw foreignEncoding(offset + i);
    } else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
  }
  if (high > 16 && high > letters) throw foreignEncoding(offset);
}

function foreignEncoding(at: number): UserError {
  return new UserError(
    'BAD_ENCODING',
    `The file is not UTF-8, UTF-16 or Latin-1 (windows-1252) text (near byte ${at + 1}); it may use another encoding such as Shift_JIS, GBK or windows-1251. Save it again as "CSV UTF-8".`,
  );
}

async function sniffEncoding(head: Buffer): Promise<CsvEncoding> {
  const [b0, b1, b2, b3] = [head[0], head[1], head[2], head[3]];
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) throw utf32();
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) throw utf32();
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8-bom';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  let type: { ext: string; mime: string } | undefined;
  try {
    type = await fileTypeFromBuffer(head);
  } catch {
    type = undefined; // an unreadable header is no known binary format; the checks below still run
  }
  if (type) {
    const hint = type.ext === 'zip' || type.ext === 'xlsx' ? ' (a spreadsheet saved as .xlsx is one): export the sheet as CSV' : '';
    throw new UserError('UNSUPPORTED_FORMAT', `This is a ${type.ext.toUpperCase()} file (${type.mime}), not a CSV text file${hint}.`, 415);
  }
  const nul = head.indexOf(0);
  if (nul >= 0) {
    if (looksLikeUtf16WithoutBom(head)) {
      throw new UserError('BAD_ENCODING', 'The file looks like UTF-16 text without a byte-order mark, which cannot be read reliably. Save it again as "CSV UTF-8".');
    }
    throw binaryContent(nul);
  }
  let controls = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  // Text files have next to no C0 control characters; a few percent means binary data.
  if (controls > 4 && controls * 50 > head.length) throw binaryContent(0);
  return 'utf-8';
}

function looksLikeUtf16WithoutBom(head: Buffer): boolean {
  const n = Math.min(head.length & ~1, 512);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return pairs >= 2 && (evenNul > pairs * 0.6 || oddNul > pairs * 0.6);
}

function decodeOrRefuse(decoder: TextDecoder, buf: Buffer | undefined, stream: boolean, offset: number, encoding: string): string {
  try {
    return buf ? decoder.decode(buf, { stream }) : decoder.decode();
  } catch {
    throw new UserError('BAD_ENCODING', `The file says it is ${encoding.toUpperCase()} (byte-order mark) but is not valid ${encoding.toUpperCase()} near byte ${offset + 1}.`);
  }
}

function binaryContent(at: number): UserError {
  return new UserError('UNSUPPORTED_FORMAT', `This does not look like a CSV text file: it contains binary data (near byte ${at + 1}).`, 415);
}

function utf32(): UserError {
  return new UserError('BAD_ENCODING', 'The file is UTF-32 text, which is not supported. Save it again as "CSV UTF-8".');
}

function checkSize(bytes: number, max: number): void {
  if (bytes > max) throw new UserError('TOO_LARGE', `The file is larger than the limit of ${max} bytes.`, 413);
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
