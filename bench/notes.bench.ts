// Follow-up discipline benchmarks (issue 5): note-check speed, dictionary load, timeline parsing
// speed, and quality on bench/data/{notes,timelines} against naive baselines.
// Run: npx tsx bench/notes.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { tzOffset } from '@date-fns/tz';
import { checkNote, createSpeller, parseTimeline, type NoteContext, type Speller } from '@secondround/core';
import { loadSpeller } from '../apps/cli/src/speller';

const DATA = new URL('./data/', import.meta.url);

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
const WHOLE_NOTE = new Set(['NO_FIT', 'NO_GRATITUDE', 'LATE', 'TOO_LONG', 'TOO_SHORT']);
const usOnly = createSpeller((await import('dictionary-en')).default.aff, (await import('dictionary-en')).default.dic);
console.log('== professional notes and e-mails (word-level problems; false alarms per clean note, target < 0.1) ==');
for (const split of ['dev', 'test']) {
  const cases = JSON.parse(readFileSync(new URL(`notes-mail/${split}.json`, DATA), 'utf8')) as NoteCase[];
  for (const [name, sp] of [['US+GB dictionaries', speller], ['US dictionary only', usOnly]] as const) {
    let planted = 0, found = 0, clean = 0, alarms = 0;
    for (const c of cases) {
      const got = checkNote(c.text, { ...c.context, speller: sp }).problems.filter((p) => !WHOLE_NOTE.has(p.code));
      const codes = new Set<string>(got.map((p) => p.code));
      planted += c.expected.length;
      found += c.expected.filter((x) => codes.has(x)).length;
      if (c.expected.length === 0) { clean += 1; alarms += got.length; }
    }
    console.log(`${split} (${cases.length} notes, ${clean} clean), ${name}: false alarms ${fmt(alarms / clean)}/note, planted errors found ${found}/${planted}`);
  }
}
