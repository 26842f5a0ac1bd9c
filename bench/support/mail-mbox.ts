/**
 * The bench mailbox: an mbox streamed from the labelled messages of bench/data/mail (train and
 * test), each copy with its own Message-ID, one in four carrying a 200 KB base64 attachment and one
 * per GB a 70 MB attachment. Shared by the throughput bench and the import-answers check.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1048576;

// Each message is built once, split around its Message-ID so every copy gets its own cheaply;
// the 200 KB attachment is one buffer that every template points at, so the generator's own
// memory stays small next to the import's (one copy per template held 80 MB).
type Template = [Buffer, Buffer] | [Buffer, Buffer, Buffer, Buffer];
function templates(): Template[] {
  const emls: string[] = [];
  for (const split of ['train', 'test']) {
    const dir = join(import.meta.dirname, '../data/mail', split);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.eml')).sort()) emls.push(readFileSync(join(dir, f), 'latin1'));
  }
  // A fixed 200 KB of bytes that look random (a compressed PDF), base64 in 76-column lines.
  const blob: Buffer[] = [];
  for (let i = 0; blob.length * 32 < 200 * 1024; i++) blob.push(createHash('sha256').update(String(i)).digest());
  const attachment = Buffer.concat(blob).toString('base64').replace(/.{76}/g, '$&\r\n');
  const shared = Buffer.from(attachment, 'latin1');
  const out: Template[] = [];
  for (let n = 0; n < emls.length * 4; n++) {
    let raw = emls[n % emls.length]!.replace(/\r?\n/g, '\r\n').replace(/^Message-ID:.*\r\n/im, '');
    if (n % 4 === 0) {
      const split = /\r\n\r\n/.exec(raw)!;
      const head = raw.slice(0, split.index).replace(/^Content-Type:.*(?:\r\n[ \t].*)*\r\n?/im, '').replace(/^Content-Transfer-Encoding:.*\r\n?/im, '');
      const type = /^Content-Type:.*(?:\r\n[ \t].*)*/im.exec(raw.slice(0, split.index))?.[0] ?? 'Content-Type: text/plain; charset=utf-8';
      const cte = /^Content-Transfer-Encoding:.*/im.exec(raw.slice(0, split.index))?.[0];
      raw = `${head}\r\nContent-Type: multipart/mixed; boundary="bench-${n}"\r\n\r\n--bench-${n}\r\n${type}\r\n${cte ? `${cte}\r\n` : ''}\r\n${raw.slice(split.index + split[0].length)}\r\n--bench-${n}\r\nContent-Type: application/pdf; name="letter.pdf"\r\nContent-Disposition: attachment; filename="letter.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${ATTACHMENT_MARK}\r\n--bench-${n}--\r\n`;
    }
    const body = raw.replace(/^(>*From )/gm, '>$1');
    const head = Buffer.from('From bench@example.com Mon Nov  2 10:00:00 2026\r\nMessage-ID: <bench-', 'latin1');
    const [before, after] = `@bench.example>\r\n${body}\r\n`.split(ATTACHMENT_MARK);
    out.push(after === undefined ? [head, Buffer.from(before!, 'latin1')] : [head, Buffer.from(before!, 'latin1'), shared, Buffer.from(after, 'latin1')]);
  }
  return out;
}

const ATTACHMENT_MARK = '\u0000ATTACHMENT\u0000';
const TEMPLATES = templates();
const BIG_LINE = Buffer.from(`${'QUJD'.repeat(19)}\r\n`);
const BIG_CHUNK = Buffer.concat(Array.from({ length: 13_000 }, () => BIG_LINE));

/** The mbox as a stream of about 1 MB chunks, `bytes` long; one 70 MB attachment per GB. */
export async function* mbox(bytes: number): AsyncGenerator<Buffer> {
  let sent = 0;
  let nextBig = 512 * MB;
  let batch: Buffer[] = [];
  let batchBytes = 0;
  for (let n = 0; sent + batchBytes < bytes; n++) {
    const [a, ...rest] = TEMPLATES[n % TEMPLATES.length]!;
    batch.push(a, Buffer.from(String(n)), ...rest);
    batchBytes += a.length + 8;
    for (const b of rest) batchBytes += b.length;
    if (sent + batchBytes >= nextBig) {
      nextBig += 1024 * MB;
      yield Buffer.concat(batch);
      yield Buffer.from(`From bench@example.com Mon Nov  2 10:00:00 2026\r\nMessage-ID: <big-${n}@bench.example>\r\nFrom: "Northwind" <jobs@northwind.example>\r\nSubject: Your offer letter\r\nContent-Type: multipart/mixed; boundary="big"\r\n\r\n--big\r\nContent-Type: text/plain\r\n\r\nWe are delighted to offer you the role of Analyst. The signed contract is attached.\r\n--big\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename="contract.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n`, 'latin1');
      for (let k = 0; k < 70; k++) yield BIG_CHUNK;
      yield Buffer.from('--big--\r\n\r\n');
      sent += batchBytes + 70 * BIG_CHUNK.length;
      batch = [];
      batchBytes = 0;
    }
    if (batchBytes >= MB) {
      yield Buffer.concat(batch);
      sent += batchBytes;
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length) yield Buffer.concat(batch);
}

