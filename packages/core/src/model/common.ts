import { z } from 'zod';

/** Calendar date as written in ISO 8601 (`YYYY-MM-DD`), checked to be a real day. */
export const isoDateSchema = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** An instant in UTC, ISO 8601 with a zone designator; stored normalised to `…Z`. */
export const instantSchema = z.iso.datetime({ offset: true }).max(40).transform((s) => new Date(s).toISOString());

/** An IANA time-zone name such as `Europe/Berlin`. Checked by the Intl API, which needs no I/O. */
export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, 'unknown time zone (expected an IANA name such as Europe/Berlin)');

export const idSchema = z.string().min(1).max(64);

/** Optional free text: empty strings become null so that "cleared" and "never set" look the same. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v));
}

/**
 * Whether a link is safe to put in an `href`: http(s), or mailto where `allowMailto`. A
 * `javascript:`, `data:` or `vbscript:` URL runs when clicked, so it is never stored.
 * @example isWebUrl('javascript:alert(1)') // false
 */
export function isWebUrl(value: string, allowMailto = false): boolean {
  const v = value.trim();
  if (/^https?:\/\/[^\s]/i.test(v)) return true;
  return allowMailto && /^mailto:[^\s]/i.test(v);
}

/** An optional link: http(s) only (or mailto with `allowMailto`), empty becomes null. */
export function optionalUrl(max: number, allowMailto = false) {
  const what = allowMailto ? 'an http(s) or mailto link' : 'an http(s) link';
  return optionalText(max).refine((v) => v == null || isWebUrl(v, allowMailto), `expected ${what}`);
}

/**
 * A stored link as a backup row holds it. One that is not a web link (a script URL, or text kept
 * before links were checked) becomes null, so an old backup still restores and never brings back
 * a link that runs code when clicked.
 */
export function storedUrl(max: number, allowMailto = false) {
  return z.string().max(max).nullable().transform((v) => (v != null && isWebUrl(v, allowMailto) ? v : null));
}

export function requiredText(max: number) {
  return z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);
}

/**
 * Whether `YYYY-MM-DD` names a day that exists (rejects 2025-02-30).
 * @example isRealDate('2024-02-29') // true
 */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/**
 * Whether a string is an IANA time zone known to this runtime.
 * @example isTimeZone('America/New_York') // true
 */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** An instant as stored and returned: always UTC, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export const storedInstantSchema = z.string().max(40).describe('UTC instant, ISO 8601');
