import type { MailMessage } from '@secondround/core';
import { scanRawMail } from './scan';
import { MAX_TEXT_BYTES } from './prune';

/** Largest text of a single message read (attachments aside; see prune.ts). */
export const MAX_MESSAGE_BYTES = MAX_TEXT_BYTES;

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
  /** What was read only as best it could be (an unknown charset, broken MIME), one line each. */
  warnings: string[];
}

/**
 * What a person pasted: a raw message is parsed as one; plain text is read as a body, with a
 * leading "From:"/"Subject:" block when there is one.
 */
export function parsePastedMail(text: string): ParsedMail {
  if (looksLikeRawMessage(text)) return scanRawMail(Buffer.from(text, 'utf8'));
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
  return { messageId: null, message: { from: { name, address }, subject, date: null, text: lines.slice(i).join('\n'), calendars: [] }, warnings: [] };
}
