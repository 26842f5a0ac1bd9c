import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMbox } from './mbox';
import { MessagePruner, pruneMessage, pruneStream } from './prune';
import { scanRawMail } from './scan';

const dir = join(import.meta.dirname, '../../../../bench/data/mail');
const MB = 1048576;

/** A message whose attachment is `attachmentMb` of base64 lines, streamed as 1 MB chunks. */
async function* withAttachment(attachmentMb: number, tail = ''): AsyncGenerator<Buffer> {
  yield Buffer.from([
    'From someone@example Mon Nov  2 10:00:00 2026',
    'From: "Northwind Talent" <jobs@northwind.example>',
    'Subject: Your application for Data Analyst',
    'Message-ID: <big@northwind.example>',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Unfortunately we have decided not to move forward with your application for the Data Analyst role.',
    '--inner',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Unfortunately we have decided not to move forward.</p>',
    '--inner--',
    '--outer',
    'Content-Type: application/zip; name="portfolio.zip"',
    'Content-Disposition: attachment; filename="portfolio.zip"',
    'Content-Transfer-Encoding: base64',
    '',
    '',
  ].join('\r\n'));
  // One chunk reused: the test allocates nothing per megabyte, so what memory grows is the reader's.
  const chunk = Buffer.from(`${'UEsDBBQACAgIAGxW'.repeat(4)}AAAAAAAAAAAA\r\n`.repeat(13_797));
  for (let sent = 0; sent < attachmentMb * MB; sent += chunk.length) yield chunk;
  yield Buffer.from(`--outer--\r\n${tail}`);
}

describe('MessagePruner: attachments dropped unread as the message streams', () => {
  it('keeps everything the scanner reads: every training message reads the same pruned or whole', () => {
    const differ: string[] = [];
    for (const split of ['train', 'test']) {
      for (const f of readdirSync(join(dir, split)).filter((n) => n.endsWith('.eml'))) {
        const raw = readFileSync(join(dir, split, f));
        const pruned = pruneMessage(raw)!;
        expect(pruned.length).toBeLessThanOrEqual(raw.length);
        if (JSON.stringify(scanRawMail(pruned)) !== JSON.stringify(scanRawMail(raw))) differ.push(`${split}/${f}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('reads a message with a 70 MB attachment by its text, holding a few KB of it', async () => {
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const entries = [];
    for await (const e of readMbox(withAttachment(70, '\r\nFrom someone@example Mon Nov  2 11:00:00 2026\r\nFrom: a@b.example\r\nSubject: next\r\n\r\nhello\r\n'))) {
      entries.push(e);
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
    }
    expect(entries).toHaveLength(2);
    const [big, next] = entries;
    expect(big).toMatchObject({ error: null, isTruncated: false });
    expect(big!.size).toBeGreaterThan(70 * MB);
    expect(big!.raw!.length).toBeLessThan(4_000);
    const { message } = scanRawMail(big!.raw!);
    expect(message.subject).toBe('Your application for Data Analyst');
    expect(message.text).toContain('not to move forward');
    expect(message.html).toContain('<p>Unfortunately');
    expect(scanRawMail(next!.raw!).message.text).toBe('hello\r\n');
    // Were the attachment held, this would be over 70 MB.
    expect(peak).toBeLessThan(24 * MB);
  });

  it('skips a message whose text alone is over the limit, with a clear line, and reads the next', async () => {
    const text = `From a Mon Nov  2 10:00:00 2026\nFrom: a@b.example\nSubject: long\nContent-Type: text/plain\n\n${'words and more words\n'.repeat(200)}\nFrom a Mon Nov  2 10:00:00 2026\nFrom: a@b.example\nSubject: short\n\nok\n`;
    const got = [];
    for await (const e of readMbox((async function* () { yield Buffer.from(text); })(), { maxMessageBytes: 2_000 })) got.push(e);
    expect(got[0]).toMatchObject({ raw: null, error: { code: 'MESSAGE_TOO_LARGE', message: 'message 1 has over 2 KB of text (attachments aside) and was skipped' } });
    expect(got[1]!.raw!.toString()).toContain('ok');
  });

  it('drops an attachment written as one line of several MB without holding the line', async () => {
    const head = 'From: a@b.example\r\nSubject: one line\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the file.\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n';
    const line = Buffer.alloc(3 * MB, 0x41);
    const { raw, size } = await pruneStream((async function* () {
      yield Buffer.from(head);
      for (let i = 0; i < 3; i++) yield line;
      yield Buffer.from('\r\n--b--\r\n');
    })());
    expect(size).toBeGreaterThan(9 * MB);
    expect(raw!.length).toBeLessThan(1_000);
    expect(scanRawMail(raw!).message.text).toBe('See the file.');
  });

  it('reads the text of a forwarded message inside an attached message/rfc822, and drops its PDF', () => {
    const p = new MessagePruner();
    const lines = ['From: me@x.example', 'Subject: Fwd: decision', 'Content-Type: multipart/mixed; boundary=o', '', '--o', 'Content-Type: text/plain', '', 'See below.', '--o', 'Content-Type: message/rfc822', 'Content-Disposition: attachment', '', 'From: hr@acme.example', 'Subject: Decision', 'Content-Type: multipart/mixed; boundary=i', '', '--i', 'Content-Type: text/plain', '', 'We regret to tell you that the role was filled.', '--i', 'Content-Type: application/pdf', '', 'JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+', '--i--', '--o--', ''];
    for (const l of lines) p.push(Buffer.from(`${l}\r\n`));
    const kept = p.finish()!.toString();
    expect(kept).not.toContain('JVBERi0');
    expect(kept).toContain('role was filled');
    expect(scanRawMail(Buffer.from(kept)).message.text).toBe('See below.\nWe regret to tell you that the role was filled.');
  });
});
