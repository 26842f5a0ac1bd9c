/**
 * Spelling a sender's domain from a name's words: "Morrow & Pike" spells morrowandpike.com,
 * "Oakhurst Veterinary" spells oakhurstvets.co.uk. Pure text work, shared by the company reading
 * of `company.ts`, which decides which lines and phrases to try.
 */

import { fold, foldPlain } from '../text-fold';

export { fold, foldPlain };

// The words that join the words of a name, one list for every pattern that reads names: the words
// for "and" ("Morrow & Pike", "Fink und Partner", "Grivel et Fils", "Ruiz y Soto") and the particles
// written in lower case inside a name ("Hospital San Rafael de Lugo", "Bank of Leith", "Van der Berg").
export const NAME_ANDS = ['&', 'and', 'und', 'et', 'y'];
export const NAME_PARTICLES = ['de', 'del', 'la', 'van', 'der', 'den', 'du', 'des', 'of'];
/** The joiners as a pattern's alternation, with the words that pattern adds (`more`) or leaves out (`without`). */
export function joinerWords(more: string[] = [], without: string[] = []): string {
  return [...NAME_ANDS, ...NAME_PARTICLES, ...more].filter((w) => !without.includes(w)).join('|');
}

// Spelling a domain also skips Portuguese "e", Dutch "en" and French "le" ("Morrow & Pike", "Hospital San Rafael de Lugo").
export const JOINERS = new RegExp(`^(?:${joinerWords(['e', 'en', 'le'])})$`, 'i');

/**
 * How many words from `start` spell `target`, each word whole, by its initial, or (a joiner, or
 * one other word) left out: "Brightwater Schools Trust" spells "brightwatertrust", "Hospital San
 * Rafael de Lugo" spells "hsanrafaellugo", "Morrow & Pike" spells "morrowandpike".
 */
export function spells(words: string[], start: number, target: string): number | null {
  const go = (i: number, at: number, skipped: boolean): number | null => {
    if (at === target.length) return i;
    if (i >= words.length) return null;
    const w = words[i]!;
    const forms = JOINERS.test(w) ? [fold(w), w === '&' ? 'and' : '', w === '&' ? 'en' : '', w === '&' ? 'und' : '', ''] : [fold(w), foldPlain(w), fold(w).charAt(0)];
    for (const f of new Set(forms)) {
      if (f && target.startsWith(f, at)) {
        const r = go(i + 1, at + f.length, skipped);
        if (r !== null) return r;
      }
    }
    // A domain that shortens the last word of the name ("bastide-immo" for "Bastide Immobilier").
    if (i > start && target.length - at >= 3 && fold(w).startsWith(target.slice(at))) return i + 1;
    if (JOINERS.test(w) && i > start) return go(i + 1, at, skipped);
    if (!skipped && i > start && i + 1 < words.length) return go(i + 1, at, true);
    return null;
  };
  return go(start, 0, false);
}

/**
 * Whether the words of a name spell one part of a domain glued from them: each word gives its
 * start (three letters or more, all of a short word, or its initial), in any order, with a plural
 * or a linking ending left over once ("oakhurstvets" of "Oakhurst Veterinary", "klettern" of
 * "Kletterhalle", "suh" of "Sterrenwacht Utrechtse Heuvelrug"). Returns the words used, or null.
 */
export function gluedFrom(folded: string[], part: string): Set<number> | null {
  const go = (at: number, used: Set<number>, slack: boolean, long: boolean): Set<number> | null => {
    if (at === part.length) return long || used.size >= 3 ? used : null;
    for (let i = 0; i < folded.length; i++) {
      const w = folded[i]!;
      if (used.has(i) || !w) continue;
      let k = 0;
      while (k < w.length && at + k < part.length && w[k] === part[at + k]) k++;
      const least = w.length <= 2 ? w.length : 3;
      for (let n = k; n >= 1; n--) {
        if (n < least && n !== 1) continue;
        const next = new Set(used).add(i);
        const r = go(at + n, next, slack, long || n >= 3);
        if (r) return r;
        // A word cut short, then an ending of up to three letters ("vet|s", "kletter|n", "fiets|en").
        if (!slack && n >= 3 && part.length - (at + n) <= 3 && part.length - (at + n) > 0) {
          const end = go(part.length, next, true, true);
          if (end) return end;
        }
      }
    }
    return null;
  };
  return go(0, new Set(), false, false);
}

// A name on a line of its own, as a signature writes it: capitalised words with joiners, "'t", "d'".
export const GLUED_LINE = new RegExp(String.raw`^(?:['’]t\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:${joinerWords(['het', "'t", '’t'])})\s+)?(?:[dl]['’])?\p{Lu}[\p{L}'’.-]*){0,5}$`, 'u');
