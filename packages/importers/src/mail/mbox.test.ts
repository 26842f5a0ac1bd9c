import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyMail } from '@secondround/core';
import { readEmlFolder, readMbox, readMboxFile, type MailboxEntry } from './mbox';
import { pruneMessage } from './prune';
import { scanRawMail } from './scan';

const msg = (n: number, body: string): string => `From: "Acme ${n}" <no-reply@hire.lever.co>\nSubject: Message ${n}\nDate: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <m${n}@x>\n\n${body}\n`;
const MBOX = `From someone@x Mon Nov  2 10:00:00 2026\n${msg(1, 'We have decided not to move forward with your application.')}\nFrom someone@x Mon Nov  2 11:00:00 2026\n${msg(2, 'Body line\n>From the start we liked you.\nFrom here on a line that is no separator.')}\nFrom someone@x Mon Nov  2 12:00:00 2026\n${msg(3, 'We have received your application.')}`;

async function collect(chunks: Array<string | Buffer>, max?: number): Promise<MailboxEntry[]> {
  const out: MailboxEntry[] = [];
  for await (const e of readMbox((async function* () { yield* chunks; })(), { maxMessageBytes: max })) out.push(e);
  return out;
}

describe('readMbox', () => {
  it('splits on separator lines, unescapes >From and keeps other From lines in the body', async () => {
    const entries = await collect([MBOX]);
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => e.error)).toEqual([null, null, null]);
    const second = entries[1]!.raw!.toString();
    expect(second).toContain('\nFrom the start we liked you.');
    expect(second).toContain('From here on a line');
    const parsed = scanRawMail(entries[0]!.raw!);
    expect(parsed.messageId).toBe('<m1@x>');
    expect(classifyMail(parsed.message).kind).toBe('rejection');
    expect(entries[2]!.offset).toBe(MBOX.lastIndexOf('From someone'));
  });

  it('gives the same messages however the stream is cut into chunks', async () => {
    const whole = (await collect([MBOX])).map((e) => e.raw!.toString());
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 1, max: MBOX.length - 1 }), { maxLength: 12 }), async (cuts) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const chunks = [0, ...points].map((p, i) => Buffer.from(MBOX).subarray(p, points[i] ?? MBOX.length));
      const got = (await collect(chunks)).map((e) => e.raw!.toString());
      expect(got).toEqual(whole);
    }), { numRuns: 60 });
  });

  it('drops attachment bodies as a whole message is pruned, with each size counted in full', async () => {
    // Lines an attachment body may hold: base64, blank, a dash that is no boundary, a quote.
    const line = fc.constantFrom('QUJDRA==', 'QUJD\r', '', '\r', '-x', '--', '--nota', '> quoted', 'F', 'Fro', 'plain text');
    const message = (n: number, body: string[]): string =>
      `From: a@x\nSubject: ${n}\nContent-Type: multipart/mixed; boundary="b${n}"\n\n--b${n}\nContent-Type: text/plain\n\nHello ${n}\n--b${n}\nContent-Type: application/pdf\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\n${body.join('\n')}\n--b${n}--\n`;
    await fc.assert(fc.asyncProperty(fc.array(fc.array(line, { maxLength: 30 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 97 }), async (bodies, cut) => {
      const texts = bodies.map((b, i) => `${message(i, b)}\n`);
      const mbox = Buffer.from(texts.map((t) => `From someone@x Mon Nov  2 10:00:00 2026\n${t}`).join(''));
      const chunks = Array.from({ length: Math.ceil(mbox.length / cut) }, (_, i) => mbox.subarray(i * cut, (i + 1) * cut));
      const entries = await collect(chunks);
      expect(entries.map((e) => e.size)).toEqual(texts.map((t) => Buffer.byteLength(t)));
      expect(entries.map((e) => e.raw!.toString('latin1'))).toEqual(texts.map((t) => pruneMessage(Buffer.from(t))!.toString('latin1')));
      expect(entries.every((e) => !e.raw!.toString('latin1').includes('QUJD'))).toBe(true);
    }), { numRuns: 80 });
  });

  it('skips a message over the limit with a clear error and reads the others', async () => {
    const big = `From a Mon Nov  2 10:00:00 2026\n${msg(1, 'x'.repeat(5000))}\nFrom a Mon Nov  2 10:00:00 2026\n${msg(2, 'short')}`;
    const entries = await collect([big], 1000);
    expect(entries[0]).toMatchObject({ raw: null, error: { code: 'MESSAGE_TOO_LARGE' } });
    expect(entries[1]!.raw!.toString()).toContain('short');
  });

  it('flags a mailbox cut off in the middle of its last message, and refuses a file that is no mbox', async () => {
    const cut = MBOX.slice(0, MBOX.length - 12);
    const entries = await collect([cut]);
    expect(entries.at(-1)!.isTruncated).toBe(true);
    await expect(collect(['Hello, this is not a mailbox\n'])).rejects.toThrow(/not an mbox file/);
  });

  it('reads an mbox file and a folder of .eml files from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secondround-mbox-'));
    writeFileSync(join(dir, 'box.mbox'), MBOX);
    const fromFile: MailboxEntry[] = [];
    for await (const e of readMboxFile(join(dir, 'box.mbox'))) fromFile.push(e);
    expect(fromFile).toHaveLength(3);
    writeFileSync(join(dir, 'b.eml'), msg(2, 'two'));
    writeFileSync(join(dir, 'a.eml'), msg(1, 'one'));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const fromFolder: MailboxEntry[] = [];
    for await (const e of readEmlFolder(dir)) fromFolder.push(e);
    expect(fromFolder.map((e) => e.source)).toEqual(['a.eml', 'b.eml']);
  });
});
