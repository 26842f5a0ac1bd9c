/** Number words people use for durations; "a few" and "several" are read as 3 (a low, safe guess). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  couple: 2, few: 3, several: 3, handful: 3,
};

/** Regex source of one duration count: digits or a number word, "a couple of", "a few". */
export const NUM = String.raw`(?:\d{1,3}(?:\.\d)?|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|a\s+handful\s+of|an?|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)`;

/** The value of a count matched by {@link NUM}. */
export function numberValue(text: string): number {
  const t = text.toLowerCase().replace(/\s+of$/, '').trim();
  if (/^\d/.test(t)) return Number(t);
  const last = t.split(/\s+/).filter((w) => w !== 'a' || t === 'a').pop() ?? t;
  // Own keys only: the text is the user's, and "constructor" must not find Object.prototype.
  return (Object.hasOwn(NUMBER_WORDS, last) ? NUMBER_WORDS[last] : undefined) ?? (Object.hasOwn(NUMBER_WORDS, t) ? NUMBER_WORDS[t] : undefined) ?? 1;
}

export const MONTH_NAMES = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** Month number (1–12) of a month name or abbreviation. */
export function monthNumber(text: string): number {
  const k = text.toLowerCase().slice(0, 3);
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(k) + 1;
}

/** Where in a period a phrase points: early → 'early', mid → 'mid', late/end → 'end'. */
export type Position = 'early' | 'mid' | 'end';

export const POSITION = String.raw`(?:early|earlier|beginning|start|first\s+half|first\s+part|mid|middle|midway\s+through|late|later|latter\s+part|latter\s+half|second\s+half|end|close)`;

/** Read a position word; no word means the end of the period (the latest the employer allowed). */
export function positionOf(text: string | undefined): Position {
  const t = (text ?? '').toLowerCase();
  if (/^(early|earlier|beginning|start|first)/.test(t)) return 'early';
  if (/^(mid|middle)/.test(t)) return 'mid';
  return 'end';
}

/** Words that mark a sentence as being about when the employer will answer or decide. */
export const CUE_WORDS =
  /\b(hear|heard|back|decision|decide|deciding|decisions|update|updates|respond|response|reply|answer|let\s+you\s+know|reach\s+out|contact|touch|next\s+steps?|timeline|interviewing|interviews|finali[sz]e|wrap|feedback|notify|shortlist|outcome|offer|expect)\b/i;
