import { TZDate } from '@date-fns/tz';
import { UserError } from '../errors';

/**
 * A calendar day with no time zone, as a count of days since 1970-01-01. Arithmetic on plain
 * integers keeps daylight-saving changes out of date math: the zone is applied only when a day is
 * turned back into an instant.
 */
export type CivilDay = number;

const MS_PER_DAY = 86_400_000;

/** The day for year, month (1–12) and day of month; out-of-range days roll over like Date.UTC. */
export function civilDay(year: number, month: number, day: number): CivilDay {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1–12), day of month and weekday (0 = Sunday) of a civil day. */
export function civilParts(day: CivilDay): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** `YYYY-MM-DD` of a civil day. */
export function civilIso(day: CivilDay): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parse `YYYY-MM-DD` into a civil day, or null when it is not one. */
export function parseCivilIso(text: string): CivilDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const day = civilDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return civilIso(day) === text ? day : null;
}

/** Last day of the month that contains `day`, shifted by `monthOffset` months. */
export function endOfMonth(day: CivilDay, monthOffset = 0): CivilDay {
  const p = civilParts(day);
  return civilDay(p.year, p.month + monthOffset + 1, 0);
}

/** The given day of the month that contains `day`, shifted by `monthOffset` months. */
export function dayOfMonth(day: CivilDay, monthOffset: number, dayNumber: number): CivilDay {
  const p = civilParts(day);
  return civilDay(p.year, p.month + monthOffset, dayNumber);
}

/** The weekday (0 = Sunday … 6) in the Monday-to-Sunday week of `day`, shifted by `weekOffset` weeks. */
export function weekdayOfWeek(day: CivilDay, weekOffset: number, weekday: number): CivilDay {
  const wd = civilParts(day).weekday;
  const monday = day - ((wd + 6) % 7);
  return monday + weekOffset * 7 + ((weekday + 6) % 7);
}

/** Whether a time zone name (IANA, or an offset such as `+05:30`) is usable. */
export function isValidTimeZone(timeZone: string): boolean {
  if (/^[+-]\d{2}:\d{2}$/.test(timeZone) || knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  // Building a formatter costs tens of microseconds; zones are few, so remember the good ones.
  if (knownZones.size < 1000) knownZones.add(timeZone);
  return true;
}
const knownZones = new Set<string>(['UTC']);

/** Throw a user error for an unknown zone (a person can type one). */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new UserError('BAD_TIME_ZONE', `unknown time zone: ${timeZone}`, 400);
}

/**
 * The civil day an instant falls on in a zone. In UTC that is plain arithmetic: a zone's offset
 * comes from an `Intl.DateTimeFormat`, and the first one a process builds costs about 23 ms of CPU
 * (ICU sets up its list of locales), which a one-shot command such as `secondround diagnose` pays
 * for a follow-up's day when its interview is in UTC.
 */
export function civilDayAt(instant: Date, timeZone: string): CivilDay {
  if (timeZone === 'UTC') return Math.floor(instant.getTime() / MS_PER_DAY);
  const local = new TZDate(instant.getTime(), timeZone);
  return civilDay(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/**
 * The instant of a local wall-clock time on a civil day, as ISO 8601 with the zone's offset on
 * that day (so the date part reads as the local date, and daylight saving is the day's own).
 */
export function civilInstantIso(day: CivilDay, hour: number, timeZone: string): string {
  const p = civilParts(day);
  const local = new TZDate(p.year, p.month - 1, p.day, hour, 0, 0, timeZone);
  const offsetMin = -local.getTimezoneOffset();
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(local.getHours())}:${pad(local.getMinutes())}:00`;
  const offset = abs === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${civilIso(civilDay(local.getFullYear(), local.getMonth() + 1, local.getDate()))}T${time}${offset}`;
}
