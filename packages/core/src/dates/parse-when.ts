import * as chrono from 'chrono-node/en';
import { TZDate } from '@date-fns/tz';
import { isTimeZone } from '../model/common';
import { dateRangeProblem } from './range';

export type ParsedWhen =
  | { ok: true; startsAt: string; date: string; time: string; text: string }
  | { ok: false; code: 'NO_DATE' | 'NO_TIME' | 'DATE_OUT_OF_RANGE' | 'BAD_TIME_ZONE'; message: string };

export interface ParseWhenOptions {
  /** The moment "now": the core never reads the clock. */
  now: Date;
  /** The person's IANA zone: the typed time is a wall-clock time there. */
  timeZone: string;
  /** The person's locale: `1/12` is 1 December in en-GB and 12 January in en-US. */
  locale?: string;
}

// Locales that write the month first (1/12 = 12 January): US, Canadian and Philippine English,
// and a bare `en`. Every other locale, English elsewhere included, writes the day first.
const MONTH_FIRST = /^en-(US|CA|PH)$|^en$/i;

/**
 * Read a date and time as a person types it (`1/12 10am`, `next Tue 3pm`, `tomorrow 14:30`) in
 * their zone and locale, into a UTC instant. A date without a year is the nearest such day to
 * `now`, before or after, so typing last September's interview works as well as next week's. A
 * missing time, or a day too far from today to be real (a year 1901), is a message, not a guess.
 * @example parseWhen('1/12 10am', { now: new Date('2026-11-20T12:00:00Z'), timeZone: 'Europe/London', locale: 'en-GB' })
 * // { ok: true, startsAt: '2026-12-01T10:00:00.000Z', date: '2026-12-01', time: '10:00', text: '1/12 10am' }
 */
export function parseWhen(input: string, options: ParseWhenOptions): ParsedWhen {
  const { now, timeZone } = options;
  if (!isTimeZone(timeZone)) return { ok: false, code: 'BAD_TIME_ZONE', message: `Unknown time zone: ${timeZone}.` };
  const text = input.trim();
  const parser = MONTH_FIRST.test(options.locale ?? 'en-US') ? chrono.casual : chrono.GB;
  // The offset of the zone today lets chrono read "tomorrow" and "next Tue" from the person's day;
  // the final instant is converted with the zone's own offset on the day found (daylight saving).
  const offset = -new TZDate(now.getTime(), timeZone).getTimezoneOffset();
  const [result] = parser.parse(text, { instant: now, timezone: offset });
  if (!result) return { ok: false, code: 'NO_DATE', message: `No date found in “${text}”: try “12/1 10am” or “next Tue 3pm”.` };
  const start = result.start;
  if (!start.isCertain('hour')) return { ok: false, code: 'NO_TIME', message: `Add a time to “${text}”, e.g. “${text} 10am”.` };
  let year = start.get('year')!;
  const month = start.get('month')!;
  const day = start.get('day')!;
  const hour = start.get('hour')!;
  const minute = start.get('minute') ?? 0;
  const at = (y: number) => new TZDate(y, month - 1, day, hour, minute, 0, timeZone);
  if (!start.isCertain('year') && start.isCertain('day')) {
    const nearest = [year - 1, year, year + 1].sort((a, b) => Math.abs(at(a).getTime() - now.getTime()) - Math.abs(at(b).getTime() - now.getTime()));
    year = nearest[0]!;
  }
  const local = at(year);
  const startsAt = new Date(local.getTime()).toISOString();
  const problem = dateRangeProblem(startsAt, now, 'day typed');
  if (problem) return { ok: false, code: 'DATE_OUT_OF_RANGE', message: problem };
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ok: true,
    startsAt,
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
    text: result.text,
  };
}
