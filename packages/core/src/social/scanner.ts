import { ownTerms } from './lexicon/own-terms';
import { ruleMatches } from './lexicon/rules';
import { BADMOUTHING_PHRASES, OTHER_SCAN_LANGUAGES, otherLanguageTerms, WORKPLACE_WORDS } from './lexicon/other-languages';
import { surgeTerms, type LexiconTerm } from './lexicon/surge-terms';
import { detectScanLanguage } from './language';
import { compileMatcher, matchText, type Matcher, type RawHit } from './matcher';
import type { FindingCategory, ScanLanguage, Severity, SocialFinding, SocialItem } from './types';
import { isWebUrl } from '../model/common';

/** One confirmed match in a text, with offsets into the text that was scanned. */
export interface TextMatch {
  category: FindingCategory;
  term: string;
  start: number;
  end: number;
  severity: Severity;
}

let defaultMatcher: Matcher | undefined;


/**
 * The full lexicon: the Surge list (filtered) and our own lists.
 * @example defaultLexicon().length > 1000 // true
 */
export function defaultLexicon(): LexiconTerm[] {
  return [...surgeTerms(), ...ownTerms()];
}

/** English, German, French, Spanish and Dutch terms in one table (one pass over a text); the other languages' terms are tagged with theirs. */
function matcher(): Matcher {
  defaultMatcher ??= compileMatcher([...defaultLexicon(), ...OTHER_SCAN_LANGUAGES.flatMap((language) => otherLanguageTerms(language).map((t) => ({ ...t, language })))]);
  return defaultMatcher;
}

// A capitalised word right after a preposition or a word for a place is a place ("Wochenende in Fucking", the village in
// Austria; "near Dickinson"), not a swear word.
const BEFORE_PLACE = /(?:^|[\s(])(?:in|nach|aus|bei|von|near|to|from|à|en|de|naar|uit|bij|dorf|ort|gemeinde|stadt|village|town|city|ville|pueblo|dorp|stad)\s+$/i;
function isPlaceName(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90 && BEFORE_PLACE.test(text.slice(Math.max(0, start - 14), start));
}


// Mathematical bold/italic letters (LinkedIn's "𝗯𝗼𝗹𝗱" posts) and full-width forms fold to ASCII under NFKC.
const NEEDS_FOLD = /[\uD835\uFF01-\uFF5E]/;
const WINDOW = 200;

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10; // . ! ? newline
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - WINDOW);
  while (a > minA && !isSentenceEnd(text.charCodeAt(a - 1))) a--;
  let b = end;
  const maxB = Math.min(text.length, end + WINDOW);
  while (b < maxB && !isSentenceEnd(text.charCodeAt(b))) b++;
  const s = text.slice(a, b).toLowerCase();
  return s.includes('\u2019') || s.includes('\u2018') ? s.replace(/[\u2018\u2019]/g, "'") : s;
}

/**
 * The text a scan reads: NFKC-folded when it holds styled letters, otherwise unchanged.
 * @example foldText('𝗳𝘂𝗰𝗸') // 'fuck'
 */
export function foldText(text: string): string {
  return NEEDS_FOLD.test(text) ? text.normalize('NFKC') : text;
}

/**
 * Every confirmed match in a text (weak words only where their rule finds context in the same
 * sentence). Offsets refer to `foldText(text)`, which is `text` itself unless it has styled letters.
 * @example scanText('this is bullsh1t').map((m) => m.category) // ['profanity']
 */
export function scanText(input: string): TextMatch[] {
  return scanTextIn(input).matches;
}

/**
 * Every confirmed match in a text, and the text's language when it had to be found: a German,
 * French, Spanish or Dutch term counts only in a post of that language (Spanish "con" means
 * "with"; French "con" is an insult), so the language is detected only for posts holding one.
 * @example scanTextIn('Mein Chef ist ein Arschloch').language // 'de'
 */
export function scanTextIn(input: string): { matches: TextMatch[]; language: ScanLanguage | null | undefined } {
  const text = foldText(input);
  const hits = matchText(matcher(), text);
  if (hits.length === 0) return { matches: [], language: undefined };
  const raw = hits.filter((h) => h.term.language === undefined);
  const foreign = hits.filter((h) => h.term.language !== undefined);
  const language = foreign.length > 0 ? detectScanLanguage(text) : undefined;
  const out: TextMatch[] = [];
  const ruleCache = new Map<string, boolean>();
  const confirmed = (rule: Parameters<typeof ruleMatches>[0], start: number, end: number): boolean => {
    const sentence = sentenceAround(text, start, end);
    const key = `${rule}|${sentence}`;
    let ok = ruleCache.get(key);
    if (ok === undefined) {
      ok = ruleMatches(rule, sentence);
      ruleCache.set(key, ok);
    }
    return ok;
  };
  for (const { term, start, end } of raw) {
    if (term.category === 'profanity' && isPlaceName(text, start)) continue;
    if (term.rule && !confirmed(term.rule, start, end)) continue;
    const found = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    out.push({ category: term.category, term: found, start, end, severity: term.severity });
    // Swearing about one's job, or threatening someone at work, is bad-mouthing too.
    if ((term.category === 'profanity' || term.category === 'violence') && confirmed('workplace', start, end)) {
      out.push({ category: 'badmouthing', term: found, start, end, severity: 'medium' });
    }
  }
  if (language && language !== 'en') out.push(...foreignMatches(text, foreign, language));
  return { matches: out, language };
}

function foreignMatches(text: string, hits: RawHit[], language: Exclude<ScanLanguage, 'en'>): TextMatch[] {
  const out: TextMatch[] = [];
  for (const { term, start, end } of hits) {
    if (term.language !== language || isPlaceName(text, start)) continue;
    const sentence = sentenceAround(text, start, end);
    const found = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (term.rule) {
      if (BADMOUTHING_PHRASES[language].test(sentence)) out.push({ category: 'badmouthing', term: found, start, end, severity: 'medium' });
      continue;
    }
    out.push({ category: term.category, term: found, start, end, severity: term.severity });
    if (term.category === 'profanity' && WORKPLACE_WORDS[language].test(sentence)) out.push({ category: 'badmouthing', term: found, start, end, severity: 'medium' });
  }
  return out;
}

const EXCERPT_BEFORE = 60;
const EXCERPT_AFTER = 80;

/**
 * A short excerpt of `text` around [start, end): whole words, "…" where cut.
 * @example excerptAround('a b c bad d e', 6, 9) // 'a b c bad d e'
 */
export function excerptAround(text: string, start: number, end: number): string {
  let a = Math.max(0, start - EXCERPT_BEFORE);
  let b = Math.min(text.length, end + EXCERPT_AFTER);
  if (a > 0) {
    const space = text.indexOf(' ', a);
    if (space !== -1 && space < start) a = space + 1;
  }
  if (b < text.length) {
    const space = text.lastIndexOf(' ', b);
    if (space > end) b = space;
  }
  const body = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return `${a > 0 ? '… ' : ''}${body}${b < text.length ? ' …' : ''}`;
}

const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/**
 * The findings in one item: one per category, with every matched term of that category.
 * @example scanItem({ id: '1', platform: 'x', kind: 'post', date: null, url: null, text: 'I hate my job' })[0]?.category // 'badmouthing'
 */
export function scanItem(item: SocialItem): SocialFinding[] {
  const scanned = scanTextIn(item.text);
  const matches = scanned.matches;
  if (matches.length === 0) return [];
  const language = scanned.language === undefined ? detectScanLanguage(foldText(item.text)) : scanned.language;
  const text = foldText(item.text);
  const byCategory = new Map<FindingCategory, TextMatch[]>();
  for (const m of matches) {
    const list = byCategory.get(m.category);
    if (list) list.push(m);
    else byCategory.set(m.category, [m]);
  }
  const year = item.date ? Number(item.date.slice(0, 4)) : null;
  const findings: SocialFinding[] = [];
  for (const [category, list] of byCategory) {
    const terms = [...new Set(list.map((m) => m.term))];
    const kept = terms.filter((t) => !terms.some((o) => o !== t && o.includes(t)));
    const first = list[0]!;
    const severity = list.reduce<Severity>((s, m) => (SEVERITY_RANK[m.severity] > SEVERITY_RANK[s] ? m.severity : s), 'low');
    findings.push({
      id: item.id,
      date: item.date,
      year: Number.isFinite(year) ? year : null,
      // The link comes from the export file and is shown as a link: a script URL is dropped.
      url: item.url !== null && isWebUrl(item.url) ? item.url : null,
      kind: item.kind,
      category,
      terms: kept,
      excerpt: excerptAround(text, first.start, first.end),
      severity,
      language,
    });
  }
  return findings;
}
