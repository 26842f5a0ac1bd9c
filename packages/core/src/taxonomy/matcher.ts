import rawTaxonomy from './skills.json';
import { phraseKey, tokenize, type Token } from './normalize';
import type { SkillKind, TaxonomyFile } from './types';

/** A skill found in a text: its canonical name and where it was written. */
export interface SkillMention {
  skill: string;
  /** The words as written in the text. */
  text: string;
  start: number;
  end: number;
}

/** The loaded taxonomy: lookups from stemmed phrase keys and exact spellings to skill indexes. */
export interface SkillIndex {
  names: string[];
  sources: string[];
  /** Per skill: a named product (`tool`) or a general competence (`skill`). */
  kinds: SkillKind[];
  aliases: string[][];
  byKey: Map<string, number>;
  /** Case-sensitive aliases by their exact tokens joined with one space. */
  byExact: Map<string, number>;
  /** Longest alias in tokens. */
  maxTokens: number;
  /**
   * For skills with one-word aliases, those words in light form (see {@link lightForm}): a
   * one-word match must be one of them, because stems merge too much ("market" → "marketing").
   */
  singleWords: Map<number, Set<string>>;
}

/**
 * A word in lower case without its possessive or plural `s`: close enough to match "budgets" with
 * "budget" without the stemmer's "market" = "marketing".
 * @example lightForm("Budgets") // 'budget'
 */
export function lightForm(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
  return w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

let cached: SkillIndex | null = null;

/**
 * Build the skill index from the bundled taxonomy (ESCO, O*NET 29.2 and ours). Takes tens of
 * milliseconds: the keys are precomputed by `scripts/build-taxonomy.ts`.
 * @example const index = buildSkillIndex(); index.names.length > 1000 // true
 */
export function buildSkillIndex(file: TaxonomyFile = rawTaxonomy as unknown as TaxonomyFile): SkillIndex {
  const byKey = new Map<string, number>();
  const byExact = new Map<string, number>();
  let maxTokens = 1;
  file.skills.forEach((s, i) => {
    for (const k of s.k) {
      if (!byKey.has(k)) byKey.set(k, i);
      maxTokens = Math.max(maxTokens, k.split(' ').length);
    }
    for (const c of s.c) {
      const exact = tokenize(c)
        .map((t) => t.text)
        .join(' ');
      if (exact && !byExact.has(exact)) byExact.set(exact, i);
    }
  });
  const singleWords = new Map<number, Set<string>>();
  file.skills.forEach((s, i) => {
    for (const label of [s.n, ...s.a]) {
      // One token: no space, hyphen or slash (the tokeniser splits on those); cheaper than tokenising.
      if (/[\s/-]/.test(label.trim())) continue;
      const set = singleWords.get(i) ?? new Set<string>();
      set.add(lightForm(label.trim()));
      singleWords.set(i, set);
    }
  });
  return {
    singleWords,
    names: file.skills.map((s) => s.n),
    sources: file.skills.map((s) => s.s),
    kinds: file.skills.map((s) => s.t),
    aliases: file.skills.map((s) => s.a),
    byKey,
    byExact,
    maxTokens,
  };
}

/** A skill index as JSON data: each Map as its entries in order, each Set as its members. */
export interface SkillIndexData {
  names: string[];
  sources: string[];
  kinds: SkillKind[];
  aliases: string[][];
  byKey: Array<[string, number]>;
  byExact: Array<[string, number]>;
  maxTokens: number;
  singleWords: Array<[number, string[]]>;
}

/**
 * The index as JSON data, so the CLI bundle can ship the index built at bundle time.
 * @example skillIndexFromData(skillIndexToData(buildSkillIndex())).byKey.size === buildSkillIndex().byKey.size // true
 */
export function skillIndexToData(index: SkillIndex): SkillIndexData {
  return {
    names: index.names,
    sources: index.sources,
    kinds: index.kinds,
    aliases: index.aliases,
    byKey: [...index.byKey],
    byExact: [...index.byExact],
    maxTokens: index.maxTokens,
    singleWords: [...index.singleWords].map(([i, words]) => [i, [...words]]),
  };
}

/** The index that {@link skillIndexToData} wrote, with its Maps and Sets in the same order. */
export function skillIndexFromData(data: SkillIndexData): SkillIndex {
  return {
    singleWords: new Map(data.singleWords.map(([i, words]) => [i, new Set(words)])),
    names: data.names,
    sources: data.sources,
    kinds: data.kinds,
    aliases: data.aliases,
    byKey: new Map(data.byKey),
    byExact: new Map(data.byExact),
    maxTokens: data.maxTokens,
  };
}

// The CLI bundle defines this as the JSON of `skillIndexToData(buildSkillIndex())`, built from the
// same taxonomy at bundle time: reading it is several times faster than building the index.
declare const SECONDROUND_SKILL_INDEX: string | undefined;

/**
 * The shared skill index, built once on first use (read from the bundle's prebuilt data in the CLI).
 * @example getSkillIndex().names.includes('Python') // true
 */
export function getSkillIndex(): SkillIndex {
  cached ??= typeof SECONDROUND_SKILL_INDEX === 'string' ? skillIndexFromData(JSON.parse(SECONDROUND_SKILL_INDEX) as SkillIndexData) : buildSkillIndex();
  return cached;
}

// A one- or two-letter name ("R", "C", "Go") counts only inside a list of tools or next to
// "language": "Python, R or SQL", not "Go to market" or "Grade C".
// "and"/"or" in the five languages read: a listing in German lists "Bash oder Go".
const LIST_NEIGHBOUR = /^[\s]*[,/()&;]|^\s+(and|or|und|oder|et|ou|y|o|e|en|of)\s/i;
const LIST_BEFORE = /[,/()&;]\s*$|\s(and|or|und|oder|et|ou|y|o|e|en|of)\s+$/i;

function isInList(text: string, tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const after = text.slice(tok.end, next ? next.start : Math.min(text.length, tok.end + 3));
  const before = text.slice(prev ? prev.end : Math.max(0, tok.start - 3), tok.start);
  if (next && /^(languag|program)/.test(next.norm) && /^\s+$/.test(after)) return true;
  if ((prev && /^(and|or|&|und|oder|et|ou|y|o|en|of)$/i.test(prev.text)) || (next && /^(and|or|&|und|oder|et|ou|y|o|en|of)$/i.test(next.text))) return true;
  return LIST_NEIGHBOUR.test(after) || LIST_BEFORE.test(before) || /^\s*\(/.test(before.slice(-1));
}

// "Excel at customer service", "Go to the site": a capitalised tool name that opens a sentence and
// is followed by a preposition is the verb.
function isVerbUse(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !/^(at|in|to|with|on|under|through|the|a|our|your)$/i.test(next.text)) return false;
  const before = text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start);
  return i === 0 || /[.!?:;•\n*-]\s*$/.test(before);
}

/**
 * Find the skills a text names, longest alias first, normalised to canonical names.
 * @example findSkills('Strong Postgres and c++ skills').map((m) => m.skill) // ['PostgreSQL', 'C++']
 */
export function findSkills(text: string, index: SkillIndex = getSkillIndex()): SkillMention[] {
  const tokens = tokenize(text);
  return findSkillsInTokens(text, tokens, index);
}

/**
 * As {@link findSkills}, on tokens the caller already has (so a listing is tokenised once).
 * @example findSkillsInTokens('SQL', tokenize('SQL'))[0]?.skill // 'SQL'
 */
export function findSkillsInTokens(text: string, tokens: Token[], index: SkillIndex = getSkillIndex()): SkillMention[] {
  const out: SkillMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    let skill = -1;
    const max = Math.min(index.maxTokens, tokens.length - i);
    for (let n = max; n >= 1 && skill < 0; n--) {
      let key = tokens[i]!.norm;
      let exact = tokens[i]!.text;
      for (let j = 1; j < n; j++) {
        key += ` ${tokens[i + j]!.norm}`;
        exact += ` ${tokens[i + j]!.text}`;
      }
      const byKey = index.byKey.get(key);
      if (byKey !== undefined && (n > 1 || index.singleWords.get(byKey)?.has(lightForm(tokens[i]!.text)) !== false)) {
        skill = byKey;
        matched = n;
        break;
      }
      const byExact = index.byExact.get(exact);
      if (byExact !== undefined && (exact.length > 2 || isInList(text, tokens, i)) && !(n === 1 && isVerbUse(text, tokens, i))) {
        skill = byExact;
        matched = n;
      }
    }
    if (skill >= 0) {
      const first = tokens[i]!;
      const last = tokens[i + matched - 1]!;
      out.push({ skill: index.names[skill]!, text: text.slice(first.start, last.end), start: first.start, end: last.end });
      i += matched;
    } else {
      i += 1;
    }
  }
  return out;
}

/**
 * Distinct canonical skill names in a text, in order of first mention.
 * @example skillNames('SQL, sql and Excel') // ['SQL', 'Excel']
 */
export function skillNames(text: string, index: SkillIndex = getSkillIndex()): string[] {
  return [...new Set(findSkills(text, index).map((m) => m.skill))];
}

/**
 * The canonical name of a skill label, or null when the taxonomy does not know it; used to
 * normalise the skills a person types on a story ("postgres" → "PostgreSQL").
 * @example canonicalSkill('postgres') // 'PostgreSQL'
 */
export function canonicalSkill(label: string, index: SkillIndex = getSkillIndex()): string | null {
  const byKey = index.byKey.get(phraseKey(label));
  if (byKey !== undefined) return index.names[byKey] ?? null;
  const exact = tokenize(label)
    .map((t) => t.text)
    .join(' ');
  const byExact = index.byExact.get(exact);
  return byExact === undefined ? null : (index.names[byExact] ?? null);
}

let kindByName: Map<string, SkillKind> | null = null;

/**
 * Whether a canonical skill name is a named product (`tool`) or a general competence (`skill`);
 * null for a name the taxonomy does not hold (a tool read by the shape and cue rules).
 * @example skillKind('Salesforce') // 'tool'
 * @example skillKind('coaching') // 'skill'
 */
export function skillKind(name: string, index: SkillIndex = getSkillIndex()): SkillKind | null {
  if (index !== getSkillIndex()) {
    const i = index.names.indexOf(name);
    return i < 0 ? null : (index.kinds[i] ?? null);
  }
  kindByName ??= new Map(index.names.map((n, i) => [n, index.kinds[i] ?? 'skill']));
  return kindByName.get(name) ?? null;
}
