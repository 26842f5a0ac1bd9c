import { civilIso, civilParts, parseCivilIso, type CivilDay } from './civil-day';
import { UserError } from '../errors';

/** Whether a civil day is Saturday or Sunday. */
export function isWeekend(day: CivilDay): boolean {
  const wd = civilParts(day).weekday;
  return wd === 0 || wd === 6;
}

/** Add business days (Monday to Friday, minus the given holidays) to a civil day. */
export function addBusinessDays(day: CivilDay, count: number, holidays: ReadonlySet<CivilDay> = new Set()): CivilDay {
  let d = day;
  let left = Math.max(0, Math.floor(count));
  while (left > 0) {
    d += 1;
    if (!isWeekend(d) && !holidays.has(d)) left -= 1;
  }
  return d;
}

/**
 * The calendar date `count` business days after `date` (`YYYY-MM-DD`), skipping Saturdays,
 * Sundays and any `holidays` given (also `YYYY-MM-DD`; public holidays differ by country, so the
 * caller passes the person's own). A Saturday plus one business day is the Monday.
 * @example businessDaysAfter('2025-03-07', 2) // '2025-03-11' (Friday + 2 = Tuesday)
 */
export function businessDaysAfter(date: string, count: number, holidays: readonly string[] = []): string {
  const day = parseCivilIso(date);
  if (day === null) throw new UserError('BAD_DATE', `not a calendar date (YYYY-MM-DD): ${date}`, 400);
  const hol = new Set<CivilDay>();
  for (const h of holidays) {
    const hd = parseCivilIso(h);
    if (hd !== null) hol.add(hd);
  }
  return civilIso(addBusinessDays(day, count, hol));
}
