/*
 * How far from today a recorded date may be. A job search is months long; ten years back covers
 * an old search typed in from a spreadsheet, two years ahead covers any interview anyone would
 * schedule. Outside that it is a typo (a year 1901, 2062 for 2026), so it is refused with a
 * message rather than saved.
 */
export const YEARS_BACK = 10;
export const YEARS_AHEAD = 2;

const MS_PER_YEAR = 365.25 * 86_400_000;
// Made once: a formatter costs far more to build than to use, and a mailbox import checks every
// proposal's date; the date is shown only when it is refused.
const SHOWN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a date is too far from `now` to be real, or null when it is plausible. Takes an instant or
 * a `YYYY-MM-DD` day.
 * @example dateRangeProblem('1901-12-01T10:00:00Z', new Date('2026-11-30T00:00:00Z'), 'interview')
 * // 'The interview is dated 1 Dec 1901, more than 10 years ago: check the year.'
 */
export function dateRangeProblem(value: string, now: Date, what = 'date'): string | null {
  const at = new Date(DAY.test(value) ? `${value}T12:00:00Z` : value);
  if (!Number.isFinite(at.getTime())) return `The ${what} is not a date.`;
  if (now.getTime() - at.getTime() > YEARS_BACK * MS_PER_YEAR) return `The ${what} is dated ${SHOWN.format(at)}, more than ${YEARS_BACK} years ago: check the year.`;
  if (at.getTime() - now.getTime() > YEARS_AHEAD * MS_PER_YEAR) return `The ${what} is dated ${SHOWN.format(at)}, more than ${YEARS_AHEAD} years ahead: check the year.`;
  return null;
}
