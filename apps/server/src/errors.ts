import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isUserError, UserError } from '@secondround/core';
import type { ZodError } from 'zod';
import type { AppEnv } from './env';
import { errorForLog } from './middleware/request-log';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** Every error leaves the API as `{ error: { code, message } }`; never a stack trace. */
export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

export function notFound(c: Context, what = 'record') {
  return c.json(errorBody('NOT_FOUND', `${what} not found`), 404);
}

/** A zod failure as one readable line: `company: required; salaryMin: …`. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** The app's last line of defence: user errors keep their status, anything else is a 500 without details. */
export function handleError(err: unknown, c: Context): Response {
  if (isUserError(err)) {
    const retryAfter = (err.details as { retryAfter?: unknown } | undefined)?.retryAfter;
    if (err.status === 429 && typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
    return c.json(errorBody(err.code, err.message), err.status as ErrorStatus);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return c.json(errorBody('TOO_LARGE', 'request body too large'), 413);
    if (status === 400 && /json/i.test(err.message)) return c.json(errorBody('BAD_JSON', 'request body is not valid JSON'), 400);
    return c.json(errorBody(status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST', err.message || 'bad request'), status as ErrorStatus);
  }
  const log = (c as Context<AppEnv>).get('log');
  if (log) log.error({ err: errorForLog(err) }, 'unexpected error');
  else console.error(err);
  return c.json(errorBody('INTERNAL', 'something went wrong on the server; the details are in its log'), 500);
}

/** The value, or a 404 `NOT_FOUND` for the named record (the owner's scope makes others' records absent). */
export function found<T>(value: T | null | undefined | false, what: string): T {
  if (value === null || value === undefined || value === false) throw new UserError('NOT_FOUND', `${what} not found`, 404);
  return value;
}
