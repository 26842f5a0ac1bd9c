import { distance } from 'fastest-levenshtein';
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

/**
 * Names in the note against the interviewers (NAME_MISSPELLED, with the right spelling) and
 * against people who were not there (WRONG_NAME, when the note greets or speaks to one of them). Words that are ordinary English at the start
 * of a sentence are not read as names; the sign-off is the sender's and is skipped.
 */
export function checkNames(
  tokens: readonly Token[],
  layout: NoteLayout,
  interviewers: readonly string[],
  otherPeople: readonly string[],
  speller: Speller | null | undefined,
  taken: (start: number, end: number) => boolean,
  text: string,
): NoteProblem[] {
  const problems: NoteProblem[] = [];
  const mine = refsOf(interviewers);
  const others = refsOf(otherPeople).filter((o) => !mine.some((m) => m.fold === o.fold));
  const greetingNames = layout.greeting ? { start: layout.greeting.namesStart, end: layout.greeting.end } : null;
  const skip = new Set<number>();
  const lowerCaseNote = isLowerCaseNote(tokens);

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
      if (inGreeting || isAddressed(text, t) || isThankedAsInterviewer(text, t)) problems.push({ code: 'WRONG_NAME', message: `${other.part} was not at this interview; the note is for ${interviewers.join(', ')}`, start: t.start, end: t.end });
      return;
    }
    if (best) {
      problems.push(misspelled(t, best.part));
      return;
    }
    if (inGreeting && !GENERIC_GREETING.has(fold) && !common && interviewers.length > 0) {
      problems.push({ code: 'WRONG_NAME', message: `the note greets ${t.text}, who is not among this interview's people (${interviewers.join(', ')})`, start: t.start, end: t.end });
    }
  });
  return problems;
}

/**
 * Whether a name is the one the sentence speaks to: "Thanks again, Priya, for…", "Priya, it was
 * great to meet you", "…for your time, Priya." A name in its own commas or closing a thanks.
 */
function isAddressed(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const after = text.slice(t.end, t.end + 3);
  if (/\b(?:thanks|thank\s+you|cheers)(?:\s+(?:again|so\s+much|very\s+much))?\s*,\s*$/i.test(before) && /^\s*[,.!;:]/.test(after)) return true;
  if (t.isSentenceStart && /^,/.test(after)) return true;
  return /,\s*$/.test(before) && /^\s*[.!?](?:\s|$)/.test(after) && /\b(?:you|your)\b[^.!?\n]*,\s*$/i.test(before);
}

/**
 * Whether the sentence thanks the person for what only an interviewer gave: "please thank Kevin
 * for his time", "thanks to Ana for the conversation". Thanks for setting it up, for the coffee
 * or for organising are for someone who was not necessarily there.
 */
function isThankedAsInterviewer(text: string, t: Token): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('.', t.start), text.lastIndexOf('!', t.start), text.lastIndexOf('?', t.start), text.lastIndexOf('\n', t.start)) + 1;
  const rest = text.slice(t.end, t.end + 160);
  const sentenceEnd = rest.search(/[.!?\n]/);
  const before = text.slice(sentenceStart, t.start);
  const after = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  if (!/\bthank/i.test(before + after)) return false;
  return /^(?:['’]s)?[^,;]{0,30}?\bfor\s+(?:(?:his|her|their|your)\s+(?:time|insights?|questions)|the\s+(?:interview|conversation|chat|call|discussion)|(?:interviewing|meeting|speaking|talking)\s+(?:me|with)\b)/i.test(after);
}

function misspelled(t: Token, right: string): NoteProblem {
  return { code: 'NAME_MISSPELLED', message: `"${t.text}" looks like a misspelling of ${right}`, start: t.start, end: t.end, suggestion: right };
}
