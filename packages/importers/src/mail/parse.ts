import { simpleParser, type AddressObject } from 'mailparser';
import { UserError, type MailMessage } from '@secondround/core';

/** Largest single message read (bigger ones are refused with MESSAGE_TOO_LARGE). */
export const MAX_MESSAGE_BYTES = 60 * 1024 * 1024;

function firstAddress(from: AddressObject | undefined): { name: string; address: string } {
  const v = from?.value?.[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
}

// The Date header's own offset: mailparser turns it into an instant and drops the zone, which
// is the best hint of the sender's zone when the text names none.
function headerOffset(raw: string): number | null {
  const m = /^Date:[^\r\n]*?([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/im.exec(raw);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Whether a text looks like a raw RFC 5322 message rather than a pasted body. */
export function looksLikeRawMessage(text: string): boolean {
  const head = text.slice(0, 8_000).replace(/^\uFEFF/, '');
  const headerBlock = head.split(/\r?\n\r?\n/)[0] ?? '';
  if (!/^(?:[A-Za-z][\w-]*:\s|From )/.test(headerBlock)) return false;
  return /^(?:Return-Path|Received|From|Date|Subject|MIME-Version|Message-ID|Delivered-To|To|X-[\w-]+):/im.test(headerBlock) && /^From:/im.test(headerBlock) && /^(?:Subject|Date):/im.test(headerBlock);
}

/** A decoded message, with its Message-ID for remembering what was imported. */
export interface ParsedMail {
  messageId: string | null;
  message: MailMessage;
}

/**
 * Read one raw message (RFC 5322, any transfer encoding and charset) into what the classifier
 * reads: sender, subject, Date, plain text (HTML-only messages keep their HTML), and the text of
 * every `text/calendar` part.
 */
export async function parseRawMail(raw: Buffer | string): Promise<ParsedMail> {
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
  if (size > MAX_MESSAGE_BYTES) throw new UserError('MESSAGE_TOO_LARGE', `The message is ${Math.round(size / 1048576)} MB; the largest read is ${MAX_MESSAGE_BYTES / 1048576} MB.`);
  let parsed;
  try {
    parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, keepCidLinks: false });
  } catch (e) {
    throw new UserError('BAD_MESSAGE', `The message could not be read: ${(e as Error).message}`);
  }
  const head = (typeof raw === 'string' ? raw : raw.subarray(0, 64_000).toString('latin1')).slice(0, 64_000);
  const calendars = parsed.attachments.filter((a) => /^text\/calendar|^application\/ics/i.test(a.contentType) || /\.ics$/i.test(a.filename ?? '')).map((a) => a.content.toString('utf8'));
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null;
  const html = typeof parsed.html === 'string' ? parsed.html : null;
  // An HTML-only message: mailparser's own text of it wraps lines at 80 columns, which splits
  // names and sentences; the classifier reads the HTML instead.
  const htmlOnly = html !== null && !/^content-type:\s*text\/plain/im.test(typeof raw === 'string' ? raw.slice(0, 4_000_000) : raw.subarray(0, 4_000_000).toString('latin1'));
  return {
    messageId: parsed.messageId ?? null,
    message: { from: firstAddress(parsed.from), subject: parsed.subject ?? '', date, offsetMinutes: headerOffset(head), text: htmlOnly ? '' : parsed.text ?? '', html, calendars },
  };
}

/**
 * What a person pasted: a raw message is parsed as one; plain text is read as a body, with a
 * leading "From:"/"Subject:" block when there is one.
 */
export async function parsePastedMail(text: string): Promise<ParsedMail> {
  if (looksLikeRawMessage(text)) return parseRawMail(text);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let name = '', address = '', subject = '', i = 0;
  for (; i < Math.min(lines.length, 8); i++) {
    const m = /^(From|Subject|Date|To|Von|De|Van|Betreff|Objet|Asunto|Onderwerp)\s*:\s*(.*)$/i.exec(lines[i]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    if (['from', 'von', 'de', 'van'].includes(key)) {
      const a = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(m[2]!);
      name = a ? a[1]!.trim() : '';
      address = (a ? a[2]! : /[\w.+-]+@[\w.-]+/.exec(m[2]!)?.[0] ?? '').toLowerCase();
    }
    if (['subject', 'betreff', 'objet', 'asunto', 'onderwerp'].includes(key)) subject = m[2]!.trim();
  }
  return { messageId: null, message: { from: { name, address }, subject, date: null, text: lines.slice(i).join('\n'), calendars: [] } };
}
