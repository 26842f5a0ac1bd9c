// Lists every word-level problem the checker raises on the clean notes of the training splits
// (dev, train, test, heldout, heldout2: all seen), and the planted errors it misses, to see what to fix. Never run on heldout3.
// Run: npx tsx bench/notes-alarms.ts
import { readFileSync } from 'node:fs';
import { checkNote, type NoteContext } from '@secondround/core';
import { loadSpeller } from '../apps/cli/src/speller';

interface NoteCase { id: string; context: NoteContext; text: string; expected: string[] }
const WHOLE_NOTE = new Set(['NO_FIT', 'NO_GRATITUDE', 'LATE', 'TOO_LONG', 'TOO_SHORT']);
const speller = await loadSpeller();
for (const split of (process.env.SPLITS ?? 'dev,train,test,heldout,heldout2').split(',')) {
  const cases = JSON.parse(readFileSync(new URL(`data/notes-mail/${split}.json`, import.meta.url), 'utf8')) as NoteCase[];
  let clean = 0, alarms = 0, planted = 0, found = 0;
  for (const c of cases) {
    const problems = checkNote(c.text, { ...c.context, speller }).problems.filter((p) => !WHOLE_NOTE.has(p.code));
    const codes = new Set<string>(problems.map((p) => p.code));
    planted += c.expected.length;
    for (const e of c.expected) if (codes.has(e)) found += 1; else console.log(`  MISSED ${split} ${c.id} ${e}`);
    if (c.expected.length === 0) {
      clean += 1;
      alarms += problems.length;
      for (const p of problems) console.log(`  ALARM ${split} ${c.id} ${p.code} "${c.text.slice(p.start, p.end)}"`);
    }
  }
  console.log(`${split}: ${alarms} alarms on ${clean} clean (${(alarms / clean).toFixed(3)}/note); found ${found}/${planted}`);
}
