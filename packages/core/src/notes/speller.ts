import nspell from 'nspell';

/**
 * What the note checker needs from a spelling dictionary. Core does no I/O, so the app loads the
 * dictionary files and passes a speller in (see `createSpeller`).
 */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** Whether a lower-case word is a frequent one (a few tens of thousands); without it, `correct` is asked. */
  isCommon?(word: string): boolean;
  /**
   * Whether a lower-case word is within two slips of a frequent word ("tommorow" of "tomorrow"):
   * one of its one- or two-letter deletions equals a frequent word or one of that word's
   * one-letter deletions. Two changes of the same letters (two substitutions) are not seen.
   */
  isNearCommon?(word: string): boolean;
}

/** The word and every form of it with one letter left out. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
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
 * A speller that knows only the given words (case-insensitive): a larger word list beside the
 * Hunspell dictionaries, for tests, and for running the checker where no dictionary is available.
 * `commonWords`, when given, are the frequent ones (see `Speller.isCommon`); `nearWords` (the
 * frequent ones by default) are those `Speller.isNearCommon` measures the distance to.
 * @example createWordListSpeller(['thank', 'you']).correct('Thank') // true
 */
export function createWordListSpeller(words: Iterable<string>, commonWords?: Iterable<string>, nearWords?: Iterable<string>): Speller {
  const known = new Set<string>();
  for (const w of words) known.add(w.toLowerCase());
  const speller: Speller = {
    correct: (word) => known.has(word.toLowerCase()),
    suggest: () => [],
  };
  if (commonWords) {
    const common = new Set<string>();
    for (const w of commonWords) common.add(w.toLowerCase());
    speller.isCommon = (word) => common.has(word.toLowerCase());
    let near: Set<string> | null = null;
    const nearSource = nearWords ? [...nearWords] : null;
    speller.isNearCommon = (word) => {
      if (!near) {
        // Built on first use: the words and their one-letter deletions (a few hundred thousand strings).
        near = new Set<string>();
        for (const raw of nearSource ?? common) {
          const w = raw.toLowerCase();
          if (w.length >= 3 && /^[a-z]+$/.test(w)) for (const d of deletions(w)) near.add(d);
        }
      }
      const set = near;
      return deletions(word.toLowerCase()).some((d) => set.has(d) || deletions(d).some((dd) => dd.length >= 2 && set.has(dd)));
    };
  }
  return speller;
}

/**
 * One speller over several dictionaries (US and GB English): a word any of them knows is spelled
 * right, and the first that knows frequent words says which are. Suggestions come from the first only: nspell's suggest is the slow part (5–30 ms a word),
 * and asking a second dictionary doubles it while the person types.
 * @example combineSpellers(us, gb).correct('programme') // true
 */
export function combineSpellers(primary: Speller, ...others: readonly Speller[]): Speller {
  const combined: Speller = {
    correct: (word) => primary.correct(word) || others.some((s) => s.correct(word)),
    suggest: (word) => primary.suggest(word),
  };
  const withCommon = [primary, ...others].find((s) => s.isCommon);
  if (withCommon?.isCommon) combined.isCommon = withCommon.isCommon.bind(withCommon);
  const withNear = [primary, ...others].find((s) => s.isNearCommon);
  if (withNear?.isNearCommon) combined.isNearCommon = withNear.isNearCommon.bind(withNear);
  return combined;
}
