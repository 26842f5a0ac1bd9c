import { civilDay, civilParts, type CivilDay } from './civil-day';

/** Regex source of the holiday names our rules know (US and common Western ones). */
export const HOLIDAY = String.raw`holidays?(?:\s+(?:season|break|period))?|festive\s+(?:season|period)|christmas(?:\s+(?:break|holidays?|period))?|xmas|new\s+year(?:'s|’s)?(?:\s+day)?|thanksgiving(?:\s+(?:break|holiday|weekend))?|easter(?:\s+(?:break|holidays?|weekend))?|labou?r\s+day(?:\s+weekend)?|memorial\s+day(?:\s+weekend)?|(?:4th|fourth)\s+of\s+july|july\s+4(?:th)?|independence\s+day|summer(?:\s+(?:break|holidays?|vacation))?`;

/** A holiday period: its first and last day. */
export interface HolidayPeriod {
  start: CivilDay;
  end: CivilDay;
}

/** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDay(year, month, day);
}

/** The n-th given weekday of a month (n = -1: the last one). */
function nthWeekday(year: number, month: number, weekday: number, n: number): CivilDay {
  if (n < 0) {
    const last = civilDay(year, month + 1, 0);
    const wd = civilParts(last).weekday;
    return last - ((wd - weekday + 7) % 7);
  }
  const first = civilDay(year, month, 1);
  const wd = civilParts(first).weekday;
  return first + ((weekday - wd + 7) % 7) + 7 * (n - 1);
}

function periodIn(name: string, year: number, today: CivilDay): HolidayPeriod | null {
  if (/^(holiday|festive|christmas|xmas)/.test(name)) {
    const month = civilParts(today).month;
    // "the holidays" in July or August is the summer break (European usage); otherwise year-end.
    if (/^holiday/.test(name) && (month === 7 || month === 8)) return periodIn('summer', year, today);
    const start = civilDay(year, 12, 24);
    return { start, end: civilDay(year + 1, 1, 1) };
  }
  if (/^new\s+year/.test(name)) {
    const d = civilDay(year + 1, 1, 1);
    return { start: d, end: d };
  }
  if (/^thanksgiving/.test(name)) {
    const d = nthWeekday(year, 11, 4, 4);
    return { start: d, end: d + 3 };
  }
  if (/^easter/.test(name)) {
    const e = easterSunday(year);
    return { start: e - 2, end: e + 1 };
  }
  if (/^labou?r/.test(name)) {
    const d = nthWeekday(year, 9, 1, 1);
    return { start: d - 2, end: d };
  }
  if (/^memorial/.test(name)) {
    const d = nthWeekday(year, 5, 1, -1);
    return { start: d - 2, end: d };
  }
  if (/july|independence/.test(name)) {
    const d = civilDay(year, 7, 4);
    return { start: d, end: d };
  }
  if (/^summer/.test(name)) {
    return { start: civilDay(year, 7, 1), end: civilDay(year, 8, 31) };
  }
  return null;
}

/**
 * The next occurrence of a named holiday period that has not ended before `today` (a period we
 * are in counts). The year-end period starts on 24 December and ends on New Year's Day.
 */
export function holidayPeriod(name: string, today: CivilDay): HolidayPeriod | null {
  const n = name.replace(/\s+/g, ' ').replace(/^the /, '');
  const year = civilParts(today).year;
  for (const y of [year - 1, year, year + 1]) {
    const p = periodIn(n, y, today);
    if (p && p.end >= today) return p;
  }
  return null;
}

