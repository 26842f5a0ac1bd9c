// The model's own Porter2 stemmer (the one `its.stem` uses), imported on its own: the model's entry
// parses its 3 MB core model at import, which a stem does not need (it cost the CLI ~0.3 s a start).
import modelStem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';

/** A word of a text with its place, its original spelling and its matching key. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower case, possessive dropped, Porter2 stem for plain words (`managing` → `manag`). */
  norm: string;
  start: number;
  end: number;
}

// Tech names keep their inner dots, plus and hash signs ("Node.js", "C++", "C#", ".NET"), so a
// skill name is one token; hyphens and slashes split ("CI/CD", "problem-solving") the same way
// on both sides (taxonomy and text), so either spelling matches.
const TOKEN_RE = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}+#&'’]|\.(?=[\p{L}\p{N}]))*/gu;
const PLAIN_WORD_RE = /^[a-z]+$/;
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

// The stemmer is called directly: a full wink document per word costs about 100 times more.

/**
 * The Porter2 stem of a lower-case word, cached (a job listing repeats most of its words).
 * @example stem('managing') // 'manag'
 */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const out = modelStem(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

/**
 * The matching key of one token as written: lower case, possessive `'s` dropped, plain words
 * stemmed; tech names ("c++", "node.js") kept as they are.
 * @example normalizeWord("Driver's") // 'driver'
 */
export function normalizeWord(raw: string): string {
  let w = raw.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith("'")) w = w.slice(0, -1);
  return PLAIN_WORD_RE.test(w) ? stem(w) : w;
}

/**
 * Split a text into word tokens with their keys and offsets.
 * @example tokenize('C++ and Node.js').map((t) => t.norm) // ['c++', 'and', 'node.js']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    out.push({ text: raw, norm: normalizeWord(raw), start, end: start + raw.length });
  }
  return out;
}

/**
 * The key of a whole phrase (its tokens' keys joined by one space): what the taxonomy index
 * stores for each alias and what the matcher looks up for each run of words.
 * @example phraseKey('Managing stakeholders') // 'manag stakehold'
 */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

/** Common English function words, left out of ranking (they carry no topic). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for with from as into onto over under about than then ' +
    'is are was were be been being am do does did have has had having will would shall should can could may might must ' +
    'i me my we our us you your he she it its they them their this that these those there here who whom whose which what ' +
    'when where why how all any both each few more most other some such no not only own same so too very just also ' +
    'etc e.g i.e per via within across up out off if while during including include includes'
  ).split(' '),
);
