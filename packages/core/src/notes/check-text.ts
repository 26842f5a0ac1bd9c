import { isDerivedTerm, oneSlipVariants } from './derived';
import type { Speller } from './speller';
import { foldWord, isInside, normalizeWord, stripPossessive, tokenize, type Token } from './text';
import { inSignature, type NoteLayout } from './layout';
import type { NoteProblem } from './types';

const HTML_TAGS = new Set(['p', 'br', 'b', 'i', 'u', 'a', 'div', 'span', 'em', 'strong', 'ul', 'ol', 'li', 'hr', 'h1', 'h2', 'h3', 'table', 'tr', 'td', 'html', 'body']);
const TEMPLATE_CAPS = /\b(?:(?:FIRST|LAST|FULL)[ _]?NAME|NAME|COMPANY(?:[ _]NAME)?|ROLE|POSITION|JOB[ _]TITLE|TITLE|INTERVIEWER(?:[ _]NAME)?|HIRING[ _]MANAGER|DATE|TBD|TK|INSERT)\b/g;

/** Template leftovers: [Company], {name}, {{role}}, <role>, XXX, ____, NAME in capitals. */
export function checkPlaceholders(text: string): NoteProblem[] {
  const found: NoteProblem[] = [];
  const push = (start: number, end: number) => {
    if (found.some((p) => start < p.end && p.start < end)) return;
    const raw = text.slice(start, end);
    found.push({ code: 'PLACEHOLDER', message: `"${raw}" is a placeholder left from a template`, start, end });
  };
  const scan = (re: RegExp, accept: (m: RegExpExecArray) => boolean = () => true) => {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) if (accept(m)) push(m.index, m.index + m[0].length);
  };
  scan(/\{\{?[^{}\n]{1,40}\}\}?/g);
  scan(/\[[^[\]\n]{1,40}\](?!\()/g);
  scan(/<\/?([^<>\n]{1,40})>/g, (m) => {
    const inner = (m[1] ?? '').trim();
    return !/[@:/.]/.test(inner) && !HTML_TAGS.has(inner.toLowerCase().split(/\s/)[0] ?? '');
  });
  scan(/\b[Xx]{3,}\b|\bXX\b/g);
  scan(/_{3,}/g);
  scan(TEMPLATE_CAPS, (m) => {
    // A capitalised heading word in a shouting sentence is not a template field.
    const around = text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20);
    return (around.match(/\b[A-Z]{2,}\b/g) ?? []).length <= 3;
  });
  return found;
}

/** The same word twice in a row ("the the"); "had had" and "that that" can be right. */
export function checkRepeatedWords(text: string, tokens: readonly Token[]): NoteProblem[] {
  const out: NoteProblem[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    if (!a || !b) continue;
    const w = a.text.toLowerCase();
    if (w !== b.text.toLowerCase() || w === 'had' || w === 'that') continue;
    if (!/^[ \t]+$|^[ \t]*\n[ \t]*$/.test(text.slice(a.end, b.start))) continue;
    out.push({ code: 'REPEATED_WORD', message: `"${a.text}" is repeated`, start: a.start, end: b.end, suggestion: a.text });
  }
  return out;
}

/** British spellings count as right: organise, colour, analyse, centre, catalogue, travelled. */
function britishVariants(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  if (/is(e|ed|es|ing|ation|ations)$/.test(w)) out.push(w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1'));
  if (/ys(e|ed|es|ing)$/.test(w)) out.push(w.replace(/ys(e|ed|es|ing)$/, 'yz$1'));
  if (/our/.test(w)) out.push(w.replace(/our/g, 'or'));
  if (/tre(s)?$/.test(w)) out.push(w.replace(/tre(s)?$/, 'ter$1'));
  if (/ogue$/.test(w)) out.push(w.replace(/ogue$/, 'og'));
  if (/ll(ed|ing|er|ers)$/.test(w)) out.push(w.replace(/ll(ed|ing|er|ers)$/, 'l$1'));
  if (/ence$/.test(w)) out.push(w.replace(/ence$/, 'ense'));
  return out;
}

/**
 * Whether one slip of the keyboard (a letter dropped, added, swapped with the next or mistyped)
 * turns this word into a frequent English word ("Realy", "Thnak"; `Speller.isCommon`, else any
 * word the speller knows). A capitalised word at the start of a sentence that is no such slip is
 * taken for a name (Priyanka, Olamide) and left to the name and company checks. Frequent words
 * only, because with a large list most short names are one slip from some rare word.
 * @example isOneSlipFromWord('Thnak', speller) // true; isOneSlipFromWord('Priyanka', speller) // false
 */
export function isOneSlipFromWord(word: string, speller: Speller): boolean {
  const isWord = speller.isCommon ? (t: string) => speller.isCommon?.(t) ?? false : (t: string) => speller.correct(t);
  return isOneSlipFrom(word, isWord);
}

/** Whether one slip of the keyboard turns `word` into a word `isWord` accepts. */
function isOneSlipFrom(word: string, isWord: (w: string) => boolean): boolean {
  const w = word.toLowerCase();
  if (w.length < 3 || w.length > 20 || !/^[a-z]+$/.test(w)) return false;
  for (const t of oneSlipVariants(w)) if (t.length > 1 && t !== w && isWord(t)) return true;
  return false;
}

/** Shortest lower-case word the term test below may let through; shorter unknown words are flagged. */
const MIN_TERM_LENGTH = 4;
/** From this length on, a word two slips from a frequent word is flagged too ("tommorow"); from 8 on, 2-slip typos were caught 40% of the time, from 5 on 83% (bench/notes.bench.ts). */
const NEAR_COMMON_LENGTH = 5;
/** How many lower-case unknown words a note may spend the term test on (a few hundred lookups each). */
const MAX_TERM_TESTS = 8;

/**
 * Whether an unknown lower-case word reads as a term (a tool, a product, a word of another
 * language: "pgbouncer", "netcode", "bientôt") rather than a typo. Typing slips leave a word one
 * slip from the word meant, and that word is almost always in the dictionary; so a word that no
 * single slip turns into a known word, and (when long) that is not two slips from a frequent
 * word, is not flagged. Short words always are: most short strings are one slip from something.
 * @example isLikelyTerm('pgbouncer', isKnown, speller) // true; isLikelyTerm('recieve', isKnown, speller) // false
 */
export function isLikelyTerm(word: string, isKnown: (w: string) => boolean, speller: Speller): boolean {
  const w = foldWord(word);
  if (w.length < MIN_TERM_LENGTH || w.length > 20 || !/^[a-z]+$/.test(w)) return false;
  if (isOneSlipFrom(w, isKnown)) return false;
  if (w.length >= NEAR_COMMON_LENGTH && (speller.isNearCommon?.(w) ?? true)) return false;
  return true;
}

/** Prefixes that make a new word of a frequent one ("rebrand", "preload", "coauthor", "nonprofit"). */
const WORD_PREFIXES = ['re', 'pre', 'co', 'non', 'multi', 'sub'];

/**
 * Whether an unknown lower-case word is made of frequent words (`Speller.isCommon`): two written
 * as one ("lookback", "lakehouse", "netcode"; the first of 3 letters or more, the second of
 * `minTail` or more, 4 in prose so "thankyou" stays a slip), a frequent word after a common prefix
 * ("rebrand"). Terms of a trade are built this way;
 * a word one slip from a frequent word is a typo all the same ("untill"), so the caller asks that too.
 * @example isCompoundOfWords('lakehouse', speller) // true; isCompoundOfWords('thankyou', speller) // false
 */
export function isCompoundOfWords(word: string, speller: Speller, minTail = 4): boolean {
  const isCommon = speller.isCommon?.bind(speller);
  const w = word.toLowerCase();
  if (!isCommon || !/^[a-z]+$/.test(w) || w.length < 3 + minTail || w.length > 30) return false;
  for (let i = 3; i <= w.length - minTail; i++) if (isCommon(w.slice(0, i)) && isCommon(w.slice(i))) return true;
  return WORD_PREFIXES.some((p) => w.startsWith(p) && w.length - p.length >= 4 && isCommon(w.slice(p.length)));
}

/** How many capitalised sentence-start words a note may spend the slip test on (a few hundred set lookups each). */
const MAX_SLIP_TESTS = 8;

/** How many misspelled words get suggestions: nspell's suggest takes 5–30 ms a word. */
const MAX_SUGGESTIONS = 3;
const MAX_SPELLING_PROBLEMS = 50;

/**
 * Words the dictionary does not know (SPELLING). Known words also include the people's names,
 * the companies, the role and the listing's terms, and their plurals. Capitalised words inside a
 * sentence, words in capitals, mixed-case words and anything in a URL or address are proper names
 * or codes: skipped. So is a capitalised first word of a sentence that no one-letter slip makes
 * into a dictionary word (a name), and a lower-case word whose capitalised form the dictionary
 * knows ("london"): case is not spelling.
 */
export function checkSpelling(
  tokens: readonly Token[],
  speller: Speller,
  knownWords: { has(word: string): boolean },
  skipSpans: ReadonlyArray<[number, number]>,
  taken: (start: number, end: number) => boolean,
  signature: Pick<NoteLayout, 'signatureStart' | 'signatureEnd'>,
): NoteProblem[] {
  const out: NoteProblem[] = [];
  const cache = new Map<string, boolean>();
  const isKnown = (w: string): boolean => {
    let v = cache.get(w);
    if (v === undefined) {
      const fold = foldWord(w);
      v =
        knownWords.has(fold) ||
        (/s$/.test(fold) && (knownWords.has(fold.slice(0, -1)) || (/es$/.test(fold) && knownWords.has(fold.slice(0, -2))))) ||
        speller.correct(w) ||
        (w !== w.toLowerCase() && speller.correct(w.toLowerCase())) ||
        (w === w.toLowerCase() && speller.correct(w.charAt(0).toUpperCase() + w.slice(1))) ||
        britishVariants(w).some((b) => speller.correct(b));
      cache.set(w, v);
    }
    return v;
  };
  const slipCache = new Map<string, boolean>();
  let slipTests = 0;
  const termCache = new Map<string, boolean>();
  let termTests = 0;
  const isTerm = (w: string): boolean => {
    let v = termCache.get(w);
    if (v === undefined) {
      v = termTests < MAX_TERM_TESTS && isLikelyTerm(w, (t) => knownWords.has(t) || speller.correct(t), speller);
      termTests += 1;
      termCache.set(w, v);
    }
    return v;
  };
  const compoundCache = new Map<string, boolean>();
  let compoundTests = 0;
  const isCompound = (w: string, minTail: number): boolean => {
    const key = `${minTail}:${w}`;
    let v = compoundCache.get(key);
    if (v === undefined) {
      // One slip from a frequent word ("untill") is a typo; from a rare one ("lookback", "loopback") it may not be.
      v = compoundTests < MAX_TERM_TESTS && isCompoundOfWords(w, speller, minTail) && !isOneSlipFromWord(w, speller);
      compoundTests += 1;
      compoundCache.set(key, v);
    }
    return v;
  };
  const derivedCache = new Map<string, boolean>();
  let derivedTests = 0;
  const isDerived = (w: string): boolean => {
    let v = derivedCache.get(w);
    if (v === undefined) {
      v = derivedTests < MAX_TERM_TESTS && isDerivedTerm(w, speller);
      derivedTests += 1;
      derivedCache.set(w, v);
    }
    return v;
  };
  let suggested = 0;
  for (const t of tokens) {
    if (out.length >= MAX_SPELLING_PROBLEMS) break;
    if (inSignature(signature, t.start)) continue;
    const word = normalizeWord(stripPossessive(t.text));
    if (word.length < 2 || isInside(skipSpans, t.start, t.end) || taken(t.start, t.end)) continue;
    if (/^\p{Lu}/u.test(word) && !t.isSentenceStart) continue;
    if (/\p{Lu}/u.test(word.slice(1))) continue;
    if (isKnown(word)) continue;
    const parts = word.split(/[-‐]/);
    // "nf-core", "aria-activedescendant": each part a word, a short code or a term.
    // In such a code-like name a part may join words with a short one ("aria-describedby").
    if (parts.length > 1 && parts.every((p) => p.length <= 2 || isKnown(p) || (p === p.toLowerCase() && (isTerm(p) || isCompound(p, 2))))) continue;
    if (parts.length === 1 && word === word.toLowerCase() && (isTerm(word) || isCompound(word, 4) || isDerived(word))) continue;
    if (/^\p{Lu}/u.test(word) && parts.length === 1) {
      // the first word of a sentence, capitalised and unknown: a name unless it is one slip from a word
      let slip = slipCache.get(word);
      if (slip === undefined) {
        // Without a list of frequent words the test would ask the slow dictionary hundreds of times: flag as before.
        slip = !speller.isCommon || (slipTests < MAX_SLIP_TESTS && isOneSlipFromWord(word, speller));
        slipTests += 1;
        slipCache.set(word, slip);
      }
      if (!slip) continue;
    }
    const problem: NoteProblem = { code: 'SPELLING', message: `"${t.text}" is not in the dictionary`, start: t.start, end: t.end };
    if (suggested < MAX_SUGGESTIONS && word.length <= 20) {
      suggested += 1;
      const s = speller.suggest(word)[0];
      if (s) {
        problem.suggestion = s;
        problem.message = `"${t.text}" is not in the dictionary; did you mean "${s}"?`;
      }
    }
    out.push(problem);
  }
  return out;
}

/** Every word of these phrases, folded, for the known-word list. */
export function wordsOf(phrases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) for (const t of tokenize(p)) {
    out.add(foldWord(t.text));
    for (const part of t.text.split(/[-‐'’]/)) if (part.length > 1) out.add(foldWord(part));
  }
  return out;
}
