import { distance } from 'fastest-levenshtein';
import { isAddressed, isThankedAsInterviewer, readsAsInterviewThanks } from './addressing';
import { inSignature, type NoteLayout } from './layout';
import { nameCloseness, nameParts, phoneticKey, TITLES } from './names';
import type { Speller } from './speller';
import { foldWord, normalizeWord, stripPossessive, type Token } from './text';
import type { NoteProblem } from './types';

/** Greeting words that address a group, not a person. */
const GENERIC_GREETING = new Set(['team', 'all', 'everyone', 'everybody', 'hiring', 'manager', 'managers', 'committee', 'panel', 'there', 'folks', 'and', 'the', 'recruiting', 'recruitment', 'talent', 'acquisition', 'interview', 'interviewers', 'sir', 'madam', 'or', 'to', 'whom', 'it', 'may', 'concern', 'friends', 'again']);

/** Days and months written short ("Fri 2pm", "Sept 3"): never a name, however close to one. */
const DATE_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Whether the note is written in lower case throughout ("hi priya - thanks for today"): then a
 * name in lower case is the writer's style, not a misspelling. Most sentences must start in lower case.
 */
function isLowerCaseNote(tokens: readonly Token[]): boolean {
  const starts = tokens.filter((t) => t.isSentenceStart);
  const lower = starts.filter((t) => !/^\p{Lu}/u.test(t.text)).length;
  return starts.length >= 2 && lower / starts.length >= 0.6;
}

interface PartRef {
  part: string;
  fold: string;
}

function refsOf(names: readonly string[]): PartRef[] {
  return names.flatMap((n) => nameParts(n)).map((part) => ({ part: normalizeWord(part), fold: foldWord(part) }));
}

function isCommonWord(word: string, speller: Speller | null | undefined): boolean {
  if (!speller) return false;
  const lower = word.toLowerCase();
  return lower !== word ? speller.correct(lower) : false;
}

/** Whether the token is inside [start, end). */
function within(t: Token, span: { start: number; end: number } | null): boolean {
  return span !== null && t.start >= span.start && t.end <= span.end;
}

/** Who the note may name: this interview's people, who it is written to, and people met elsewhere. */
export interface NotePeople {
  interviewers: readonly string[];
  otherPeople: readonly string[];
  /** The person the note goes to (see `NoteContext.addressee`). */
  addressee?: string | null | undefined;
  /** People who arrange rather than interview (see `NoteContext.contacts`). */
  contacts?: readonly string[] | undefined;
}

/**
 * Names in the note against the interviewers and the addressee (NAME_MISSPELLED, with the right
 * spelling) and against people who were not there (WRONG_NAME, when the note greets or speaks to
 * one of them). Greeting the addressee is right; without an addressee, greeting someone met
 * elsewhere (or a contact who arranges) is wrong only in a note that thanks them for the interview.
 * Words that are ordinary English at the start of a sentence are not read as names; the sign-off
 * is the sender's and is skipped.
 */
export function checkNames(
  tokens: readonly Token[],
  layout: NoteLayout,
  people: NotePeople,
  speller: Speller | null | undefined,
  taken: (start: number, end: number) => boolean,
  text: string,
): NoteProblem[] {
  const { interviewers, otherPeople } = people;
  const addressee = people.addressee?.trim() || null;
  const problems: NoteProblem[] = [];
  const panel = refsOf(interviewers);
  const to = addressee ? refsOf([addressee]) : [];
  const mine = [...panel, ...to.filter((a) => !panel.some((m) => m.fold === a.fold))];
  const arrangers = addressee ? [] : refsOf(people.contacts ?? []);
  const others = refsOf([...otherPeople, ...(people.contacts ?? [])]).filter((o) => !mine.some((m) => m.fold === o.fold));
  // Without an addressee, a greeted stranger is wrong only where the note thanks them for the interview.
  const thanksForInterview = addressee !== null || readsAsInterviewThanks(text);
  const forWhom = addressee ?? interviewers.join(', ');
  const greetingNames = layout.greeting ? { start: layout.greeting.namesStart, end: layout.greeting.end } : null;
  const skip = new Set<number>();
  const lowerCaseNote = isLowerCaseNote(tokens);
  const greetsPanel = tokens.some((t) => within(t, greetingNames) && mine.some((m) => m.part === normalizeWord(stripPossessive(t.text))));

  // "Jean Luc" for "Jean-Luc", "O Brien" for "O'Brien": two words that fold into one name part.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a || !b || inSignature(layout, a.start) || b.start - a.end > 1) continue;
    const pair = foldWord(a.text + stripPossessive(b.text));
    const hit = mine.find((m) => m.fold === pair && /[-'‐]/.test(m.part));
    if (hit) {
      problems.push({ code: 'NAME_MISSPELLED', message: `"${a.text} ${b.text}" is spelled "${hit.part}"`, start: a.start, end: b.end, suggestion: hit.part });
      skip.add(i).add(i + 1);
    }
  }

  tokens.forEach((t, i) => {
    if (skip.has(i) || inSignature(layout, t.start) || taken(t.start, t.end)) return;
    const word = normalizeWord(stripPossessive(t.text));
    const fold = foldWord(word);
    if (fold.length < 2 || TITLES.has(fold)) return;
    // The greeting word itself ("Hola", "Hallo") is never a name.
    if (layout.greeting && t.start >= layout.greeting.start && t.end <= layout.greeting.namesStart) return;
    if (DATE_ABBREVIATIONS.has(word.toLowerCase()) && !mine.some((m) => m.fold === fold)) return;
    const inGreeting = within(t, greetingNames);
    const capital = /^\p{Lu}/u.test(word);
    if (mine.some((m) => m.part === word)) return;
    const common = isCommonWord(word, speller);
    if (!capital) {
      // a lower-case name is still a misspelling of it ("dear jon"), but ordinary words are not names
      const hit = mine.find((m) => m.fold === fold);
      if (hit && !lowerCaseNote && !(speller?.correct(word) ?? false)) problems.push(misspelled(t, hit.part));
      return;
    }
    if (t.isSentenceStart && common && !inGreeting) return;

    let best: PartRef | null = null;
    let bestD = Infinity;
    for (const m of mine) {
      const c = nameCloseness(word, m.part);
      if (c === 'close') {
        const d = distance(fold, m.fold);
        if (d < bestD) {
          best = m;
          bestD = d;
        }
      }
    }
    if (best && common && !inGreeting) {
      // An ordinary capitalised word mid-sentence (the Data team) counts only when it sounds the same.
      if (!(bestD === 0 || (bestD <= 1 && phoneticKey(fold) === phoneticKey(best.fold)))) best = null;
    }
    const other = others.find((o) => o.part === word || (!common && nameCloseness(word, o.part) !== 'far' && o.fold === fold));
    if (other && (!best || bestD > 0)) {
      // Someone met elsewhere is wrong only as the one the note speaks to; named in passing (the
      // recruiter who set it up, a colleague to thank) they are simply mentioned.
      const arranges = arrangers.some((a) => a.fold === other.fold);
      const wrong = isThankedAsInterviewer(text, t) || (!arranges && ((inGreeting && thanksForInterview) || (!inGreeting && isAddressed(text, t) && (thanksForInterview || greetsPanel))));
      if (wrong) problems.push({ code: 'WRONG_NAME', message: `${other.part} was not at this interview; the note is for ${forWhom}`, start: t.start, end: t.end });
      return;
    }
    if (best) {
      problems.push(misspelled(t, best.part));
      return;
    }
    if (inGreeting && thanksForInterview && !GENERIC_GREETING.has(fold) && !common && interviewers.length > 0) {
      problems.push({ code: 'WRONG_NAME', message: `the note greets ${t.text}, who is not among this interview's people (${forWhom})`, start: t.start, end: t.end });
    }
  });
  if (addressee && greetingNames) problems.push(...greetsAnotherOfPanel(tokens, greetingNames, panel, to, addressee, interviewers, (a, b) => taken(a, b) || problems.some((p) => a < p.end && p.start < b)));
  return problems;
}

/**
 * A note written to one interviewer that greets only another of the same panel ("Hi Latoya" in the
 * note for Dmitri): the copy of a note to someone else, sent with the wrong name.
 */
function greetsAnotherOfPanel(
  tokens: readonly Token[],
  span: { start: number; end: number },
  panel: readonly PartRef[],
  to: readonly PartRef[],
  addressee: string,
  interviewers: readonly string[],
  taken: (start: number, end: number) => boolean,
): NoteProblem[] {
  const toInterviewer = interviewers.some((n) => foldWord(n) === foldWord(addressee));
  const greeted = tokens.filter((t) => within(t, span));
  if (!toInterviewer || greeted.some((t) => to.some((a) => nameCloseness(stripPossessive(t.text), a.part) !== 'far'))) return [];
  return greeted
    .filter((t) => !taken(t.start, t.end) && panel.some((m) => m.part === normalizeWord(stripPossessive(t.text))))
    .map((t) => ({ code: 'WRONG_NAME' as const, message: `the note is for ${addressee}, but greets ${t.text}`, start: t.start, end: t.end }));
}

function misspelled(t: Token, right: string): NoteProblem {
  return { code: 'NAME_MISSPELLED', message: `"${t.text}" looks like a misspelling of ${right}`, start: t.start, end: t.end, suggestion: right };
}
