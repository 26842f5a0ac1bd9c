import { dateRangeProblem, UserError } from '@secondround/core';

/**
 * Refuse a date too far from today to be real (a year 1901 typed for 2026), with a message that
 * says which date and why, instead of saving it. `now` is the server's clock.
 */
export function assertPlausibleDate(value: string | undefined, what: string, now = new Date()): void {
  if (value === undefined) return;
  const problem = dateRangeProblem(value, now, what);
  if (problem) throw new UserError('DATE_OUT_OF_RANGE', problem, 422);
}

/**
 * The version an editor loaded, from an `If-Match` header holding the application's `updatedAt`
 * (quotes allowed, as an ETag). Absent means "save regardless", as before.
 */
export function expectedVersion(ifMatch: string | undefined): string | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return undefined;
  return ifMatch.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
