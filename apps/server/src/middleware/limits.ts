import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env';
import { errorBody } from '../errors';

export const KB = 1024;
export const MB = 1024 * 1024;

/**
 * An explicit body limit for one route. Every route declares one (the route-table test checks),
 * so no handler ever reads an unbounded body.
 */
export function limit(maxSize: number): MiddlewareHandler<AppEnv> & { maxSize: number } {
  const mw = bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody('TOO_LARGE', `request body too large (limit ${human(maxSize)})`), 413),
  });
  return Object.assign(mw, { maxSize });
}

function human(n: number): string {
  return n >= MB ? `${Math.round(n / MB)} MB` : `${Math.round(n / KB)} KB`;
}
