import { describe, expect, it } from 'vitest';
import { classifyMail } from '@secondround/core';
import { readMbox, type MailboxEntry } from './mbox';
import { scanRawMail } from './scan';

const now = '2026-11-30T00:00:00.000Z';
const SEP = 'From someone@example Mon Nov  2 10:00:00 2026';

async function entries(text: string | Buffer): Promise<MailboxEntry[]> {
  const out: MailboxEntry[] = [];
  for await (const e of readMbox((async function* () { yield Buffer.from(text); })())) out.push(e);
  return out;
}

const multipart = (id: string, text: string, attachment: string) => [
  SEP,
  'From: "Acme Hiring" <no-reply@acme.example>',
  `Subject: About your application ${id}`,
  `Message-ID: <${id}@acme.example>`,
  'Content-Type: multipart/mixed; boundary="==b=="',
  '',
  '--==b==',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  text,
  '--==b==',
  'Content-Type: application/pdf',
  'Content-Transfer-Encoding: base64',
  '',
  attachment,
  '--==b==--',
  '',
  '',
].join('\n');

describe('bad input: read as far as it goes, never a crash', () => {
  it('reads an mbox whose last message is cut in the middle of its attachment, and flags it', async () => {
    const box = multipart('m1', 'We have received your application.', 'JVBERi0xLjQK') + multipart('m2', 'Unfortunately we will not be moving forward with your application.', 'JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGgg');
    const cut = box.slice(0, box.indexOf('JVBERi0xLjQKJcfsj6IK') + 10);
    const got = await entries(cut);
    expect(got.map((e) => [e.isTruncated, e.error])).toEqual([[false, null], [true, null]]);
    expect(classifyMail(scanRawMail(got[1]!.raw!).message, { now }).kind).toBe('rejection');
  });

  it('reads an mbox cut in the middle of a text part, up to the cut', async () => {
    const box = multipart('m3', 'We have received your application for the role of Analyst.', 'JVBERi0=');
    const cut = box.slice(0, box.indexOf('for the role'));
    const [only] = await entries(cut);
    expect(only!.isTruncated).toBe(true);
    expect(scanRawMail(only!.raw!).message.text).toBe('We have received your application ');
  });

  it('reads parts separated by a boundary other than the declared one, with a warning', () => {
    const raw = multipart('m4', 'We regret to inform you that we chose another candidate.', 'JVBERi0=').replace(`${SEP}\n`, '').replace('boundary="==b=="', 'boundary="something-else"');
    const { message, warnings } = scanRawMail(Buffer.from(raw));
    expect(message.text).toBe('We regret to inform you that we chose another candidate.');
    expect(warnings).toEqual(['broken MIME: the parts are separated by "--==b==", not by the declared boundary']);
  });

  it('reads a multipart whose boundary never appears as its text, with a warning', () => {
    const raw = 'From: a@acme.example\r\nSubject: Update\r\nContent-Type: multipart/alternative; boundary="gone"\r\n\r\nThe position has been put on hold.\r\n';
    const { message, warnings } = scanRawMail(Buffer.from(raw));
    expect(classifyMail(message, { now }).kind).toBe('position_closed');
    expect(warnings).toEqual(['broken MIME: the boundary "gone" never appears; the body was read as text']);
  });

  it('reads a part left open before the next outer boundary, and one never closed at all', () => {
    const raw = [
      'From: a@acme.example', 'Subject: x', 'Content-Type: multipart/mixed; boundary=outer', '',
      '--outer', 'Content-Type: multipart/alternative; boundary=inner', '',
      '--inner', 'Content-Type: text/plain', '', 'First part, its inner multipart never closed.',
      '--outer', 'Content-Type: text/plain', '', 'Second part, never closed either.',
    ].join('\r\n');
    expect(scanRawMail(Buffer.from(raw)).message.text).toBe('First part, its inner multipart never closed.\nSecond part, never closed either.');
  });

  it('decodes a message whose charset is missing or wrong as its bytes most likely say, with a warning', () => {
    const head = (type: string) => `From: a@acme.example\r\nSubject: x\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`;
    const read = (type: string, body: Buffer) => scanRawMail(Buffer.concat([Buffer.from(head(type)), body]));
    const cp1252 = Buffer.from('Nous regrettons \x93vivement\x94 de ne pas donner suite, Fran\xe7ois.', 'latin1');
    // No charset, or UTF-8 said, over Windows-1252 bytes.
    expect(read('text/plain', cp1252)).toMatchObject({ message: { text: 'Nous regrettons “vivement” de ne pas donner suite, François.' }, warnings: ['no charset but the bytes are not UTF-8: read as Windows-1252'] });
    expect(read('text/plain; charset=utf-8', Buffer.from('Leider k\xf6nnen wir Ihnen keine Zusage geben.', 'latin1'))).toMatchObject({ message: { text: 'Leider können wir Ihnen keine Zusage geben.' }, warnings: ['charset "utf-8" but the bytes are not UTF-8: read as Windows-1252'] });
    // UTF-8 with one broken byte (a message cut mid-character) stays UTF-8, the bad byte replaced.
    const cut = Buffer.concat([Buffer.from('Gerne laden wir Sie zu einem Gespräch ein, Frau Müller. Gr'), Buffer.from([0xc3])]);
    expect(read('text/plain; charset=utf-8', cut)).toMatchObject({ message: { text: 'Gerne laden wir Sie zu einem Gespräch ein, Frau Müller. Gr\ufffd' }, warnings: ['charset "utf-8" and bytes that are not all UTF-8: the bad ones replaced'] });
    // Latin-1 said over UTF-8 bytes.
    expect(read('text/plain; charset=iso-8859-1', Buffer.from('Lamentablemente tu candidatura no ha sido seleccionada, señora Peña.'))).toMatchObject({ message: { text: 'Lamentablemente tu candidatura no ha sido seleccionada, señora Peña.' }, warnings: ['charset "iso-8859-1" but the bytes are UTF-8: read as UTF-8'] });
    // Right labels keep their reading and add no warning.
    expect(read('text/plain; charset=windows-1252', cp1252)).toMatchObject({ message: { text: 'Nous regrettons “vivement” de ne pas donner suite, François.' }, warnings: [] });
    expect(read('text/plain; charset=utf-8', Buffer.from('Helaas, we gaan niet verder met je sollicitatie – succes!'))).toMatchObject({ warnings: [] });
  });

  it('decodes unknown and misspelled charsets as best it can, with a warning only when it guessed', () => {
    const head = (charset: string) => `From: a@acme.example\r\nSubject: x\r\nContent-Type: text/plain; charset="${charset}"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`;
    const read = (charset: string, body: Buffer) => scanRawMail(Buffer.concat([Buffer.from(head(charset)), body]));
    // Spellings mail programs use that the standard decoder does not know: no guess needed.
    expect(read('latin-1', Buffer.from('Müller', 'latin1'))).toMatchObject({ message: { text: 'Müller' }, warnings: [] });
    expect(read('cp1252', Buffer.from([0x93, 0x68, 0x69, 0x94]))).toMatchObject({ message: { text: '“hi”' }, warnings: [] });
    expect(read('UTF8', Buffer.from('Zürich'))).toMatchObject({ message: { text: 'Zürich' }, warnings: [] });
    // Unknown: valid UTF-8 is read as UTF-8, anything else as Windows-1252.
    expect(read('x-klingon', Buffer.from('Señora García'))).toMatchObject({ message: { text: 'Señora García' }, warnings: ['unknown charset "x-klingon": read as UTF-8'] });
    expect(read('x-klingon', Buffer.from('Se\xf1ora', 'latin1'))).toMatchObject({ message: { text: 'Señora' }, warnings: ['unknown charset "x-klingon": read as Windows-1252'] });
  });

  it('steps over a 50 MB attachment in a message held whole, in well under a second of work', () => {
    const attachment = Buffer.alloc(50 * 1048576, 'QUJD');
    const head = 'From: a@acme.example\nSubject: Offer\nContent-Type: multipart/mixed; boundary="==b=="\n\n--==b==\nContent-Type: text/plain\n\nWe would like to offer you the position.\n--==b==\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n';
    const raw = Buffer.concat([Buffer.from(head), attachment, Buffer.from('\n--==b==--\n')]);
    const t = performance.now();
    const { message } = scanRawMail(raw);
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(message.text).toBe('We would like to offer you the position.');
  });
});
