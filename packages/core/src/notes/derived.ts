import type { Speller } from './speller';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Prefixes that make a word of a trade from an ordinary one: retarget, upsell, preload, multitenant. */
const PREFIXES = ['re', 'pre', 'co', 'non', 'multi', 'sub', 'un', 'de', 'dis', 'mis', 'over', 'under', 'inter', 'cross', 'auto', 'micro', 'meta', 'post', 'semi', 'anti', 'super', 'hyper', 'ultra', 'mid', 'out', 'up', 'down', 'self'];
/** The shortest word a prefix may stand before, and the shortest stem a suffix may follow. */
const MIN_BASE = 5;
const MIN_STEM = 4;

/** The word with one slip: a letter dropped, added, swapped with the next or mistyped. */
export function oneSlipVariants(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) out.add(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of LETTERS) {
      out.add(w.slice(0, i) + c + w.slice(i));
      if (i < w.length && c !== w[i]) out.add(w.slice(0, i) + c + w.slice(i + 1));
    }
  }
  out.delete(w);
  return out;
}

/** What a word built with the agent suffix comes from: shader ← shade, mapper ← map, renderers ← render. */
function agentStems(w: string): string[] {
  if (!/ers?$/.test(w)) return [];
  const base = w.replace(/s$/, '').replace(/r$/, '');
  const stems = [base, base.replace(/e$/, '')];
  if (/([b-df-hj-np-tv-z])\1e$/.test(base)) stems.push(base.slice(0, -2));
  return [...new Set(stems)].filter((s) => s.length >= MIN_STEM);
}

/**
 * Whether an unknown lower-case word is a regular derivation of a dictionary word, the way trades
 * coin their terms: a common prefix before a word of 5 letters or more ("retargeting", "upsell",
 * "multitenant"), or the agent suffix -er after a word of 4 or more ("shader", "mapper",
 * "renderers"). A typo one slip from a frequent word is still a typo ("untill", "funders" for
 * "founders"); only the word's own stem may be that frequent word ("shader" is one slip from
 * "shade", which is where it comes from).
 * @example isDerivedTerm('retargeting', speller) // true; isDerivedTerm('untill', speller) // false
 */
export function isDerivedTerm(word: string, speller: Speller): boolean {
  const w = word.toLowerCase();
  const isFrequent = speller.isCommon?.bind(speller);
  if (!isFrequent || !/^[a-z]+$/.test(w) || w.length < 6 || w.length > 30) return false;
  const own = new Set<string>();
  for (const p of PREFIXES) {
    const rest = w.slice(p.length);
    if (w.startsWith(p) && rest.length >= MIN_BASE && speller.correct(rest)) own.add(rest);
  }
  const stems = agentStems(w).filter((s) => speller.correct(s));
  for (const s of stems) own.add(s);
  if (own.size === 0) return false;
  for (const v of oneSlipVariants(w)) if (isFrequent(v) && !own.has(v) && !stems.some((s) => v === `${s}s` || v === `${s}e`)) return false;
  return true;
}
