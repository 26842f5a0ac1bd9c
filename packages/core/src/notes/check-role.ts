import { distance } from 'fastest-levenshtein';
import { foldWord, tokenize } from './text';
import { inSignature, type NoteLayout } from './layout';
import type { NoteProblem } from './types';

/** Words that name a job (head nouns, levels, common fields); a mention with one of these not in the role is another role. */
const ROLE_WORDS = new Set(
  ('engineer engineering developer development programmer manager management analyst analytics designer design scientist science ' +
    'specialist coordinator director lead architect consultant administrator associate assistant representative officer intern ' +
    'internship technician writer editor recruiter accountant advisor adviser strategist researcher marketer marketing sales product ' +
    'project program data software frontend backend fullstack devops sre security qa quality support success customer operations ' +
    'finance financial hr people content ux ui mobile ios android web cloud platform infrastructure machine learning ml ai business ' +
    'senior junior principal staff head vp chief executive teacher nurse therapist paralegal counsel attorney buyer planner producer ' +
    'trainer instructor tester copywriter ' +
    'swe sde sdet pm tpm pmm em bi dba csm sdr bdr')
    .split(' '),
);
/** Words around a role mention that are not part of its title. */
const FILLER = new Set(
  'the this that your a an open opening exciting great new current available full time part remote hybrid onsite on site permanent contract interesting advertised posted amazing wonderful'.split(' '),
);
// A Map, not an object literal: a note's word ("constructor") must not find Object.prototype.
const ABBREVIATIONS = new Map<string, string>(Object.entries({ sr: 'senior', jr: 'junior', eng: 'engineer', mgr: 'manager', dev: 'developer', pm: 'manager', swe: 'engineer', qa: 'quality' }));

/**
 * Job titles people write as letters ("the SRE role"): each stands for the words of the title, or
 * one of several (a PM manages a product, a project or a program). Lower case, folded.
 */
const ROLE_ABBREVIATIONS = new Map<string, string[][]>(
  Object.entries({
    sre: ['site reliability engineer'],
    swe: ['software engineer'],
    sde: ['software development engineer', 'software engineer'],
    sdet: ['software development engineer test', 'quality engineer', 'test engineer'],
    pm: ['product manager', 'project manager', 'program manager'],
    tpm: ['technical program manager', 'technical product manager'],
    pmm: ['product marketing manager'],
    em: ['engineering manager'],
    qa: ['quality assurance', 'quality', 'tester', 'test'],
    bi: ['business intelligence'],
    ux: ['user experience'],
    ui: ['user interface'],
    ml: ['machine learning'],
    ai: ['artificial intelligence'],
    dba: ['database administrator'],
    hr: ['human resources', 'people'],
    csm: ['customer success manager'],
    sdr: ['sales development representative'],
    bdr: ['business development representative'],
    ae: ['account executive'],
  }).map(([abbr, titles]) => [abbr, titles.map((t) => t.split(' '))]),
);

function stem(word: string): string {
  const w = ABBREVIATIONS.get(word) ?? word;
  return w.replace(/(ing|ment|ers|er|ors|or|s)$/, '');
}

function matches(word: string, roleWords: readonly string[]): boolean {
  const s = stem(word);
  return roleWords.some((r) => {
    const rs = stem(r);
    return rs === s || (s.length >= 5 && rs.startsWith(s.slice(0, 5)) && distance(rs, s) <= 3);
  });
}

/** An abbreviated title matches when every word of one of its spelled-out forms is in the role. */
function abbreviationMatches(word: string, roleWords: readonly string[]): boolean {
  return (ROLE_ABBREVIATIONS.get(word) ?? []).some((title) => title.every((w) => matches(w, roleWords)));
}

/** The role's words, with any abbreviation in it spelled out too ("SRE" → site, reliability, engineer). */
function withSpelledOut(roleWords: readonly string[]): string[] {
  return [...roleWords, ...roleWords.flatMap((w) => ROLE_ABBREVIATIONS.get(w)?.flat() ?? [])];
}

const MENTION = /\b(?:the|this|your)\s+((?:[\p{L}][\p{L}+#/&.-]*\s+){0,4}?[\p{L}][\p{L}+#/&.-]*)\s+(?:position|role|job|opening|opportunity|post|vacancy)\b|\b(?:position|role|job)\s+(?:of|as)\s+(?:an?\s+|the\s+)?((?:[\p{L}][\p{L}+#/&.-]*\s*){1,5})/giu;

/**
 * Role titles the note names ("the Product Manager role") that are not the role interviewed for
 * (ROLE_MISMATCH). Only words that name jobs count, so "the exciting opportunity" or "the Data
 * Analyst role" for a Senior Data Analyst pass.
 */
export function checkRole(text: string, role: string | null | undefined, signature: Pick<NoteLayout, 'signatureStart' | 'signatureEnd'>): NoteProblem[] {
  if (!role || role.trim() === '') return [];
  const roleWords = withSpelledOut(tokenize(role).map((t) => foldWord(t.text)));
  const out: NoteProblem[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    if (inSignature(signature, m.index)) continue;
    const phrase = (m[1] ?? m[2] ?? '').trim().replace(/[.,;:!?]+$/, '');
    // A title never runs over a sentence's end or a line break ("…the mobile app.\n\nIn my current role").
    if (/\n|[!?](?:\s|$)/.test(phrase) || [...phrase.matchAll(/([\p{L}]+)\.\s/gu)].some((d) => !ABBREVIATIONS.has((d[1] ?? '').toLowerCase()))) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index).toLowerCase();
    if (/\b(my|previous|current|last|former)\s*$/.test(before)) continue;
    const words = tokenize(phrase).map((t) => foldWord(t.text)).filter((w) => !FILLER.has(w));
    // Only the trailing run of job words is the title ("…to join the Acme data team" is not one).
    const jobWords = words.filter((w) => ROLE_WORDS.has(w) || ROLE_WORDS.has(ABBREVIATIONS.get(w) ?? ''));
    if (jobWords.length === 0) continue;
    const unmatched = jobWords.filter((w) => !matches(w, roleWords) && !abbreviationMatches(w, roleWords));
    if (unmatched.length === 0) continue;
    const offset = m[0].indexOf(phrase);
    const start = m.index + Math.max(0, offset);
    out.push({ code: 'ROLE_MISMATCH', message: `"${phrase}" is not the role you interviewed for (${role.trim()})`, start, end: start + phrase.length, suggestion: role.trim() });
  }
  return out;
}

/** Fit: the note names at least one of the listing's terms (or, without a listing, the role or a skill phrase). */
export function mentionsFit(text: string, listingTerms: readonly string[], role: string | null | undefined): boolean {
  const lower = text.toLowerCase();
  const noteStems = new Set(tokenize(lower).map((t) => stem(foldWord(t.text))));
  const hasTerm = (term: string): boolean => {
    const words = tokenize(term.toLowerCase()).map((t) => foldWord(t.text));
    if (words.length === 0) return false;
    if (words.length === 1) return noteStems.has(stem(words[0] ?? ''));
    return lower.includes(term.toLowerCase().trim()) || words.every((w) => w.length <= 2 || noteStems.has(stem(w)));
  };
  const terms = listingTerms.filter((t) => t.trim().length > 1);
  if (terms.length > 0) return terms.some(hasTerm);
  const roleJobWords = tokenize(role ?? '').map((t) => foldWord(t.text)).filter((w) => ROLE_WORDS.has(w) && !/^(senior|junior|principal|staff|head|lead)$/.test(w));
  if (roleJobWords.some((w) => noteStems.has(stem(w)))) return true;
  return /\bexperience\b|\bbackground\s+in\b|\b(my|our)\s+(background|work)\b|\bexperience\s+(with|in)\b|\bskill(s|\s+set)?\b|\b(i\s+can|i\s+could|i'd|i\s+would)\s+(bring|contribute|help)\b|\bcontribut(e|ing)\b/i.test(text);
}
