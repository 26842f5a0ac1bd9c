/**
 * Mail classification throughput and memory. Run: `npx tsx bench/mail-throughput.bench.ts [MB]`
 * (default 2048). Generates an mbox of that size in /tmp (once) from the labelled messages of
 * bench/data/mail (train and test), one in four carrying a 200 KB base64 attachment (a PDF-sized
 * résumé or offer letter), then in one run:
 *   1. streams it through the mbox reader, `scanRawMail` (attachments stepped over undecoded) and
 *      `classifyMail`, one message at a time: MB/s of raw mail on one core, and peak RSS;
 *   2. the same pipeline with mailparser's full parse (`parseRawMail`) over the first
 *      MAIL_BENCH_FULL_MB (default 200) of the same file: its MB/s, and the ratio.
 * CPU time is read with process.cpuUsage (one thread does the work); peak RSS from /proc (VmHWM).
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const { classifyMail } = await import('../packages/core/src/index');
const { readMbox, scanRawMail, parseRawMail } = await import('../packages/importers/src/mail/index');
const { createReadStream } = await import('node:fs');

const targetMb = Number(process.argv[2] ?? 2048);
const fullMb = Number(process.env.MAIL_BENCH_FULL_MB ?? 200);
const path = `/tmp/secondround-mail-bench-${targetMb}.mbox`;

async function generate(): Promise<void> {
  const emls: Buffer[] = [];
  for (const split of ['train', 'test']) {
    const dir = join(import.meta.dirname, 'data/mail', split);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.eml')).sort()) emls.push(readFileSync(join(dir, f)));
  }
  // A fixed 200 KB of bytes that look random (a compressed PDF), base64 in 76-column lines.
  const blob: Buffer[] = [];
  for (let i = 0; blob.length * 32 < 200 * 1024; i++) blob.push(createHash('sha256').update(String(i)).digest());
  const attachment = Buffer.concat(blob).toString('base64').replace(/.{76}/g, '$&\r\n');
  const out = createWriteStream(path);
  let written = 0;
  for (let n = 0; written < targetMb * 1048576; n++) {
    let raw = emls[n % emls.length]!.toString('latin1').replace(/\r?\n/g, '\r\n');
    if (n % 4 === 0) {
      const split = /\r\n\r\n/.exec(raw)!;
      const head = raw.slice(0, split.index).replace(/^Content-Type:.*(?:\r\n[ \t].*)*\r\n?/im, '').replace(/^Content-Transfer-Encoding:.*\r\n?/im, '');
      const type = /^Content-Type:.*(?:\r\n[ \t].*)*/im.exec(raw.slice(0, split.index))?.[0] ?? 'Content-Type: text/plain; charset=utf-8';
      const cte = /^Content-Transfer-Encoding:.*/im.exec(raw.slice(0, split.index))?.[0];
      raw = `${head}\r\nContent-Type: multipart/mixed; boundary="bench-${n}"\r\n\r\n--bench-${n}\r\n${type}\r\n${cte ? `${cte}\r\n` : ''}\r\n${raw.slice(split.index + split[0].length)}\r\n--bench-${n}\r\nContent-Type: application/pdf; name="letter.pdf"\r\nContent-Disposition: attachment; filename="letter.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}\r\n--bench-${n}--\r\n`;
    }
    const body = raw.replace(/^(>*From )/gm, '>$1');
    const chunk = Buffer.from(`From bench@example.com Mon Nov  2 10:00:00 2026\r\n${body}\r\n`, 'latin1');
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    written += chunk.length;
  }
  await new Promise<void>((r) => out.end(() => r()));
}

if (!existsSync(path) || statSync(path).size < targetMb * 1048576) {
  const t = performance.now();
  await generate();
  console.log(`generated ${path} (${(statSync(path).size / 1048576).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const peakRss = (): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const now = '2026-11-30T00:00:00.000Z';

async function run(label: string, read: (raw: Buffer) => Promise<Parameters<typeof classifyMail>[0]> | Parameters<typeof classifyMail>[0], limitBytes: number) {
  const kinds: Record<string, number> = {};
  let bytes = 0, messages = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const stream = createReadStream(path, { highWaterMark: 1 << 20, end: limitBytes - 1 });
  for await (const e of readMbox(stream, { source: path })) {
    if (!e.raw) continue;
    bytes += e.raw.length;
    messages++;
    const kind = classifyMail(await read(e.raw), { now }).kind;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - t0) / 1000;
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1048576;
  console.log(`${label}: ${messages} messages, ${mb.toFixed(0)} MB in ${wall.toFixed(1)} s wall, ${cpuS.toFixed(1)} s CPU: ${(mb / cpuS).toFixed(1)} MB/s of CPU (${(mb / wall).toFixed(1)} MB/s wall); peak RSS so far ${peakRss().toFixed(0)} MB`);
  return { mbPerCpuS: mb / cpuS, kinds };
}

const size = statSync(path).size;
console.log(`load ${(await import('node:os')).loadavg()[0]!.toFixed(2)}; file ${(size / 1048576).toFixed(0)} MB`);
const fast = await run('scan + classify (attachments skipped)', (raw) => scanRawMail(raw).message, size);
const full = await run(`mailparser + classify (first ${fullMb} MB)`, async (raw) => (await parseRawMail(raw)).message, Math.min(size, fullMb * 1048576));
console.log(`ratio: the scan is ${(fast.mbPerCpuS / full.mbPerCpuS).toFixed(1)}x the full parse; kinds (scan): ${JSON.stringify(fast.kinds)}`);
