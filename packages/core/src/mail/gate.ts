// A cheap necessary condition for a phrase rule: words its pattern cannot match without. Each
// alternative of a pattern goes through some plain word or group of plain words; a text that
// holds none of those (case folded) cannot match, so the costly pattern is not run there.
// Derived from the pattern itself, so a rule edited later keeps a correct gate (or gets none).

/** Split a pattern source at `|` outside groups and character classes. */
function splitTop(source: string): string[] | null {
  const parts: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { parts.push(source.slice(start, i)); start = i + 1; }
  }
  if (depth !== 0 || inClass) return null;
  parts.push(source.slice(start));
  return parts;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closeOf(source: string, open: number): number {
  let depth = 0, inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Length of a quantifier at `i` (`?`, `*`, `+`, `{n,m}`, each maybe lazy), and whether it allows none. */
function quantifierAt(source: string, i: number): { length: number; optional: boolean } {
  const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
  if (!q) return { length: 0, optional: false };
  return { length: q[0].length, optional: q[0][0] === '?' || q[0][0] === '*' || q[1] === '0' };
}

/**
 * The words any match of an alternative must hold, or null when no gate can be read: of the
 * parts every match goes through (a plain word, a group of alternatives), the one whose shortest
 * word is longest.
 */
function altWords(alt: string, depth = 0, parts?: string[][]): string[] | null {
  if (depth > 6) return null;
  let best: string[] | null = null;
  const score = (w: string[]) => Math.min(...w.map((x) => x.length));
  const offer = (w: string[]) => {
    if (w.length > 0) parts?.push(w);
    if (w.length > 0 && (!best || score(w) > score(best) || (score(w) === score(best) && w.length < best.length))) best = w;
  };
  let i = 0;
  while (i < alt.length) {
    const c = alt[i]!;
    if (c === '\\') {
      const e = alt[i + 1];
      if (e === 'k' || e === 'c') return null;
      const end = e === 'p' || e === 'P' || (e === 'u' && alt[i + 2] === '{') ? alt.indexOf('}', i) + 1 : e === 'u' ? i + 6 : e === 'x' ? i + 4 : i + 2;
      if (end <= i) return null;
      i = end + quantifierAt(alt, end).length;
    } else if (c === '[') {
      let j = i + 1;
      while (j < alt.length && alt[j] !== ']') j += alt[j] === '\\' ? 2 : 1;
      if (j >= alt.length) return null;
      i = j + 1 + quantifierAt(alt, j + 1).length;
    } else if (c === '(') {
      const close = closeOf(alt, i);
      if (close < 0) return null;
      const q = quantifierAt(alt, close + 1);
      const look = /^\(\?<?[=!]/.test(alt.slice(i));
      if (!look && !q.optional) {
        const open = alt.startsWith('(?:', i) ? 3 : alt.startsWith('(?<', i) ? alt.indexOf('>', i) + 1 - i : 1;
        const inner = splitTop(alt.slice(i + open, close));
        const words: string[] = [];
        let ok = inner !== null;
        for (const a of inner ?? []) {
          const w = altWords(a, depth + 1);
          if (!w) { ok = false; break; }
          words.push(...w);
        }
        if (ok) offer(words);
      }
      i = close + 1 + q.length;
    } else if (/[A-Za-z']/.test(c)) {
      const run = /^[A-Za-z']+/.exec(alt.slice(i))![0];
      const q = quantifierAt(alt, i + run.length);
      // A quantifier after the run bears on its last letter ("colou?r", "Cancel+ed").
      offer([(q.length ? run.slice(0, -1) : run).toLowerCase()].filter((w) => w.length > 0));
      i += run.length + q.length;
    } else if (c === '|' || c === ')') return null;
    else i += 1 + quantifierAt(alt, i + 1).length;
  }
  return best;
}

/**
 * The lowercase words of which a text must hold one for the pattern to match it anywhere, or null
 * when some alternative holds no word that every match of it goes through.
 */
export function gateWords(re: RegExp): string[] | null {
  const alts = splitTop(re.source);
  if (!alts) return null;
  const words = new Set<string>();
  for (const alt of alts) {
    const w = altWords(alt);
    if (!w) return null;
    for (const x of w) words.add(x);
  }
  // A shorter word found in the text already passes every word it begins.
  const list = [...words].sort((a, b) => a.length - b.length);
  return list.filter((w, i) => !list.slice(0, i).some((s) => w.startsWith(s)));
}

/**
 * Every part each alternative of a pattern must go through (each part: words of which one must be
 * there), for a second gate after the first: an alternative whose parts are not all in the text
 * cannot match. Null where the first gate is all there is (no alternative has two parts).
 */
export function gateParts(re: RegExp): string[][][] | null {
  const alts = splitTop(re.source);
  if (!alts) return null;
  const all: string[][][] = [];
  for (const alt of alts) {
    const parts: string[][] = [];
    if (!altWords(alt, 0, parts)) return null;
    // A part with a word of one or two letters is in nearly every text: not worth a look.
    all.push(parts.filter((part) => part.every((w) => w.length >= 3)));
  }
  return all.some((parts) => parts.length > 1) ? all : null;
}

/** Whether some alternative of a pattern has every part it needs in the text (no parts: always). */
export const passesParts = (parts: readonly (readonly (readonly string[])[])[] | null, index: GateIndex): boolean =>
  parts === null || parts.some((alt) => alt.every((part) => part.some((w) => index.has(w))));

/**
 * A text folded for gates: lower case, and the long s that case-insensitive Unicode patterns read
 * as an s (the Kelvin sign already lowers to a k).
 */
export const gateText = (text: string): string => text.toLowerCase().replace(/ſ/g, 's');

/**
 * A folded text read once for many gates: which runs of three characters it holds (hashed into a
 * bit set), so that a word with a run the text lacks is known absent without a scan, and each word
 * looked for, found or not, is remembered. Only a word all of whose runs are set is searched for.
 */
export class GateIndex {
  private readonly bits: Uint32Array | null;
  private readonly seen = new Map<string, boolean>();
  constructor(readonly folded: string) {
    // A short text is searched at once: indexing it would cost more than the searches it spares.
    this.bits = folded.length < 200 ? null : new Uint32Array(GRAM_WORDS);
    if (!this.bits) return;
    for (let i = 0; i + 2 < folded.length; i++) {
      const h = gramHash(folded.charCodeAt(i), folded.charCodeAt(i + 1), folded.charCodeAt(i + 2));
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }
  /** Whether the folded text holds a word (a plain substring search, with runs checked first). */
  has(word: string): boolean {
    let found = this.seen.get(word);
    if (found !== undefined) return found;
    found = this.mayHold(word) && this.folded.includes(word);
    this.seen.set(word, found);
    return found;
  }
  private mayHold(word: string): boolean {
    const bits = this.bits;
    if (!bits) return true;
    for (let i = 0; i + 2 < word.length; i++) {
      const h = gramHash(word.charCodeAt(i), word.charCodeAt(i + 1), word.charCodeAt(i + 2));
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}
const GRAM_BITS = 1 << 16;
const GRAM_WORDS = GRAM_BITS / 32;
const gramHash = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;

/** Whether a folded text (or its index) can hold a match, by the rule's gate words (no gate: always). */
export const passesGate = (words: readonly string[] | null, folded: string | GateIndex): boolean =>
  words === null || (typeof folded === 'string' ? words.some((w) => folded.includes(w)) : words.some((w) => folded.has(w)));
