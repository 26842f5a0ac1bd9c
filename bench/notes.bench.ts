// Follow-up discipline benchmarks (issue 5): note-check speed, dictionary load, timeline parsing
// speed, and quality on bench/data/{notes,timelines} against naive baselines.
// Run: npx tsx bench/notes.bench.ts [heldout3|heldout4] [--no-typos]
//   heldout3, heldout4: a held-out notes split, measured once after the rules are written; its hash is
//   checked first and it replaces the other notes-mail splits.
//   --no-typos: skip the 5,000 random typos per slip count (the slow part), so a held-out run takes a minute.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { tzOffset } from '@date-fns/tz';
import { checkNote, combineSpellers, createSpeller, parseTimeline, type NoteContext, type Speller } from '@secondround/core';
import { readEnglishWordList } from '@secondround/server';
import { loadSpeller } from '../apps/cli/src/speller';

const DATA = new URL('./data/', import.meta.url);
const args = process.argv.slice(2);
const heldout = args.find((a) => a === 'heldout3' || a === 'heldout4');
const skipTypos = args.includes('--no-typos');
const unknown = args.filter((a) => a !== heldout && a !== '--no-typos');
if (unknown.length > 0) {
  console.error(`unknown argument ${unknown.join(' ')}; usage: notes.bench.ts [heldout3|heldout4] [--no-typos]`);
  process.exit(2);
}
if (heldout) {
  const expected = readFileSync(new URL(`notes-mail/${heldout}.json.sha256`, DATA), 'utf8').split(/\s+/)[0];
  const actual = createHash('sha256').update(readFileSync(new URL(`notes-mail/${heldout}.json`, DATA))).digest('hex');
  if (actual !== expected) {
    console.error(`${heldout}.json differs from ${heldout}.json.sha256 (${actual})`);
    process.exit(1);
  }
  console.log(`${heldout}.json matches ${heldout}.json.sha256`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

// ---- dictionary, once per process ----
let t0 = performance.now();
const speller: Speller = await loadSpeller();
const loadMs = performance.now() - t0;
t0 = performance.now();
await loadSpeller();
const reloadMs = performance.now() - t0;

// ---- a 300-word note ----
const paragraph =
  'Thank you for taking the time to talk with me today about the Senior Data Analyst role at Acme. I enjoyed hearing how your team moved weekly reporting to Tableau and the story about the pricing experiment that changed the roadmap. ' +
  'In my current job I rebuilt our churn dashboards in SQL and ran the testing program for the onboarding flow, so I would be glad to bring that experience to your stakeholder reporting. ';
const words = paragraph.split(/\s+/).filter(Boolean);
const body = Array.from({ length: 300 }, (_, i) => words[i % words.length]).join(' ');
const note300 = `Dear John,\n\n${body}\n\nBest regards,\nAna Ruiz`;
const note300Typo = note300.replace('enjoyed', 'enjoyd');
const context: NoteContext = { interviewers: ['John Smith'], company: 'Acme Corp', role: 'Senior Data Analyst', otherCompanies: ['Globex'], listingTerms: ['SQL', 'Tableau'], speller };
for (let i = 0; i < 50; i++) checkNote(note300, context);
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const s = performance.now();
  checkNote(note300, context);
  times.push(performance.now() - s);
}
const typoTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const s = performance.now();
  checkNote(note300Typo, context);
  typoTimes.push(performance.now() - s);
}
const big = `Dear Jon,\n${'Thank you for the talk about SQL at Acme. '.repeat(2600)}`.slice(0, 100_000);
t0 = performance.now();
const bigResult = checkNote(big, context);
const bigMs = performance.now() - t0;

// ---- note quality ----
interface NoteCase { id: string; context: NoteContext; text: string; expected: string[] }
function notesOf(split: string): NoteCase[] {
  const dir = new URL(`notes/${split}/`, DATA);
  return readdirSync(dir).sort().map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as NoteCase);
}
function noteQuality(cases: NoteCase[], check: (c: NoteCase) => Set<string>) {
  let planted = 0, found = 0, good = 0, falseOnGood = 0;
  const missed: string[] = [];
  for (const c of cases) {
    const got = check(c);
    planted += c.expected.length;
    for (const e of c.expected) if (got.has(e)) found += 1; else missed.push(`${c.id}:${e}`);
    if (c.expected.length === 0) {
      good += 1;
      falseOnGood += got.size;
    }
  }
  return { planted, found, good, falseAlarmsPerGoodNote: falseOnGood / Math.max(1, good), missed };
}
const ours = (c: NoteCase) => new Set(checkNote(c.text, { ...c.context, speller }).problems.map((p) => p.code));
// Naive baseline: a spell checker alone (what a mail client gives you).
const spellOnly = (c: NoteCase) => {
  const codes = new Set<string>();
  for (const m of c.text.matchAll(/[\p{L}']+/gu)) if (!speller.correct(m[0])) codes.add('SPELLING');
  return codes;
};

// ---- timelines ----
interface TimelineSet { from: string; timeZone: string; items: Array<{ text: string; statedUntil: string | null }> }
const sets: Record<string, TimelineSet> = {
  train: JSON.parse(readFileSync(new URL('timelines/train.json', DATA), 'utf8')) as TimelineSet,
  test: JSON.parse(readFileSync(new URL('timelines/test.json', DATA), 'utf8')) as TimelineSet,
};
function chronoOnly(text: string, from: string, timeZone: string): string | null {
  const instant = new Date(from);
  const results = chrono.parse(text, { instant, timezone: tzOffset(timeZone, instant) }, { forwardDate: true });
  const dates = results.map((r) => (r.end ?? r.start).date());
  if (dates.length === 0) return null;
  return localDate(new Date(Math.max(...dates.map((d) => d.getTime()))), timeZone);
}
function accuracy(set: TimelineSet, read: (text: string) => string | null) {
  const right = set.items.filter((it) => read(it.text) === it.statedUntil).length;
  return { right, total: set.items.length, accuracy: right / set.items.length };
}
const phrasings = [...sets.train!.items, ...sets.test!.items].map((i) => i.text);
const thousand = Array.from({ length: 1000 }, (_, i) => phrasings[i % phrasings.length] ?? '');
const { from, timeZone } = sets.train!;
for (const p of thousand.slice(0, 200)) parseTimeline(p, { from, timeZone });
t0 = performance.now();
for (const p of thousand) parseTimeline(p, { from, timeZone });
const oursMs = performance.now() - t0;
for (const p of thousand.slice(0, 200)) chronoOnly(p, from, timeZone);
t0 = performance.now();
for (const p of thousand) chronoOnly(p, from, timeZone);
const chronoMs = performance.now() - t0;

// ---- report ----
const fmt = (n: number) => n.toFixed(2);
console.log('== speed ==');
console.log(`dictionary load (once per process): ${fmt(loadMs)} ms (target < 500); second call ${fmt(reloadMs)} ms (cached)`);
console.log(`note check, 300 words, clean: median ${fmt(median(times))} ms, p95 ${fmt([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? NaN)} ms (target < 5)`);
console.log(`note check, 300 words, one misspelling (with a suggestion): median ${fmt(median(typoTimes))} ms`);
console.log(`note check, 100 KB: ${fmt(bigMs)} ms, ${bigResult.problems.length} problems, codes ${[...new Set(bigResult.problems.map((p) => p.code))].join(',')}`);
console.log(`timeline parse x1000: ours ${fmt(oursMs)} ms (target < 200); chrono-node alone ${fmt(chronoMs)} ms; ours/chrono time ratio ${fmt(oursMs / chronoMs)}`);
console.log('== note quality (planted errors found; false alarms per good note, target < 0.1) ==');
for (const split of ['train', 'test']) {
  const cases = notesOf(split);
  const q = noteQuality(cases, ours);
  const b = noteQuality(cases, spellOnly);
  console.log(`${split}: ${cases.length} notes, ${q.good} good; ours found ${q.found}/${q.planted}, false alarms ${fmt(q.falseAlarmsPerGoodNote)}/note` +
    ` | spell-check-only baseline found ${b.found}/${b.planted}, false alarms ${fmt(b.falseAlarmsPerGoodNote)}/note | recall ratio ours/baseline ${fmt(q.found / Math.max(1, b.found))}` +
    (q.missed.length ? ` | missed: ${q.missed.join(', ')}` : ''));
}
console.log('== timeline quality (statedUntil date exact) ==');
for (const [split, set] of Object.entries(sets)) {
  const o = accuracy(set, (t) => parseTimeline(t, { from: set.from, timeZone: set.timeZone }).statedUntilDate);
  const c = accuracy(set, (t) => chronoOnly(t, set.from, set.timeZone));
  console.log(`${split}: ours ${o.right}/${o.total} (${fmt(100 * o.accuracy)}%) | chrono-node alone ${c.right}/${c.total} (${fmt(100 * c.accuracy)}%) | ratio ${fmt(o.accuracy / Math.max(1e-9, c.accuracy))}`);
}

// ---- professional notes and e-mails (issue 12): word-level false alarms and planted-error recall ----
// Splits: dev and train were used while writing the rules; test (60) and heldout (83) were measured
// before and then used while writing the term rule; heldout2 (124) was written and hashed
// (notes-mail/SHA256SUMS) before that round of rules and is measured here once. Rows: the checker with the app's speller (Hunspell US+GB + SCOWL size 70),
// the checker with Hunspell US+GB only, and the baseline of a plain Hunspell US+GB check with no
// exceptions (every prose word it does not know is an alarm; it can only find SPELLING).
const WHOLE_NOTE = new Set(['NO_FIT', 'NO_GRATITUDE', 'LATE', 'TOO_LONG', 'TOO_SHORT']);
const usDict = (await import('dictionary-en')).default;
const gbDict = (await import('dictionary-en-gb')).default;
const hunspellOnly = combineSpellers(createSpeller(usDict.aff, usDict.dic), createSpeller(gbDict.aff, gbDict.dic));
type Checker = (c: NoteCase) => Array<{ code: string }>;
const withSpeller = (sp: Speller): Checker => (c) => checkNote(c.text, { ...c.context, speller: sp }).problems.filter((p) => !WHOLE_NOTE.has(p.code));
const plainHunspell: Checker = (c) => [...c.text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu)].filter((m) => !hunspellOnly.correct(m[0])).map(() => ({ code: 'SPELLING' }));
console.log('== professional notes and e-mails (word-level problems; false alarms per clean note, target < 0.1) ==');
for (const split of heldout ? [heldout] : ['dev', 'train', 'test', 'heldout', 'heldout2']) {
  const cases = JSON.parse(readFileSync(new URL(`notes-mail/${split}.json`, DATA), 'utf8')) as NoteCase[];
  for (const [name, check] of [['checker, Hunspell US+GB + SCOWL 70 + software terms', withSpeller(speller)], ['checker, Hunspell US+GB only', withSpeller(hunspellOnly)], ['baseline: plain Hunspell US+GB, no exceptions', plainHunspell]] as const) {
    let planted = 0, found = 0, clean = 0, alarms = 0;
    const t = performance.now();
    for (const c of cases) {
      const codes = new Set<string>(check(c).map((p) => p.code));
      planted += c.expected.length;
      found += c.expected.filter((x) => codes.has(x)).length;
      if (c.expected.length === 0) { clean += 1; alarms += check(c).length; }
    }
    console.log(`${split} (${cases.length} notes, ${clean} clean), ${name}: false alarms ${fmt(alarms / clean)}/note (${alarms}), planted errors found ${found}/${planted} [${fmt(performance.now() - t)} ms]`);
  }
}

// ---- the word lists' and the term rule's cost in recall: random typos of frequent words ----
// One slip (a letter dropped, added, mistyped or swapped) and two slips, 5,000 each. "speller"
// asks the dictionary alone; "checker" is the note checker on the typo in a sentence, so the
// rule that lets unknown words through as terms is counted too. Skipped with --no-typos.
if (!skipTypos) {
  const scowl = await readEnglishWordList(35);
  const frequent = scowl.filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  const typo = (w: string) => {
    const i = Math.floor(rnd() * w.length), k = Math.floor(rnd() * 4), ch = abc[Math.floor(rnd() * 26)] ?? 'e';
    if (k === 0) return w.slice(0, i) + w.slice(i + 1);
    if (k === 1) return w.slice(0, i) + ch + w.slice(i);
    if (k === 2) return w.slice(0, i) + ch + w.slice(i + 1);
    return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w + ch;
  };
  const make = (slips: number) => {
    const out: string[] = [];
    while (out.length < 5000) {
      const w = frequent[Math.floor(rnd() * frequent.length)] ?? 'thanks';
      let t = w;
      for (let k = 0; k < slips; k++) t = typo(t);
      if (t !== w && /^[a-z]+$/.test(t)) out.push(t);
    }
    return out;
  };
  const typoContext: NoteContext = { interviewers: ['John Smith'], company: 'Acme Corp', role: 'Analyst', speller };
  const checkerCatches = (t: string) => checkNote(`Dear John,\n\nThank you, the ${t} was great.\n\nBest,\nAna`, typoContext).problems.some((p) => p.code === 'SPELLING');
  console.log('== random typos of frequent words still caught (some typos are real words, so 100% is out of reach) ==');
  for (const slips of [1, 2]) {
    const typos = make(slips);
    for (const [name, caught] of [
      ['speller: Hunspell US+GB', (t: string) => !hunspellOnly.correct(t)],
      ['speller: Hunspell US+GB + SCOWL 70 + software terms (the app)', (t: string) => !speller.correct(t)],
      ['checker with the app speller (term rule included)', checkerCatches],
    ] as const) {
      const n = typos.filter((t) => caught(t)).length;
      console.log(`${slips} slip${slips > 1 ? 's' : ''}, ${name}: ${n}/${typos.length} (${fmt((100 * n) / typos.length)}%)`);
    }
  }
}
