// The full MIME parse with mailparser, every attachment decoded: kept only as the baseline the
// scanner is measured against (bench/mail-throughput.bench.ts, bench/mail.bench.ts) and checked
// for equivalence with (scan.test.ts). The import paths all read with `scanRawMail`.
import { simpleParser, type AddressObject } from 'mailparser';
import type { ParsedMail } from './parse';

function firstAddress(from: AddressObject | undefined): { name: string; address: string } {
  const v = from?.value?.[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
}

function allAddresses(list: AddressObject | AddressObject[] | undefined): Array<{ name: string; address: string }> {
  return (Array.isArray(list) ? list : list ? [list] : []).flatMap((o) => o.value.filter((v) => v.address).map((v) => ({ name: v.name ?? '', address: v.address!.toLowerCase() })));
}

// mailparser turns the Date header into an instant and drops its offset.
function headerOffset(raw: string): number | null {
  const m = /^Date:[^\r\n]*?([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/im.exec(raw);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Read one raw message with mailparser into what the classifier reads. */
export async function parseWithMailparser(raw: Buffer): Promise<ParsedMail> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, keepCidLinks: false });
  const head = raw.subarray(0, 64_000).toString('latin1');
  const calendars = parsed.attachments.filter((a) => /^text\/calendar|^application\/ics/i.test(a.contentType) || /\.ics$/i.test(a.filename ?? '')).map((a) => a.content.toString('utf8'));
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null;
  const html = typeof parsed.html === 'string' ? parsed.html : null;
  // HTML-only: mailparser's own text of it wraps at 80 columns; the classifier reads the HTML.
  const htmlOnly = html !== null && !/^content-type:\s*text\/plain/im.test(raw.subarray(0, 4_000_000).toString('latin1'));
  return {
    messageId: parsed.messageId ?? null,
    message: { from: firstAddress(parsed.from), to: allAddresses(parsed.to), cc: allAddresses(parsed.cc), subject: parsed.subject ?? '', date, offsetMinutes: headerOffset(head), text: htmlOnly ? '' : parsed.text ?? '', html, calendars },
    warnings: [],
  };
}
