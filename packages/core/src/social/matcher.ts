import type { LexiconTerm } from './lexicon/surge-terms';

/*
 * One pass over the text, one hash-table probe per word. Each character goes through a 128-entry
 * table that lowercases it and undoes the usual obfuscations (0→o, 1→i, 3→e, 4→a, 5→s, 7→t,
 * @→a, $→s, ! and + inside a word → i and t); a word's hash is computed as it is read, and only
 * words whose hash is in a 1-Mbit filter reach the Map. Words are matched whole, so Scunthorpe,
 * assessment and cocktail never match. Stretched letters (fuuuuck) go through a second table
 * keyed by the word with repeated letters collapsed; masked words (f*ck) through a per-length list.
 */

const SEP = -1;
const SKIP = -2;
const WILD = -3;
const BANG = -4;
const PLUS = -5;
const FOREIGN = -6;

const TABLE = new Int16Array(128).fill(SEP);
for (let c = 97; c <= 122; c++) TABLE[c] = c;
for (let c = 65; c <= 90; c++) TABLE[c] = c + 32;
for (let c = 48; c <= 57; c++) TABLE[c] = c;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
for (const [from, to] of Object.entries(LEET)) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
TABLE[39] = SKIP; // '
TABLE[42] = WILD; // *
TABLE[33] = BANG; // !
TABLE[43] = PLUS; // +

function classify(c: number): number {
  if (c < 128) return TABLE[c] as number;
  if (c === 0x2019 || c === 0x2018) return SKIP;
  if (c >= 0xd800 && c <= 0xdfff) return SEP; // emoji and other astral symbols end a word
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff) return SEP;
  return FOREIGN;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}
const KEY_MASK = 0x3fffffff; // small integers stay unboxed in V8's Map
const FILTER_BITS = 20;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

export interface CompiledTerm extends LexiconTerm {
  /** The term's words, mapped as the text is. */
  words: string[];
  wordKeys: number[];
}

export interface Matcher {
  /** Bit filter and table of one-word terms, by the word's key. */
  filter: Uint8Array;
  byKey: Map<number, CompiledTerm[]>;
  /** Bit filter and table of phrases, by the key of their last two words (common last words such as "you" stay cheap). */
  pairFilter: Uint8Array;
  byPair: Map<number, CompiledTerm[]>;
  bySkeleton: Map<number, CompiledTerm[]>;
  byLength: Map<number, CompiledTerm[]>;
}

export interface RawHit {
  term: CompiledTerm;
  start: number;
  end: number;
}

/** Split a string into mapped words the way the scanner reads text ('*' kept as '*'). */
export function mapWords(text: string): string[] {
  const words: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const k = classify(text.charCodeAt(i));
    const next = i + 1 < text.length ? classify(text.charCodeAt(i + 1)) : SEP;
    if (k >= 0) cur += String.fromCharCode(k);
    else if (k === SKIP) continue;
    else if (k === WILD) cur += '*';
    else if ((k === BANG || k === PLUS) && cur && next >= 0) cur += k === BANG ? 'i' : 't';
    else if (k === FOREIGN) cur += text[i];
    else if (cur) {
      words.push(cur);
      cur = '';
    }
  }
  if (cur) words.push(cur);
  return words;
}

function pairKey(prev: number, last: number): number {
  return (Math.imul(prev, 0x9e3779b1) ^ last) & KEY_MASK;
}

function keyOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return h & KEY_MASK;
}

function skeletonOf(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

function push<K>(map: Map<K, CompiledTerm[]>, key: K, term: CompiledTerm): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

/**
 * Compile lexicon terms into the matcher's tables (once; about 3,000 terms take a few ms).
 * @example compileMatcher([{ term: 'shit', category: 'profanity', severity: 'medium' }]).byKey.size // 1
 */
export function compileMatcher(terms: LexiconTerm[]): Matcher {
  const m: Matcher = {
    filter: new Uint8Array(1 << (FILTER_BITS - 3)),
    byKey: new Map(),
    pairFilter: new Uint8Array(1 << (FILTER_BITS - 3)),
    byPair: new Map(),
    bySkeleton: new Map(),
    byLength: new Map(),
  };
  const seen = new Set<string>();
  for (const t of terms) {
    const words = mapWords(t.term);
    // A term made only of one-letter pieces ("s/h/i/t") or of digits would match noise.
    if (words.length === 0 || words.every((w) => w.length < 3) || words.some((w) => w.includes('*'))) continue;
    // "f'ed" would become "fed": an apostrophe inside a word of the term makes it too short to be safe.
    if (/\w'\w/.test(t.term) && words.some((w) => w.length < 5)) continue;
    if (!words.some((w) => /[a-z]/.test(w))) continue;
    const id = `${words.join(' ')}|${t.category}|${t.rule ?? ''}|${t.language ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const compiled: CompiledTerm = { ...t, words, wordKeys: words.map(keyOf) };
    const last = compiled.wordKeys[compiled.wordKeys.length - 1] as number;
    if (words.length > 1) {
      const pair = pairKey(compiled.wordKeys[compiled.wordKeys.length - 2] as number, last);
      m.pairFilter[(pair & FILTER_MASK) >> 3]! |= 1 << (pair & 7);
      push(m.byPair, pair, compiled);
    } else {
      m.filter[(last & FILTER_MASK) >> 3]! |= 1 << (last & 7);
      push(m.byKey, last, compiled);
      const word = words[0] as string;
      push(m.bySkeleton, keyOf(skeletonOf(word)), compiled);
      push(m.byLength, word.length, compiled);
    }
  }
  return m;
}

function runsOf(word: string): Array<[string, number]> {
  const runs: Array<[string, number]> = [];
  for (const ch of word) {
    const last = runs[runs.length - 1];
    if (last && last[0] === ch) last[1]++;
    else runs.push([ch, 1]);
  }
  return runs;
}

/** Stretched "fuuuck" matches "fuck": same letters in order, each run at least as long. */
function stretchedMatches(token: string, word: string): boolean {
  const a = runsOf(token);
  const b = runsOf(word);
  if (a.length !== b.length) return false;
  return a.every(([ch, n], i) => ch === b[i]![0] && n >= b[i]![1]);
}

function maskedMatches(token: string, word: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    if (c !== '*' && c !== word[i]) return false;
  }
  return true;
}

const RING = 8;
// Reused across calls: matchText is synchronous and not re-entrant.
const RING_KEYS = new Int32Array(RING);
const FOUND: RawHit[] = [];

/**
 * Every lexicon hit in a text, in order: single words and phrases, with obfuscations undone.
 * Returns the same empty array when nothing matches (no allocation on clean text).
 * @example matchText(compileMatcher([{ term: 'shit', category: 'profanity', severity: 'low' }]), 'oh sh1t').length // 1
 */
export function matchText(m: Matcher, text: string): RawHit[] {
  let hits: RawHit[] = NO_HITS;
  const ringKeys = RING_KEYS;
  const filter = m.filter;
  const pairFilter = m.pairFilter;
  const found = FOUND;
  found.length = 0;
  let count = 0;
  let start = -1;
  let h = FNV_OFFSET;
  let prev = -1;
  let run = 0;
  let maxRun = 0;
  let letters = 0;
  let digits = 0;
  let special = false; // a masked word takes the slow path
  let foreign = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let k = c < 128 ? (TABLE[c] as number) : classify(c);
    if (k >= 0) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
        prev = -1;
        run = 0;
        maxRun = 1;
        letters = 0;
        digits = 0;
        special = false;
        foreign = false;
      }
      h = Math.imul(h ^ k, 16777619);
      if (k === prev) {
        if (++run > maxRun) maxRun = run;
      } else {
        prev = k;
        run = 1;
      }
      if (c >= 97 || (c >= 65 && c <= 90)) letters++;
      else digits++;
      continue;
    }
    if (k === BANG || k === PLUS) {
      const next = i + 1 < n ? classify(text.charCodeAt(i + 1)) : SEP;
      if (start >= 0 && next >= 0) {
        k = k === BANG ? 105 : 116;
        h = Math.imul(h ^ k, 16777619);
        prev = k;
        run = 1;
        digits++;
        continue;
      }
      k = SEP;
    }
    if (k === SKIP) continue;
    if (k === WILD) {
      if (start < 0) {
        start = i;
        letters = 0;
        digits = 0;
        foreign = false;
        maxRun = 0;
      }
      special = true;
      continue;
    }
    if (k === FOREIGN) {
      if (start < 0) {
        start = i;
        letters = 0;
        special = false;
      }
      foreign = true;
      continue;
    }
    if (start < 0) continue;
    // End of a word. Leet forms need two real letters ("5h1t", "a$$h0le"): "455" or "a55" are numbers and codes.
    if (!foreign && letters > 0 && (digits === 0 || letters >= 2)) {
      const key = h & KEY_MASK;
      let matched = false;
      if (special) {
        matched = slowPath(m, text, start, i, (hit) => (hits = add(hits, hit)));
      } else {
        if ((filter[(key & FILTER_MASK) >> 3]! & (1 << (key & 7))) !== 0) {
          const list = m.byKey.get(key);
          if (list && probe(list, text, start, i, ringKeys, count, found)) matched = true;
        }
        if (count > 0) {
          const pair = pairKey(ringKeys[(count - 1) & (RING - 1)]!, key);
          if ((pairFilter[(pair & FILTER_MASK) >> 3]! & (1 << (pair & 7))) !== 0) {
            const list = m.byPair.get(pair);
            if (list && probe(list, text, start, i, ringKeys, count, found)) matched = true;
          }
        }
        if (found.length > 0) {
          for (const hit of found) hits = add(hits, hit);
          found.length = 0;
        }
      }
      if (!matched && maxRun >= 3 && !special) {
        const token = mapWords(text.slice(start, i))[0] ?? '';
        const list = m.bySkeleton.get(keyOf(skeletonOf(token)));
        if (list) {
          for (const t of list) if (t.words[0]!.length >= 4 && stretchedMatches(token, t.words[0]!)) hits = add(hits, { term: t, start, end: i });
        }
      }
      ringKeys[count & (RING - 1)] = key;
    } else {
      ringKeys[count & (RING - 1)] = -1;
    }
    count++;
    start = -1;
  }
  return hits;
}

const NO_HITS: RawHit[] = [];
function add(hits: RawHit[], hit: RawHit): RawHit[] {
  if (hits === NO_HITS) return [hit];
  hits.push(hit);
  return hits;
}

/** Whether text[start, end) reads as `word` once mapped (no allocation). */
function tokenIs(text: string, start: number, end: number, word: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let k = c < 128 ? (TABLE[c] as number) : classify(c);
    if (k === SKIP) continue;
    if (k === BANG) k = 105;
    else if (k === PLUS) k = 116;
    if (k < 0 || word.charCodeAt(j++) !== k) return false;
  }
  return j === word.length;
}

function probe(list: CompiledTerm[], text: string, start: number, end: number, ring: Int32Array, count: number, out: RawHit[]): boolean {
  let matched = false;
  for (const t of list) {
    const words = t.words;
    if (words.length > count + 1 || words.length > RING) continue;
    let ok = true;
    for (let j = 1; ok && j < words.length; j++) {
      if (ring[(count - j) & (RING - 1)] !== t.wordKeys[words.length - 1 - j]) ok = false;
    }
    if (!ok || !tokenIs(text, start, end, words[words.length - 1]!)) continue;
    out.push({ term: t, start: words.length > 1 ? findPhraseStart(text, start, words.length - 1) : start, end });
    matched = true;
  }
  return matched;
}

/** Walk back over n words to find where a phrase begins (only on a hit). */
function findPhraseStart(text: string, start: number, n: number): number {
  let i = start;
  for (let w = 0; w < n; w++) {
    i--;
    while (i > 0 && classify(text.charCodeAt(i)) < 0 && classify(text.charCodeAt(i)) !== SKIP) i--;
    while (i > 0 && (classify(text.charCodeAt(i - 1)) >= 0 || classify(text.charCodeAt(i - 1)) === SKIP)) i--;
  }
  return Math.max(0, i);
}

function slowPath(m: Matcher, text: string, start: number, end: number, emit: (h: RawHit) => void): boolean {
  let token = (mapWords(text.slice(start, end))[0] ?? '').replace(/^\*+/, '');
  const letters = token.replace(/\*/g, '').length;
  if (letters > 2) token = token.replace(/\*+$/, '');
  if (!token.includes('*')) {
    const list = m.byKey.get(keyOf(token));
    const t = list?.find((x) => x.words.length === 1 && x.words[0] === token);
    if (t) emit({ term: t, start, end });
    return !!t;
  }
  if (letters < 1 || token.length < 3) return false;
  let best: CompiledTerm | undefined;
  for (const t of m.byLength.get(token.length) ?? []) {
    if (t.rule || !maskedMatches(token, t.words[0]!)) continue;
    if (!['profanity', 'sexual', 'discrimination'].includes(t.category)) continue;
    if (!best || rank(t) > rank(best)) best = t;
  }
  if (best) emit({ term: best, start, end });
  return !!best;
}

function rank(t: CompiledTerm): number {
  return (t.severity === 'high' ? 3 : t.severity === 'medium' ? 2 : 1) + (t.category === 'profanity' ? 0.5 : 0);
}
