/**
 * Wraps the hand-written messages of a split (`bench/data/mail/SPLIT/messages.txt`) into raw MIME
 * files (`NNN.eml`) in the encoding each block names, and writes `labels.json` and `SHA256SUMS`.
 * Run: `npx tsx bench/data/mail/make-mail.ts test|train`.
 *
 * Block header: `### ID kind=K enc=E lang=L company="…" role="…" [when=YYYY-MM-DDTHH:MM zone=Z
 * format=F link=URL] [ics=1]`, then the message's own headers (From, Date, Subject), a blank line
 * and the body. Encodings: plain (8bit UTF-8), qp, b64, html (HTML only, quoted-printable),
 * latin1 (ISO-8859-1, quoted-printable), cp1252 (windows-1252, quoted-printable: curly quotes, dashes
 * and € in bytes 0x80–0x9f), fwd (forwarded by the person, original inline), reply
 * (written with its quoted history). `ics=1` attaches a `text/calendar` invitation built from the
 * labelled time, as calendar systems do.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const libqp = require('libqp') as { encode(b: Buffer): string; wrap(s: string, n: number): string };
const libmime = require('libmime') as { encodeWords(s: string, mode: string, max: number): string };

const split = process.argv[2] ?? 'test';
const dir = join(import.meta.dirname, split);
const ME = 'Alex Morgan <alex.morgan@example.net>';

interface Block {
  id: string;
  attrs: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

function parseBlocks(text: string): Block[] {
  return text
    .split(/^### /m)
    .filter((b) => b.trim())
    .map((raw) => {
      const [head, ...rest] = raw.split('\n');
      const id = head!.split(' ')[0]!;
      const attrs: Record<string, string> = {};
      for (const m of head!.matchAll(/(\w+)=("([^"]*)"|\S*)/g)) attrs[m[1]!] = m[3] ?? m[2]!;
      const joined = rest.join('\n');
      const blank = joined.indexOf('\n\n');
      const headers: Record<string, string> = {};
      for (const line of joined.slice(0, blank).split('\n')) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
      }
      return { id, attrs, headers, body: joined.slice(blank + 2).replace(/\s+$/, '') + '\n' };
    });
}

const words = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? s : libmime.encodeWords(s, 'Q', 52));
function address(s: string): string {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(s);
  if (!m) return s;
  const name = m[1]!.replace(/^"|"$/g, '');
  return /^[\x20-\x7e]*$/.test(name) ? `"${name}" <${m[2]}>` : `${words(name)} <${m[2]}>`;
}
const b64 = (buf: Buffer): string => buf.toString('base64').replace(/.{76}/g, '$&\r\n');
const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');
// windows-1252 puts printable characters where ISO-8859-1 has C1 controls.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function cp1252(s: string): Buffer {
  return Buffer.from([...s].map((ch) => {
    const i = CP1252.indexOf(ch);
    if (i >= 0) return 0x80 + i;
    const c = ch.codePointAt(0)!;
    if (c > 0xff || (c >= 0x80 && c < 0xa0)) throw new Error(`not in windows-1252: ${ch}`);
    return c;
  }));
}

function part(body: string, enc: string): string {
  if (enc === 'b64') return `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(Buffer.from(body))}`;
  if (enc === 'qp') return `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${libqp.wrap(libqp.encode(Buffer.from(crlf(body))), 76)}`;
  if (enc === 'html') return `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${libqp.wrap(libqp.encode(Buffer.from(`<html><body>${body}</body></html>`)), 76)}`;
  if (enc === 'latin1') return `Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${libqp.wrap(libqp.encode(Buffer.from(crlf(body), 'latin1')), 76)}`;
  if (enc === 'cp1252') return `Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${libqp.wrap(libqp.encode(cp1252(crlf(body))), 76)}`;
  return `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${crlf(body)}`;
}

function ics(b: Block): string {
  const [date, time] = b.attrs.when!.split('T');
  const start = `${date!.replace(/-/g, '')}T${time!.replace(':', '')}00`;
  const endH = String(Number(time!.slice(0, 2)) + 1).padStart(2, '0');
  const end = `${date!.replace(/-/g, '')}T${endH}${time!.slice(3)}00`;
  const tz = b.attrs.zone === 'UTC' ? '' : `;TZID=${b.attrs.zone}`;
  const z = b.attrs.zone === 'UTC' ? 'Z' : '';
  const link = b.attrs.link ? `URL:${b.attrs.link}\r\nLOCATION:${b.attrs.link}\r\n` : 'LOCATION:Office\r\n';
  return [
    'BEGIN:VCALENDAR', 'PRODID:-//Calendar//EN', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', `UID:${b.id}@bench.invalid`,
    `DTSTAMP:20261101T000000Z`, `DTSTART${tz}:${start}${z}`, `DTEND${tz}:${end}${z}`, `SUMMARY:Interview: ${b.attrs.role} (${b.attrs.company})`,
    `${link}ORGANIZER;CN=${b.attrs.company}:mailto:recruiting@bench.invalid`, 'END:VEVENT', 'END:VCALENDAR',
  ].join('\r\n').replace(/\r\n\r\n/g, '\r\n');
}

function build(b: Block): string {
  const enc = b.attrs.enc ?? 'plain';
  let from = b.headers.From!, subject = b.headers.Subject!, date = b.headers.Date!, body = b.body;
  if (enc === 'fwd') {
    body = `FYI, see below.\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${ME}\n\n${body}`;
    from = ME;
    subject = `Fwd: ${subject}`;
  }
  const head = [`From: ${address(from)}`, `To: ${address(ME)}`, `Subject: ${words(subject)}`, `Date: ${date}`, `Message-ID: <${b.id}.${split}@bench.invalid>`, 'MIME-Version: 1.0'];
  if (b.attrs.ics !== '1') return `${head.join('\r\n')}\r\n${part(body, enc)}\r\n`;
  const boundary = `----=_bench_${b.id}`;
  return `${head.join('\r\n')}\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\n${part(body, enc)}\r\n--${boundary}\r\n` +
    `Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"\r\nContent-Disposition: attachment; filename="invite.ics"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(Buffer.from(ics(b)))}\r\n--${boundary}--\r\n`;
}

const blocks = parseBlocks(readFileSync(join(dir, 'messages.txt'), 'utf8'));
for (const f of readdirSync(dir)) if (f.endsWith('.eml')) unlinkSync(join(dir, f));
const labels: Record<string, unknown> = {};
for (const b of blocks) {
  const file = `${b.id}.eml`;
  writeFileSync(join(dir, file), build(b));
  const [date, time] = (b.attrs.when ?? '').split('T');
  labels[file] = {
    kind: b.attrs.kind, language: b.attrs.lang, encoding: b.attrs.enc ?? 'plain', company: b.attrs.company || null, role: b.attrs.role || null,
    interview: b.attrs.when ? { date, time, zone: b.attrs.zone, format: b.attrs.format || null, link: b.attrs.link || null, fromCalendar: b.attrs.ics === '1' } : null,
  };
}
writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const files = readdirSync(dir).filter((f) => f !== 'SHA256SUMS').sort();
writeFileSync(join(dir, 'SHA256SUMS'), files.map((f) => `${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}  ${f}`).join('\n') + '\n');
console.log(`${split}: ${blocks.length} messages`);
