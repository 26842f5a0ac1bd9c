import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import dictionary from 'dictionary-en';
import dictionaryGb from 'dictionary-en-gb';
import { checkNote, combineSpellers, createSpeller, type NoteContext } from './index';
import { parseTimeline } from '../timeline/index';

// Regression guard on the held-out splits (bench/data/*/test), never tuned on. The target
// for false alarms is under 0.1 per good note; the first run measured 0.2 (two words missing from
// the dictionary, "bono" and "failover"), so the guard sits there until the dictionary grows.
const root = fileURLToPath(new URL('../../../../bench/data/', import.meta.url));

/** Problems about the whole note, not a word in it: not what a false alarm of the word checks means. */
const WHOLE_NOTE = new Set(['NO_FIT', 'NO_GRATITUDE', 'LATE', 'TOO_LONG', 'TOO_SHORT']);

describe('quality on the test splits', () => {
  it('on 60 held-out professional notes and e-mails: every planted error found, far fewer false alarms than before', () => {
    const raw = readFileSync(`${root}notes-mail/test.json`);
    // The split was written and its hash committed before the checker changed; it is never tuned on.
    const committed = readFileSync(`${root}notes-mail/test.json.sha256`, 'utf8').split(/\s+/)[0];
    expect(createHash('sha256').update(raw).digest('hex')).toBe(committed);
    const speller = combineSpellers(createSpeller(dictionary.aff, dictionary.dic), createSpeller(dictionaryGb.aff, dictionaryGb.dic));
    const cases = JSON.parse(raw.toString('utf8')) as Array<{ context: NoteContext; text: string; expected: string[] }>;
    let planted = 0;
    let found = 0;
    let clean = 0;
    let falseAlarms = 0;
    for (const c of cases) {
      const problems = checkNote(c.text, { ...c.context, speller }).problems.filter((p) => !WHOLE_NOTE.has(p.code));
      const got = new Set<string>(problems.map((p) => p.code));
      planted += c.expected.length;
      found += c.expected.filter((code) => got.has(code)).length;
      if (c.expected.length === 0) {
        clean += 1;
        falseAlarms += problems.length;
      }
    }
    expect(cases.length).toBe(60);
    expect(planted).toBe(20);
    // Before the change: 0.85 false alarms per clean note (34 on 40), 20 of 20 planted errors found.
    // After: 0.425 (17 on 40), 20 of 20. The target, under 0.1, is not reached on this split.
    expect(found / planted).toBe(1);
    expect(falseAlarms / clean).toBeLessThanOrEqual(0.45);
  }, 120_000);

  it('finds the planted note errors and keeps false alarms rare', () => {
    const speller = combineSpellers(createSpeller(dictionary.aff, dictionary.dic), createSpeller(dictionaryGb.aff, dictionaryGb.dic));
    const dir = `${root}notes/test/`;
    let planted = 0;
    let found = 0;
    let good = 0;
    let falseAlarms = 0;
    for (const f of readdirSync(dir)) {
      const d = JSON.parse(readFileSync(dir + f, 'utf8')) as { context: NoteContext; text: string; expected: string[] };
      const got = new Set<string>(checkNote(d.text, { ...d.context, speller }).problems.map((p) => p.code));
      planted += d.expected.length;
      found += d.expected.filter((c) => got.has(c)).length;
      if (d.expected.length === 0) {
        good += 1;
        falseAlarms += got.size;
      }
    }
    expect(planted).toBeGreaterThanOrEqual(25);
    expect(found / planted).toBeGreaterThanOrEqual(0.95);
    expect(falseAlarms / good).toBeLessThanOrEqual(0.2);
  });

  it('reads the stated timelines', () => {
    const d = JSON.parse(readFileSync(`${root}timelines/test.json`, 'utf8')) as { from: string; timeZone: string; items: Array<{ text: string; statedUntil: string | null }> };
    const right = d.items.filter((it) => parseTimeline(it.text, { from: d.from, timeZone: d.timeZone }).statedUntilDate === it.statedUntil).length;
    expect(right / d.items.length).toBeGreaterThanOrEqual(0.9);
  });
});
