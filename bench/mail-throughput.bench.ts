/**
 * Mail import throughput and memory. Run: `npx tsx bench/mail-throughput.bench.ts`, sized with
 * MAIL_BENCH_GB (default 2; 10 for the 10 GB case) or MAIL_BENCH_MB. The mbox is never written
 * to disk: a generator streams it from the labelled messages of bench/data/mail (train and test),
 * each with its own Message-ID, one in four carrying a 200 KB base64 attachment (a PDF-sized
 * résumé or offer letter) and one per GB a 70 MB attachment. In one run:
 *   1. the import path itself: the mbox reader (attachments dropped unread), `scanRawMail`,
 *      `classifyMail` and `importMessages` in a dry run on an in-memory SQLite store (a lookup
 *      and a proposal per message, nothing written): MB/s of CPU and of wall time, peak RSS;
 *   2. over the first MAIL_BENCH_FULL_MB (default 200) of the same stream: the reader, scan and
 *      classify alone, then the same with mailparser's full parse of every byte (attachments
 *      kept): their MB/s of CPU and the ratio;
 *   3. the generator alone over the same first MB, so its share of the CPU can be taken out.
 * CPU time is read with process.cpuUsage (one thread does the work); peak RSS from /proc (VmHWM).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { classifyMail } = await import('../packages/core/src/index');
const { readMbox, scanRawMail } = await import('../packages/importers/src/mail/index');
const { parseWithMailparser } = await import('../packages/importers/src/mail/full-parse');
const { importMessages } = await import('../apps/server/src/services/mail-import');
const { openStore, LOCAL_OWNER_ID } = await import('../packages/store/src/index');

const MB = 1048576;
const targetBytes = Math.round(process.env.MAIL_BENCH_MB ? Number(process.env.MAIL_BENCH_MB) * MB : Number(process.env.MAIL_BENCH_GB ?? 2) * 1024 * MB);
const fullBytes = Number(process.env.MAIL_BENCH_FULL_MB ?? 200) * MB;

// Each message is built once, split around its Message-ID so every copy gets its own cheaply;
// the 200 KB attachment is one buffer that every template points at, so the generator's own
// memory stays small next to the import's (one copy per template held 80 MB).
type Template = [Buffer, Buffer] | [Buffer, Buffer, Buffer, Buffer];
function templates(): Template[] {
  const emls: string[] = [];
  for (const split of ['train', 'test']) {
    const dir = join(import.meta.dirname, 'data/mail', split);
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
async function* mbox(bytes: number): AsyncGenerator<Buffer> {
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

/** Counts the bytes that go past, for MB/s of the mailbox itself. */
async function* counted(input: AsyncIterable<Buffer>, total: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    total.bytes += chunk.length;
    yield chunk;
  }
}

const peakRss = (): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const now = '2026-11-30T00:00:00.000Z';
// The byte counter of the measure being taken.
let current = { bytes: 0 };

async function measure(label: string, work: () => Promise<string>): Promise<{ mbPerCpuS: number; cpuS: number; mb: number }> {
  const total = { bytes: 0 };
  current = total;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const extra = await work();
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - t0) / 1000;
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const mb = total.bytes / MB;
  console.log(`${label}: ${mb.toFixed(0)} MB in ${wall.toFixed(1)} s wall, ${cpuS.toFixed(1)} s CPU: ${(mb / cpuS).toFixed(1)} MB/s of CPU (${(mb / wall).toFixed(1)} MB/s wall); peak RSS so far ${peakRss().toFixed(0)} MB${extra ? `; ${extra}` : ''}`);
  return { mbPerCpuS: mb / cpuS, cpuS, mb };
}
async function readAndClassify(bytes: number, keepAttachments: boolean, read: (raw: Buffer) => Promise<Parameters<typeof classifyMail>[0]> | Parameters<typeof classifyMail>[0]): Promise<string> {
  let messages = 0;
  for await (const e of readMbox(counted(mbox(bytes), current), { keepAttachments })) {
    if (!e.raw) continue;
    classifyMail(await read(e.raw), { now });
    messages++;
  }
  return `${messages} messages`;
}

const os = await import('node:os');
console.log(`load ${os.loadavg()[0]!.toFixed(2)}; mailbox ${(targetBytes / MB).toFixed(0)} MB, generated as it streams (not written to disk)`);
// The store is a SQLite file in a temporary folder, as the CLI's would be, so its pages live in
// SQLite's bounded cache and not in the process's heap as an in-memory database's would.
const dbDir = mkdtempSync(join(tmpdir(), 'mail-bench-'));
const store = await openStore({ file: join(dbDir, 'bench.db') });
// With NODE_OPTIONS=--expose-gc each sample collects first, so the heap figure is what is kept.
const gc = (globalThis as { gc?: () => void }).gc;
const mem = (): string => {
  gc?.();
  const m = process.memoryUsage();
  const f = (n: number): string => (n / MB).toFixed(0);
  return `RSS ${f(m.rss)} MB (heap ${f(m.heapUsed)} of ${f(m.heapTotal)}, external ${f(m.external)}, array buffers ${f(m.arrayBuffers)})`;
};
console.log(`before the import: ${mem()}; peak RSS so far ${peakRss().toFixed(0)} MB`);
const SAMPLE_EVERY = Number(process.env.MAIL_BENCH_SAMPLE ?? 20_000);
const imported = await measure('import path (reader, scan, classify, importMessages dry run on a SQLite file)', async () => {
  const s = await importMessages({ store, ownerId: LOCAL_OWNER_ID, now: () => new Date(now) }, readMbox(counted(mbox(targetBytes), current), { source: 'bench.mbox' }), {
    origin: 'mbox',
    dryRun: true,
    onProgress: (p) => {
      if (p.read % SAMPLE_EVERY === 0) console.log(`  ${p.read} messages, ${(p.bytes / MB).toFixed(0)} MB: ${mem()}`);
    },
  });
  return `${s.read} messages, ${s.imported} new, ${s.proposed} proposals, ${s.failed} failed`;
});
const importPeak = peakRss();
await store.close();
rmSync(dbDir, { recursive: true, force: true });
const generator = await measure(`generator alone (first ${fullBytes / MB} MB)`, async () => {
  for await (const _ of counted(mbox(Math.min(targetBytes, fullBytes)), current));
  return '';
});
const fast = await measure(`reader + scan + classify (first ${fullBytes / MB} MB)`, () => readAndClassify(Math.min(targetBytes, fullBytes), false, (raw) => scanRawMail(raw).message));
const full = await measure(`reader + mailparser full parse + classify (first ${fullBytes / MB} MB)`, () => readAndClassify(Math.min(targetBytes, fullBytes), true, async (raw) => (await parseWithMailparser(raw)).message));
const net = (r: { cpuS: number; mb: number }): number => r.mb / Math.max(1e-9, r.cpuS - generator.cpuS * (r.mb / generator.mb));
console.log(`without the generator's CPU: import path ${net(imported).toFixed(1)} MB/s, scan ${net(fast).toFixed(1)} MB/s, mailparser ${net(full).toFixed(1)} MB/s`);
console.log(`peak RSS of the import path (file database): ${importPeak.toFixed(0)} MB`);
console.log(`ratio: scan ${(net(fast) / net(full)).toFixed(1)}x mailparser; the whole import path ${(net(imported) / net(full)).toFixed(1)}x mailparser with classify`);
