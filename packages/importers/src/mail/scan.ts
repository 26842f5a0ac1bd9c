// A fast reader of what the classifier needs from a raw message: the headers, the text and HTML
// bodies and any calendar part, found by walking the MIME tree over the raw bytes. Attachments
// are stepped over by their boundaries and never decoded, which is where a full parse (mailparser)
// spends most of its time on real mail.
import type { ParsedMail } from './parse';

const CRLF2 = /\r?\n\r?\n/;

const LF2 = Buffer.from('\n\n');
const CRLF2_BYTES = Buffer.from('\r\n\r\n');

function headerBlock(buf: Buffer): { headers: Map<string, string>; bodyStart: number } {
  // Only the header block becomes a string: an attachment's body is never copied.
  const limit = Math.min(buf.length, 256 * 1024);
  const a = buf.indexOf(CRLF2_BYTES);
  const b = buf.indexOf(LF2);
  const cut = [a, b].filter((i) => i >= 0 && i < limit);
  const head = buf.subarray(0, cut.length ? Math.min(...cut) + 4 : limit).toString('latin1');
  const m = CRLF2.exec(head);
  const end = m ? m.index : head.length;
  const headers = new Map<string, string>();
  for (const line of head.slice(0, end).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const key = line.slice(0, i).trim().toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(i + 1).trim());
  }
  return { headers, bodyStart: m ? m.index + m[0].length : buf.length };
}

function param(value: string, name: string): string | null {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

// Labels mail programs write that the WHATWG decoder does not know by that spelling.
function charsetLabel(charset: string): string {
  const c = charset.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (/^(?:us-?ascii|ascii|ansi_x3\.4-1968|utf-?8|unicode-1-1-utf-8)$/.test(c)) return 'utf-8';
  if (/^(?:latin-?1|iso[-_ ]?8859[-_ ]?1|iso_8859-1:1987)$/.test(c)) return 'iso-8859-1';
  const win = /^(?:cp|windows|win|x-cp)[-_ ]?(12\d\d)$/.exec(c);
  if (win) return `windows-${win[1]}`;
  const iso = /^iso[-_ ]?8859[-_ ]?(\d{1,2})$/.exec(c);
  if (iso) return `iso-8859-${iso[1]}`;
  return c;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// A UTF-8 lead byte and its continuation bytes, read as Latin-1 characters.
const UTF8_MULTIBYTE = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €). Node 20's decoder for that label (and for
// ISO-8859-1, which the encoding standard maps to it) leaves them as C1 control characters.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decodeCharset(bytes: Buffer, charset: string | null, warnings?: Set<string>): string {
  const label = charsetLabel(charset ?? 'utf-8');
  // A charset missing or said wrongly: bytes that are not UTF-8 under a UTF-8 (or ASCII, or no)
  // label are a Windows-1252 program's, and bytes labelled Latin-1 or Windows-1252 that form UTF-8's
  // multi-byte sequences are UTF-8 (Latin-1 text almost never does: "Ã©" is no word).
  if (label === 'utf-8') {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      const said = charset ? `charset "${charset.slice(0, 40)}"` : 'no charset';
      // UTF-8 with a broken byte or two (a cut message) stays UTF-8, the bad bytes replaced: read as
      // Windows-1252, every accent it does have would turn to "Ã©".
      if (UTF8_MULTIBYTE.test(bytes.toString('latin1'))) {
        warnings?.add(`${said} and bytes that are not all UTF-8: the bad ones replaced`);
        return new TextDecoder('utf-8').decode(bytes);
      }
      warnings?.add(`${said} but the bytes are not UTF-8: read as Windows-1252`);
      return decodeWindows1252(bytes);
    }
  }
  if (label === 'windows-1252' || label === 'iso-8859-1') {
    if (UTF8_MULTIBYTE.test(bytes.toString('latin1'))) {
      try {
        const text = strictUtf8.decode(bytes);
        warnings?.add(`charset "${String(charset).slice(0, 40)}" but the bytes are UTF-8: read as UTF-8`);
        return text;
      } catch {
        // Not UTF-8 after all: the label stands.
      }
    }
    return decodeWindows1252(bytes);
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown charset: UTF-8 when the bytes are valid UTF-8, else Windows-1252, which keeps
    // every byte as a character the rules can still read.
    let text: string;
    let as: string;
    try {
      text = strictUtf8.decode(bytes);
      as = 'UTF-8';
    } catch {
      text = decodeWindows1252(bytes);
      as = 'Windows-1252';
    }
    warnings?.add(`unknown charset "${String(charset).slice(0, 40)}": read as ${as}`);
    return text;
  }
}

function decodeQp(s: string): Buffer {
  const bytes: number[] = [];
  const text = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  return Buffer.from(bytes);
}

function decodeBody(body: Buffer, encoding: string, charset: string | null, warnings?: Set<string>): string {
  const enc = encoding.trim().toLowerCase();
  if (enc === 'base64') return decodeCharset(Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'), charset, warnings);
  if (enc === 'quoted-printable') return decodeCharset(decodeQp(body.toString('latin1')), charset, warnings);
  return decodeCharset(body, charset, warnings);
}

/** RFC 2047 encoded words in a header ("=?utf-8?Q?Caf=C3=A9?="). */
export function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=(\s+(?==\?))?/g, (_, charset: string, kind: string, text: string) => {
    const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQp(text.replace(/_/g, ' '));
    return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
  });
}

interface Parts {
  text: string[];
  html: string[];
  calendars: string[];
  hasPlain: boolean;
  warnings: Set<string>;
}

// The first line that looks like a boundary ("--" and a token), for a multipart whose declared
// boundary is missing or never used: broken MIME still read as far as it can be.
function guessBoundary(body: Buffer): string | null {
  const head = body.subarray(0, 64 * 1024).toString('latin1');
  const m = /^--([\w'()+,./:=?-]{1,70}?)[ \t]*\r?$/m.exec(head);
  return m && !m[1]!.endsWith('--') ? m[1]! : null;
}

function walk(buf: Buffer, parts: Parts, depth: number): void {
  const { headers, bodyStart } = headerBlock(buf);
  const type = headers.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0]!.trim().toLowerCase();
  const body = buf.subarray(bodyStart);
  if (mime.startsWith('multipart/')) {
    if (depth > 20) return;
    let boundary = param(type, 'boundary');
    if (!boundary || body.indexOf(`--${boundary}`) < 0) {
      const guessed = guessBoundary(body);
      if (!guessed) {
        // No parts to be found: the body is read as text, which is what a person would see.
        parts.warnings.add(boundary ? `broken MIME: the boundary "${boundary.slice(0, 70)}" never appears; the body was read as text` : 'broken MIME: a multipart with no boundary; the body was read as text');
        parts.text.push(decodeBody(body, '7bit', null, parts.warnings));
        parts.hasPlain = true;
        return;
      }
      parts.warnings.add(`broken MIME: the parts are separated by "--${guessed}", not by the declared boundary`);
      boundary = guessed;
    }
    const marker = Buffer.from(`--${boundary}`);
    let at = body.indexOf(marker);
    while (at >= 0) {
      const start = at + marker.length;
      if (body[start] === 0x2d && body[start + 1] === 0x2d) break;
      const next = body.indexOf(marker, start);
      const lineEnd = body.indexOf(0x0a, start);
      if (lineEnd < 0) break;
      // The part ends at the line break before the next boundary.
      let end = next < 0 ? body.length : next;
      if (end > 0 && body[end - 1] === 0x0a) end--;
      if (end > 0 && body[end - 1] === 0x0d) end--;
      walk(body.subarray(lineEnd + 1, Math.max(lineEnd + 1, end)), parts, depth + 1);
      at = next;
    }
    return;
  }
  if (mime === 'message/rfc822') return walk(body, parts, depth + 1);
  const disposition = (headers.get('content-disposition') ?? '').toLowerCase();
  const isCalendar = mime === 'text/calendar' || mime === 'application/ics' || /\.ics"?$/i.test(param(disposition, 'filename') ?? '');
  if (isCalendar) {
    parts.calendars.push(decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit', 'utf-8', parts.warnings));
    return;
  }
  // Everything else that is not readable text, or is attached, is stepped over undecoded.
  if (disposition.startsWith('attachment') || (mime !== 'text/plain' && mime !== 'text/html')) return;
  const text = decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit', param(type, 'charset'), parts.warnings);
  if (mime === 'text/html') parts.html.push(text);
  else {
    parts.text.push(text);
    parts.hasPlain = true;
  }
}

function address(value: string): { name: string; address: string } {
  const v = decodeWords(value);
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(v);
  if (m) return { name: m[1]!.trim(), address: m[2]!.trim().toLowerCase() };
  const bare = /[\w.+-]+@[\w.-]+/.exec(v);
  return { name: '', address: bare ? bare[0].toLowerCase() : '' };
}

/** An address list header ("A <a@x>, \"B, C\" <b@y>, c@z"), at most 500 addresses. */
export function addressList(value: string): Array<{ name: string; address: string }> {
  const out: Array<{ name: string; address: string }> = [];
  for (const m of decodeWords(value).matchAll(/\s*(?:"((?:[^"\\]|\\.)*)"|([^,<"]*?))\s*<([^>]+)>|([\w.+'-]+@[\w.-]+)/g)) {
    if (out.length >= 500) break;
    out.push(m[3] ? { name: (m[1] ?? m[2] ?? '').trim(), address: m[3].trim().toLowerCase() } : { name: '', address: m[4]!.toLowerCase() });
  }
  return out;
}

/**
 * Read a raw message for the classifier without decoding attachments: headers, text and HTML
 * parts, calendar parts. Never throws on bad input: broken MIME is read as far as it goes and an
 * unknown charset as best it can be, each with a line in `warnings`.
 */
export function scanRawMail(input: Buffer | string): ParsedMail {
  const raw = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const parts: Parts = { text: [], html: [], calendars: [], hasPlain: false, warnings: new Set() };
  const { headers } = headerBlock(raw);
  walk(raw, parts, 0);
  const dateHeader = headers.get('date') ?? '';
  const time = Date.parse(dateHeader.replace(/\s*\([^)]*\)\s*$/, ''));
  const offset = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(dateHeader);
  const html = parts.html.length ? parts.html.join('\n') : null;
  return {
    messageId: headers.get('message-id')?.trim() || null,
    message: {
      from: address(headers.get('from') ?? ''),
      to: addressList(headers.get('to') ?? ''),
      cc: addressList(headers.get('cc') ?? ''),
      subject: decodeWords(headers.get('subject') ?? ''),
      date: Number.isNaN(time) ? null : new Date(time).toISOString(),
      offsetMinutes: offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : null,
      text: parts.hasPlain ? parts.text.join('\n') : '',
      html,
      calendars: parts.calendars,
    },
    warnings: [...parts.warnings],
  };
}
