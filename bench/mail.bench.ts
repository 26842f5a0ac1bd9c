/**
 * Mail classification: quality per class and speed. Run: `npx tsx bench/mail.bench.ts [test|train|test2|test3|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16] [--misses]`.
 * On the chosen split (test by default: bench/data/mail/test, never tuned on, hashes in its
 * SHA256SUMS) it reads every raw `.eml` with the importers' scanner (what every import uses) and prints, per class,
 * precision and recall of the rules next to a keyword-regex baseline on the same decoded text;
 * then interview date+time exact, zone, format and link; company and role exact (case, accents
 * and legal form folded); and the time per message. `test2` is the second held-out split, measured
 * once after the rules are written; its files are checked against its SHA256SUMS before anything runs.
 * `test3` is the third held-out split, written later and checked the same way; any later split
 * folder is read by its name the same way. The split is read by the loader the mail model's build
 * and bench use (scripts/mail-splits.ts). `--second-opinion` asks the mail model when the rules
 * say `other` (what `SECONDROUND_MAIL_SECOND_OPINION=1` does in an import): a split is scored
 * both ways by two runs, one with the flag and one without.
 */
import { changedMailFiles, readMailSplit } from '../scripts/mail-splits';
import { baselineOf, countMail, mailMisses, type MailRow } from './support/mail-score';

// Any split folder of bench/data/mail by name (a later held-out split needs no change here);
// every split but train is checked against its SHA256SUMS first.
const split = process.argv[2] && /^[\w-]+$/.test(process.argv[2]) && !process.argv[2].startsWith('--') ? process.argv[2] : 'test';
if (split !== 'train' && split !== 'test') {
  const changed = changedMailFiles(split);
  if (changed.length) {
    console.error(`${split} differs from its SHA256SUMS: ${changed.join(', ')}`);
    process.exit(1);
  }
  console.log(`${split}: files match SHA256SUMS`);
}
const showMisses = process.argv.includes('--misses');
const { classifyMail } = await import('../packages/core/src/index');
const { scanRawMail, mailSecondOpinion } = await import('../packages/importers/src/mail/index');
const { parseWithMailparser } = await import('../packages/importers/src/mail/full-parse');
const secondOpinion = process.argv.includes('--second-opinion') ? mailSecondOpinion({ SECONDROUND_MAIL_SECOND_OPINION: '1' }) : undefined;

const { self, mail } = readMailSplit(split);

// The keyword baseline, the folding of companies and roles and the counts: bench/support/mail-score.ts.
// The person's own address is the loader's: as an import finds it, the most frequent To of the mailbox.
const parsedAll: Array<Parameters<typeof classifyMail>[0]> = [];
const rows: MailRow[] = [];
let parseMs = 0, classifyMs = 0, bytes = 0;
for (const { file, label, raw, message, scanMs } of mail) {
  bytes += raw.length;
  parseMs += scanMs;
  parsedAll.push(message);
  const t1 = performance.now();
  const ours = classifyMail(message, { self, secondOpinion });
  classifyMs += performance.now() - t1;
  rows.push({ file, label, ours, base: baselineOf(message) });
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((n / d) * 100).toFixed(1)}%`.padStart(6));
console.log(`split: ${split} (${rows.length} messages; the person's address, the most frequent To: ${self[0] ?? 'none'})${secondOpinion ? '; second opinion on' : ''}`);
console.log('class                  n   prec   rec  | base prec  rec');
const c = countMail(rows);
for (const k of c.perKind) console.log(`${k.kind.padEnd(21)} ${String(k.n).padStart(3)} ${pct(k.tp, k.pp)} ${pct(k.tp, k.n)} | ${pct(k.btp, k.bpp)} ${pct(k.btp, k.n)}`);
console.log(`accuracy: ours ${pct(c.right, c.n)}, baseline ${pct(c.baseRight, c.n)}`);
console.log(`interviews with a time (${c.interviews}): date+time exact ${pct(c.dateTime, c.interviews)}, zone ${pct(c.zone, c.interviews)}, format ${pct(c.format, c.interviews)}, link ${pct(c.link, c.interviews)}`);
console.log(`company exact ${pct(c.company, c.withCompany)} (${c.withCompany}), role exact ${pct(c.role, c.withRole)} (${c.withRole}; gender markers aside), as written ${pct(c.roleWritten, c.withRole)}`);
console.log(`per message: scan ${(parseMs / rows.length).toFixed(2)} ms, classify ${(classifyMs / rows.length).toFixed(2)} ms; ${(bytes / 1024).toFixed(0)} KB in all; load ${(await import('node:os')).loadavg()[0]!.toFixed(2)}`);
// Warm figures: three more passes over the same messages, the scan, mailparser's full parse and
// the classification apart, so their ratios are from one run.
const raws = mail.map((m) => m.raw);
let t = performance.now();
for (let k = 0; k < 3; k++) for (const raw of raws) await parseWithMailparser(raw);
const warmFull = (performance.now() - t) / (3 * raws.length);
t = performance.now();
for (let k = 0; k < 3; k++) for (const raw of raws) scanRawMail(raw);
const warmParse = (performance.now() - t) / (3 * raws.length);
t = performance.now();
for (let k = 0; k < 3; k++) for (const m of parsedAll) classifyMail(m, { self, secondOpinion });
const warmClassify = (performance.now() - t) / (3 * parsedAll.length);
const mbps = (ms: number): string => ((bytes / rows.length / 1048576) / (ms / 1000)).toFixed(2);
console.log(`warm: mailparser full parse ${warmFull.toFixed(2)} ms/message (${mbps(warmFull)} MB/s)`);
console.log(`warm: scan ${warmParse.toFixed(2)} ms/message (${mbps(warmParse)} MB/s of raw mail), classify ${warmClassify.toFixed(2)} ms/message (${mbps(warmClassify)} MB/s); parse+classify against classify alone: ${((warmParse + warmClassify) / warmClassify).toFixed(1)}x`);
if (showMisses) for (const line of mailMisses(rows)) console.log(line);
