import nspell from 'nspell';

/**
 * What the note checker needs from a spelling dictionary. Core does no I/O, so the app loads the
 * dictionary files and passes a speller in (see `createSpeller`).
 */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/**
 * A Hunspell speller (nspell) from the `.aff` and `.dic` contents, such as `dictionary-en`'s
 * `{ aff, dic }`. Building it takes a few hundred milliseconds: make one per process and reuse it.
 * @example const speller = createSpeller(dictionary.aff, dictionary.dic); speller.correct('interview') // true
 */
export function createSpeller(aff: string | Uint8Array, dic: string | Uint8Array): Speller {
  const spell = nspell(aff, dic);
  return {
    correct: (word) => spell.correct(word),
    suggest: (word) => spell.suggest(word),
  };
}

/**
 * A speller that knows only the given words (case-insensitive); for tests and for running the
 * checker where no dictionary is available.
 * @example createWordListSpeller(['thank', 'you']).correct('Thank') // true
 */
export function createWordListSpeller(words: Iterable<string>): Speller {
  const known = new Set<string>();
  for (const w of words) known.add(w.toLowerCase());
  return {
    correct: (word) => known.has(word.toLowerCase()),
    suggest: () => [],
  };
}

/**
 * One speller over several dictionaries (US and GB English): a word any of them knows is spelled
 * right. Suggestions come from the first only: nspell's suggest is the slow part (5–30 ms a word),
 * and asking a second dictionary doubles it while the person types.
 * @example combineSpellers(us, gb).correct('programme') // true
 */
export function combineSpellers(primary: Speller, ...others: readonly Speller[]): Speller {
  return {
    correct: (word) => primary.correct(word) || others.some((s) => s.correct(word)),
    suggest: (word) => primary.suggest(word),
  };
}
