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
const { classifyMail, MAIL_KINDS, cleanCompany } = await import('../packages/core/src/index');
const { scanRawMail, mailSecondOpinion } = await import('../packages/importers/src/mail/index');
const { parseWithMailparser } = await import('../packages/importers/src/mail/full-parse');
type Kind = (typeof MAIL_KINDS)[number];
const secondOpinion = process.argv.includes('--second-opinion') ? mailSecondOpinion({ SECONDROUND_MAIL_SECOND_OPINION: '1' }) : undefined;

const { self, mail } = readMailSplit(split);

// The baseline a tracker would write in an afternoon: first keyword wins, in this order.
const BASELINE: Array<[Kind, RegExp]> = [
  ['position_closed', /cancel|on hold|position (?:has been )?closed|filled internally|annulé|cancelad|gestrichen|ingetrokken/i],
  ['rejection', /unfortunately|regret|not (?:be )?moving forward|other candidates|leider|malheureusement|lamentablemente|helaas|absage/i],
  ['offer', /\boffer\b|angebot|offre|oferta|aanbod/i],
  ['interview_invitation', /interview|entretien|entrevista|gesprek|gespräch/i],
  ['application_received', /received your application|thank(?:s| you) for applying|eingang|bien reçu|hemos recibido|ontvangen/i],
];
const baseline = (text: string): Kind => BASELINE.find(([, re]) => re.test(text))?.[0] ?? 'other';
// A gender marker in brackets ("(m/w/d)", "(h/f)") is how a listing is written, not part of the
// role: labels of some splits keep it and others do not, so roles are compared without it (and
// also as written, below).
const GENDER = /\s*\((?:[mwfdhvx](?:\s*\/\s*[mwfdhvx]){1,2}|all\s+genders?)\)/gi;
const roleKey = (s: string | null | undefined): string => fold((s ?? '').replace(GENDER, ''));
const fold = (s: string | null | undefined): string => cleanCompany(s ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');

// The person's own address is the loader's: as an import finds it, the most frequent To of the mailbox.
const parsedAll: Array<Parameters<typeof classifyMail>[0]> = [];
const rows: Array<{ file: string; label: (typeof mail)[number]['label']; ours: ReturnType<typeof classifyMail>; base: Kind }> = [];
let parseMs = 0, classifyMs = 0, bytes = 0;
for (const { file, label, raw, message, scanMs } of mail) {
  bytes += raw.length;
  parseMs += scanMs;
  parsedAll.push(message);
  const t1 = performance.now();
  const ours = classifyMail(message, { self, secondOpinion });
  classifyMs += performance.now() - t1;
  rows.push({ file, label, ours, base: baseline(`${message.subject}\n${message.text || message.html || ''}`) });
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((n / d) * 100).toFixed(1)}%`.padStart(6));
console.log(`split: ${split} (${rows.length} messages; the person's address, the most frequent To: ${self[0] ?? 'none'})${secondOpinion ? '; second opinion on' : ''}`);
console.log('class                  n   prec   rec  | base prec  rec');
for (const k of MAIL_KINDS) {
  const n = rows.filter((r) => r.label.kind === k).length;
  const tp = rows.filter((r) => r.label.kind === k && r.ours.kind === k).length;
  const pp = rows.filter((r) => r.ours.kind === k).length;
  const btp = rows.filter((r) => r.label.kind === k && r.base === k).length;
  const bpp = rows.filter((r) => r.base === k).length;
  console.log(`${k.padEnd(21)} ${String(n).padStart(3)} ${pct(tp, pp)} ${pct(tp, n)} | ${pct(btp, bpp)} ${pct(btp, n)}`);
}
const acc = rows.filter((r) => r.ours.kind === r.label.kind).length, bacc = rows.filter((r) => r.base === r.label.kind).length;
console.log(`accuracy: ours ${pct(acc, rows.length)}, baseline ${pct(bacc, rows.length)}`);
const inv = rows.filter((r) => r.label.interview);
const dt = inv.filter((r) => r.ours.interview?.date === r.label.interview!.date && r.ours.interview?.time === r.label.interview!.time);
const zone = inv.filter((r) => r.ours.interview?.zone === r.label.interview!.zone);
const fmt = inv.filter((r) => r.ours.interview?.format === r.label.interview!.format);
const link = inv.filter((r) => (r.ours.interview?.link ?? null) === r.label.interview!.link);
console.log(`interviews with a time (${inv.length}): date+time exact ${pct(dt.length, inv.length)}, zone ${pct(zone.length, inv.length)}, format ${pct(fmt.length, inv.length)}, link ${pct(link.length, inv.length)}`);
const withCompany = rows.filter((r) => r.label.company);
const withRole = rows.filter((r) => r.label.role);
const co = withCompany.filter((r) => fold(r.ours.company) === fold(r.label.company));
const ro = withRole.filter((r) => roleKey(r.ours.role) === roleKey(r.label.role));
const roWritten = withRole.filter((r) => fold(r.ours.role) === fold(r.label.role));
console.log(`company exact ${pct(co.length, withCompany.length)} (${withCompany.length}), role exact ${pct(ro.length, withRole.length)} (${withRole.length}; gender markers aside), as written ${pct(roWritten.length, withRole.length)}`);
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
if (showMisses) {
  for (const r of rows) {
    const miss: string[] = [];
    if (r.ours.kind !== r.label.kind) miss.push(`kind ${r.ours.kind} ≠ ${r.label.kind}`);
    if (r.label.company && fold(r.ours.company) !== fold(r.label.company)) miss.push(`company "${r.ours.company}" ≠ "${r.label.company}"`);
    if (r.label.role && roleKey(r.ours.role) !== roleKey(r.label.role)) miss.push(`role "${r.ours.role}" ≠ "${r.label.role}"`);
    const li = r.label.interview, oi = r.ours.interview;
    if (li && (oi?.date !== li.date || oi?.time !== li.time)) miss.push(`when ${oi?.date} ${oi?.time} ≠ ${li.date} ${li.time}`);
    if (li && oi?.zone !== li.zone) miss.push(`zone ${oi?.zone} ≠ ${li.zone}`);
    if (li && oi?.format !== li.format) miss.push(`format ${oi?.format} ≠ ${li.format}`);
    if (li && (oi?.link ?? null) !== li.link) miss.push(`link ${oi?.link} ≠ ${li.link}`);
    if (miss.length) console.log(`${r.file}: ${miss.join('; ')}`);
  }
}
