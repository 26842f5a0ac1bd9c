import { UserError } from '@secondround/core';

/**
 * Page cursors: the last row's sort key as base64url JSON, opaque to the client. Anything else
 * (forged, truncated, from another list) is a 400 `BAD_CURSOR` that says what to do.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key in `cursor`, when it has the shape `kinds` gives (`'s'` a string, `'n'` an integer). */
export function decodeCursor(cursor: string, kinds: string): Array<string | number> {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === kinds.length && v.every((x, i) => (kinds[i] === 'n' ? Number.isInteger(x) : typeof x === 'string'))) return v as Array<string | number>;
  } catch {
    /* answered below */
  }
  throw new UserError('BAD_CURSOR', 'the page cursor is not one this server gave; start from the first page', 400);
}
