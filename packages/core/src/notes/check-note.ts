import { checkCompanies, companyCore } from './check-companies';
import { checkNames } from './check-names';
import { checkRole, mentionsFit } from './check-role';
import { checkPlaceholders, checkRepeatedWords, checkSpelling, wordsOf } from './check-text';
import { inSignature, noteLayout } from './layout';
import { COURTESY_WORDS, EVERYDAY_WORDS, TECH_AND_EMAIL_WORDS, WORKPLACE_WORDS } from './workplace-words';
import { skillWords } from './skill-words';
import { foreignSpans } from './foreign';
import { checkSimilar } from './similar';
import { nonProseSpans, tokenize } from './text';
import type { NoteCheck, NoteContext, NoteProblem, NoteProblemCode } from './types';

/** Word limits. Career advice puts a thank-you note at one short screen; the bounds are ours. */
export const NOTE_MIN_WORDS = 40;
export const NOTE_MAX_WORDS = 300;
/** Notes are due within 24 hours of the interview's end (the issue's rule). */
export const NOTE_DUE_HOURS = 24;
/** Only this much of a note is read word by word, so a pasted 100 KB text stays fast. */
export const NOTE_MAX_CHECKED_CHARS = 20_000;

const GRATITUDE = /\b(thanks?|thank[\s-]?you|thankful|grateful|gratitude|appreciat\w*)\b/i;
const ORDER: Record<NoteProblemCode, number> = {
  PLACEHOLDER: 0, WRONG_NAME: 1, NAME_MISSPELLED: 2, OTHER_COMPANY: 3, COMPANY_MISSPELLED: 4, ROLE_MISMATCH: 5,
  SPELLING: 6, REPEATED_WORD: 7, NO_GRATITUDE: 8, NO_FIT: 9, LATE: 10, TOO_LONG: 11, TOO_SHORT: 12, SIMILAR_NOTE: 13,
};

function hoursBetween(fromIso: string, toIso: string): number | null {
  const a = Date.parse(fromIso);
  const b = Date.parse(toIso);
  return Number.isNaN(a) || Number.isNaN(b) ? null : (b - a) / 3_600_000;
}

/**
 * Proofread a thank-you note for one interview. Problems carry a code, a message and the
 * character offsets (JS string indices into `text`) to underline: misspelled or wrong names,
 * the company misspelled or another company named, another role, spelling (the people's names,
 * the companies and the listing's terms are known words), repeated words, template placeholders,
 * no thanks, no fit to the listing, sent more than 24 h after the interview, too long or short.
 * Whole-note problems point at the first line. Pure: the speller comes in with the context.
 * @example checkNote('Dear Jon,\nThank you…', { interviewers: ['John Smith'], company: 'Acme', speller })
 * // { ok: false, problems: [{ code: 'NAME_MISSPELLED', start: 5, end: 8, suggestion: 'John', … }, …] }
 */
export function checkNote(text: string, context: NoteContext): NoteCheck {
  const full = typeof text === 'string' ? text : '';
  const body = full.length > NOTE_MAX_CHECKED_CHARS ? full.slice(0, NOTE_MAX_CHECKED_CHARS) : full;
  const interviewers = (context.interviewers ?? []).filter((n) => typeof n === 'string' && n.trim() !== '');
  const speller = context.speller ?? null;
  const layout = noteLayout(body);
  const tokens = tokenize(body);
  const nonProse = nonProseSpans(body);
  const problems: NoteProblem[] = [];
  const taken = (s: number, e: number) => problems.some((p) => s < p.end && p.start < e);

  problems.push(...checkPlaceholders(body));
  const companies = checkCompanies(body, tokens, context.company ?? '', context.otherCompanies ?? [], speller, layout);
  problems.push(...companies.problems.filter((p) => !taken(p.start, p.end)));
  const takenOrCompany = (s: number, e: number) => taken(s, e) || companies.mentions.some(([a, b]) => s < b && a < e) || nonProse.some(([a, b]) => s < b && a < e);
  problems.push(...checkNames(tokens, layout, { interviewers, otherPeople: context.otherPeople ?? [], addressee: context.addressee, contacts: context.contacts }, speller, takenOrCompany, body));
  problems.push(...checkRole(body, context.role, layout).filter((p) => !taken(p.start, p.end)));
  if (speller) {
    const known = wordsOf([
      ...interviewers,
      ...(context.otherPeople ?? []),
      context.addressee ?? '',
      ...(context.contacts ?? []),
      context.company ?? '',
      companyCore(context.company ?? ''),
      ...(context.otherCompanies ?? []),
      context.role ?? '',
      ...(context.listingTerms ?? []),
      context.senderName ?? '',
      ...WORKPLACE_WORDS,
      ...EVERYDAY_WORDS,
      ...TECH_AND_EMAIL_WORDS,
      ...COURTESY_WORDS,
      ...(context.knownWords ?? []),
    ]);
    const skills = skillWords();
    const knownOrSkill = { has: (w: string) => known.has(w) || skills.has(w) };
    problems.push(...checkSpelling(tokens, speller, knownOrSkill, [...nonProse, ...foreignSpans(body, tokens, speller)], takenOrCompany, layout));
  }
  // "Ana Ruiz\nruiz.dev" in a signature, or a word beside a link with the same letters, is no repeat.
  problems.push(...checkRepeatedWords(body, tokens).filter((p) => !taken(p.start, p.end) && !inSignature(layout, p.start) && !nonProse.some(([a, b]) => p.start < b && a < p.end)));

  const anchor = layout.firstLine;
  const wordCount = full.length > body.length ? tokens.length + tokenize(full.slice(body.length)).length : tokens.length;
  if (full.trim() !== '' && !GRATITUDE.test(body)) {
    problems.push({ code: 'NO_GRATITUDE', message: 'the note never says thank you', ...anchor });
  }
  if (full.trim() !== '' && !mentionsFit(body, context.listingTerms ?? [], context.role)) {
    problems.push({ code: 'NO_FIT', message: "the note names none of the listing's skills or requirements; add one that fits you", ...anchor });
  }
  if (full.trim() !== '' && context.otherNotes && context.otherNotes.length > 0) {
    problems.push(...checkSimilar(body, context.otherNotes, [...interviewers, ...(context.otherPeople ?? [])], anchor));
  }
  if (context.interviewEnd && context.sentAt) {
    const hours = hoursBetween(context.interviewEnd, context.sentAt);
    if (hours !== null && hours > NOTE_DUE_HOURS) {
      problems.push({ code: 'LATE', message: `sent ${Math.round(hours)} hours after the interview ended; thank-you notes are due within ${NOTE_DUE_HOURS} hours`, ...anchor });
    }
  }
  if (wordCount > NOTE_MAX_WORDS) {
    const cut = tokens[NOTE_MAX_WORDS];
    const start = cut ? cut.start : Math.min(anchor.start, full.length);
    problems.push({ code: 'TOO_LONG', message: `${wordCount} words; keep a thank-you note under ${NOTE_MAX_WORDS}${full.length > body.length ? ` (only the first ${NOTE_MAX_CHECKED_CHARS} characters were proofread)` : ''}`, start, end: Math.max(start + 1, body.length) });
  } else if (wordCount < NOTE_MIN_WORDS) {
    problems.push({ code: 'TOO_SHORT', message: `${wordCount} words; a thank-you note needs a few sentences (at least ${NOTE_MIN_WORDS} words)`, start: 0, end: full.length });
  }
  problems.sort((a, b) => a.start - b.start || ORDER[a.code] - ORDER[b.code]);
  return { ok: problems.length === 0, problems, wordCount };
}
