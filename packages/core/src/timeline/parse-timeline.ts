// Only the English parsers: the full package loads every locale (about 6x slower to start).
import * as chrono from 'chrono-node/en';
import { tzOffset } from '@date-fns/tz';
import { z } from 'zod';
import { UserError } from '../errors';
import { addBusinessDays } from './business-days';
import { assertTimeZone, civilDay, civilDayAt, civilInstantIso, civilIso, parseCivilIso, weekdayOfWeek, type CivilDay } from './civil-day';
import { ruleHits, type RuleHit } from './rules';
import { CUE_WORDS } from './words';

/** What `parseTimeline` returns: the contract's three fields plus how it got there. */
export const TimelineResultSchema = z.object({
  /** Last day the employer said they need, as local noon with the zone's offset; null if none found. */
  statedUntil: z.string().nullable(),
  /** Day to send the one follow-up, as local noon with the zone's offset. */
  followUpOn: z.string(),
  /** The words the date was read from; null when nothing was understood. */
  matchedText: z.string().nullable(),
  understood: z.boolean(),
  statedUntilDate: z.string().nullable(),
  followUpDate: z.string(),
  timeZone: z.string(),
  /** Why this follow-up day: after the stated date, or the default after the thank-you. */
  basis: z.enum(['stated', 'default']),
});
export type TimelineResult = z.infer<typeof TimelineResultSchema>;

export interface TimelineOptions {
  /** When the thank-you was sent (or the debrief written): an ISO instant. */
  from: string | Date;
  /** The person's IANA zone (or an offset such as `+02:00`); default UTC. */
  timeZone?: string;
  /** Public holidays to skip when counting business days (`YYYY-MM-DD`). */
  holidays?: readonly string[];
}

/** Business days after the stated date before following up (the rule). */
export const FOLLOW_UP_AFTER_STATED = 2;
/** Business days after the thank-you when no timeline was stated (the rule). */
export const FOLLOW_UP_DEFAULT = 7;
/** The rest of a long debrief is not read: timelines sit in a sentence or two, and chrono is slow. */
const MAX_TEXT = 4000;
/** Dates further out than this are not a hiring timeline (an anniversary, a misread year). */
const MAX_DAYS_AHEAD = 400;
const LOCAL_NOON = 12;
const CHRONO_WORTHY = /\d|\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|tomorrow|noon|midnight|weekend|christmas|new\s+year)/i;

interface Hit {
  start: number;
  end: number;
  day: CivilDay;
}

function parseFrom(from: string | Date): Date {
  const d = from instanceof Date ? from : new Date(from);
  if (Number.isNaN(d.getTime())) throw new UserError('BAD_DATE', `not a date and time: ${String(from)}`, 400);
  return d;
}

function chronoHits(text: string, from: Date, timeZone: string, today: CivilDay, taken: readonly RuleHit[]): Hit[] {
  // chrono ignores IANA names in `timezone`; give it the zone's offset at `from` so "today" is the
  // person's today, and read only calendar fields back (the zone is applied later, per day).
  const offsetMinutes = tzOffset(timeZone, from);
  const results = chrono.casual.parse(text, { instant: from, timezone: offsetMinutes }, { forwardDate: true });
  const hits: Hit[] = [];
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (taken.some((t) => start < t.end && t.start < end)) continue;
    if (/^(now|the week|the day|today)$/i.test(r.text.trim()) && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (/^(now|the week)$/i.test(r.text.trim())) continue;
    // Durations are our rules' job; chrono also reads "one day" in "one day I'd like…" as a date.
    if (/\b(minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(r.text) && !/\b(to|yester)day\b/i.test(r.text)) continue;
    const comp = r.end ?? r.start;
    const y = comp.get('year');
    const mo = comp.get('month');
    const d = comp.get('day');
    if (y === null || mo === null || d === null) continue;
    let day = civilDay(y, mo, d);
    const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
    const hasWeekdayOnly = comp.isCertain('weekday') && !comp.isCertain('day');
    // "by Friday" said on a Friday means the next one; chrono answers with today.
    if (hasWeekdayOnly && day === today && !/\bthis\s*$/.test(before)) day += 7;
    if (/\bweek\s+of\s+(?:the\s+)?$/.test(before)) day = weekdayOfWeek(day, 0, 5);
    const lead = /\b(by|on|before|until|till|around|no\s+later\s+than)\s+$/i.exec(text.slice(Math.max(0, start - 16), start));
    hits.push({ start: lead ? start - lead[0].length : start, end, day });
  }
  return hits;
}

function sentenceAt(text: string, index: number): string {
  let s = index;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] ?? '')) s -= 1;
  let e = index;
  while (e < text.length && !/[.!?\n]/.test(text[e] ?? '')) e += 1;
  return text.slice(s, e);
}

/**
 * Read an employer's stated timeline ("we'll be interviewing over the next two weeks", "you'll
 * hear from us by Friday", "within 5 business days", "early next week", "after the holidays") in
 * the person's zone, and plan the one follow-up: two business days after the stated day, or seven
 * business days after `from` (the thank-you) when nothing was stated or understood (then
 * `understood` is false and `matchedText` null). Dates are whole days: both instants are local noon
 * with that day's offset, so daylight-saving changes never move the date. Chrono-node reads the
 * plain dates; our rules read business days, ranges, parts of weeks and months, and holidays.
 * When several phrases appear, those in a sentence about hearing back win, then the latest.
 * @example parseTimeline('You will hear from us within 5 business days', { from: '2025-03-05T15:00:00Z', timeZone: 'America/New_York' })
 * // { statedUntil: '2025-03-12T12:00:00-04:00', followUpOn: '2025-03-14T12:00:00-04:00', matchedText: 'within 5 business days', … }
 */
export function parseTimeline(text: string, options: TimelineOptions): TimelineResult {
  const from = parseFrom(options.from);
  const timeZone = options.timeZone ?? 'UTC';
  assertTimeZone(timeZone);
  const holidays = new Set<CivilDay>();
  for (const h of options.holidays ?? []) {
    const d = parseCivilIso(h);
    if (d !== null) holidays.add(d);
  }
  const today = civilDayAt(from, timeZone);
  const body = String(text ?? '').slice(0, MAX_TEXT);

  const ours = ruleHits(body, today);
  let hits: Hit[] = [...ours];
  try {
    // chrono is the slow half; call it only when something it reads (a weekday, a month, a number,
    // today/tomorrow) lies outside what our rules already took.
    let rest = body;
    for (const h of ours) rest = rest.slice(0, h.start) + ' '.repeat(h.end - h.start) + rest.slice(h.end);
    if (CHRONO_WORTHY.test(rest)) hits = hits.concat(chronoHits(body, from, timeZone, today, ours));
  } catch {
    // chrono is a fallback reader; a failure there leaves our own rules' answer.
  }
  hits = hits.filter((h) => h.day >= today - 1 && h.day <= today + MAX_DAYS_AHEAD);

  let best: Hit | null = null;
  let bestCue = -1;
  for (const h of hits) {
    const cue = CUE_WORDS.test(sentenceAt(body, h.start)) ? 1 : 0;
    if (cue > bestCue || (cue === bestCue && best !== null && h.day > best.day)) {
      best = h;
      bestCue = cue;
    }
  }

  if (best === null) {
    const followUp = addBusinessDays(today, FOLLOW_UP_DEFAULT, holidays);
    return {
      statedUntil: null,
      followUpOn: civilInstantIso(followUp, LOCAL_NOON, timeZone),
      matchedText: null,
      understood: false,
      statedUntilDate: null,
      followUpDate: civilIso(followUp),
      timeZone,
      basis: 'default',
    };
  }
  let followUp = addBusinessDays(best.day, FOLLOW_UP_AFTER_STATED, holidays);
  if (followUp <= today) followUp = addBusinessDays(today, FOLLOW_UP_AFTER_STATED, holidays);
  return {
    statedUntil: civilInstantIso(best.day, LOCAL_NOON, timeZone),
    followUpOn: civilInstantIso(followUp, LOCAL_NOON, timeZone),
    matchedText: body.slice(best.start, best.end),
    understood: true,
    statedUntilDate: civilIso(best.day),
    followUpDate: civilIso(followUp),
    timeZone,
    basis: 'stated',
  };
}


