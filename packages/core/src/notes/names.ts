import { distance } from 'fastest-levenshtein';
import { foldWord, normalizeWord } from './text';

/**
 * A compact phonetic key in the spirit of Metaphone: consonant sounds, the first letter kept.
 * Alone it is not enough (it calls Jon and Joan the same and Sean and Shawn different), so it
 * only widens the edit-distance test in {@link nameCloseness}.
 */
export function phoneticKey(word: string): string {
  let w = foldWord(word).replace(/[^a-z]/g, '');
  if (w === '') return '';
  w = w
    .replace(/^kn|^gn|^pn|^wr/, (s) => s.slice(1))
    .replace(/^x/, 's')
    .replace(/ph/g, 'f')
    .replace(/sch/g, 'sk')
    .replace(/ck/g, 'k')
    .replace(/(t?ch|sh)/g, 'x')
    .replace(/th/g, '0')
    .replace(/dg(?=[eiy])/g, 'j')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/gh(?![aeiou])/g, '')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'x')
    .replace(/z/g, 's')
    .replace(/v/g, 'f')
    .replace(/([^aeiou])\1+/g, '$1');
  const first = w[0] ?? '';
  const rest = w.slice(1).replace(/[aeiouyhw]/g, '');
  return (/[aeiou]/.test(first) ? 'a' : first) + rest;
}

/** How close a written name is to the right one. */
export type Closeness = 'same' | 'close' | 'far';

/**
 * Compare a name as written with the right one. `same`: identical letters (a curly or straight
 * apostrophe is the same). `close`: a likely misspelling: the same letters apart from case,
 * accents, apostrophes or hyphens (Mcdonald, Zoe, OBrien, Jean Luc), or within a small edit
 * distance for its length (Jon/John, Katherine/Catherine, Sean/Shawn), or the same sound within
 * a slightly larger one (Geoff/Jeff). Everything else is `far`.
 * @example nameCloseness('Jon', 'John') // 'close'
 */
export function nameCloseness(written: string, right: string): Closeness {
  const a = normalizeWord(written);
  const b = normalizeWord(right);
  if (a === b) return 'same';
  const fa = foldWord(a);
  const fb = foldWord(b);
  if (fa === fb) return 'close';
  if (fa.length < 3 || fb.length < 3) return 'far';
  // Initial letters rarely change in a misspelling, except for sound-alike ones (C/K, J/G, S/Z…).
  const d = distance(fa, fb);
  const len = Math.max(fa.length, fb.length);
  const limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
  const samePhonetic = phoneticKey(fa) === phoneticKey(fb);
  if (d <= limit && (fa[0] === fb[0] || samePhonetic || d === 1)) return 'close';
  if (samePhonetic && d <= limit + 1) return 'close';
  return 'far';
}

/** A person's name split into the parts a note may use: "Jean-Luc O'Brien" → Jean-Luc, O'Brien (and Jean, Luc). */
export function nameParts(fullName: string): string[] {
  const parts = fullName
    .normalize('NFC')
    .split(/[\s,]+/)
    .map((p) => p.replace(/^[("'“]+|[)"'”.]+$/g, ''))
    .filter((p) => p.length > 0 && !TITLES.has(p.toLowerCase().replace(/\.$/, '')));
  const out = new Set<string>(parts);
  for (const p of parts) if (/[-‐]/.test(p)) for (const sub of p.split(/[-‐]/)) if (sub.length > 1) out.add(sub);
  return [...out];
}

/** Titles and honorifics that come before a name. */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam', 'dame', 'rev']);
