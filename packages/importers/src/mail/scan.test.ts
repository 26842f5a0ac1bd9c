import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyMail } from '@secondround/core';
import { parseWithMailparser } from './full-parse';
import { addressList, scanRawMail } from './scan';

const dir = join(import.meta.dirname, '../../../../bench/data/mail/train');

describe('scanRawMail, the reader that skips attachments', () => {
  it('gives the classifier the same answer as the full parse on every training message', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(100);
    const differ: string[] = [];
    for (const f of files) {
      const raw = readFileSync(join(dir, f));
      const now = '2026-11-30T00:00:00.000Z';
      const full = classifyMail((await parseWithMailparser(raw)).message, { now });
      const fast = classifyMail(scanRawMail(raw).message, { now });
      if (full.kind !== fast.kind || full.company !== fast.company || full.role !== fast.role || full.reason !== fast.reason || full.interview?.date !== fast.interview?.date || full.interview?.time !== fast.interview?.time) differ.push(f);
    }
    expect(differ).toEqual([]);
  });

  it('steps over a large attachment without decoding it, and still reads an attached invitation', () => {
    const attachment = Buffer.alloc(5 * 1048576, 'QUJD').toString('latin1');
    const raw = Buffer.from(['From: =?utf-8?Q?Caf=C3=A9_Co?= <jobs@cafe.example>', 'Subject: Interview', 'Date: Mon, 02 Nov 2026 10:00:00 -0500', 'Message-ID: <a@b>', 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable', '', 'Caf=E9 interview on Thursday', '--b1', 'Content-Type: application/pdf', 'Content-Disposition: attachment; filename="cv.pdf"', 'Content-Transfer-Encoding: base64', '', attachment, '--b1', 'Content-Type: text/calendar; method=REQUEST', '', 'BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR', '--b1--', ''].join('\r\n'), 'latin1');
    const t = performance.now();
    const { message, messageId } = scanRawMail(raw);
    expect(performance.now() - t).toBeLessThan(200);
    expect(messageId).toBe('<a@b>');
    expect(message).toMatchObject({ from: { name: 'Café Co', address: 'jobs@cafe.example' }, subject: 'Interview', text: 'Café interview on Thursday', offsetMinutes: -300, date: '2026-11-02T15:00:00.000Z' });
    expect(message.calendars).toEqual(['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR']);
  });

  it('reads broken MIME without throwing: a missing boundary and an unknown charset', () => {
    const broken = scanRawMail(Buffer.from('From: a@b.example\r\nSubject: x\r\nContent-Type: multipart/mixed\r\n\r\nbody', 'latin1'));
    expect(broken.message.text).toBe('body');
    expect(broken.warnings).toEqual(['broken MIME: a multipart with no boundary; the body was read as text']);
    const odd = scanRawMail(Buffer.from('From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=x-made-up\r\n\r\nd\xe9j\xe0', 'latin1'));
    expect(odd.message.text).toBe('déjà');
    expect(odd.warnings).toEqual(['unknown charset "x-made-up": read as Windows-1252']);
  });

  it('reads the To and Cc lists: quoted names with commas, encoded words, bare addresses', () => {
    const raw = ['From: Jobs <jobs@acme.example>', 'To: "Okafor, Sam" <Sam.Okafor@Example.net>, =?utf-8?Q?Ren=C3=A9e?= <renee@x.example>', 'Cc: team@acme.example', 'Subject: Hi', '', 'Hello'].join('\r\n');
    const { message } = scanRawMail(raw);
    expect(message.to).toEqual([{ name: 'Okafor, Sam', address: 'sam.okafor@example.net' }, { name: 'Renée', address: 'renee@x.example' }]);
    expect(message.cc).toEqual([{ name: '', address: 'team@acme.example' }]);
    expect(addressList('')).toEqual([]);
    expect(addressList('undisclosed-recipients:;')).toEqual([]);
  });
});
