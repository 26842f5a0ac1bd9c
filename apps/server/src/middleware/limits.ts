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

/**
 * The limit for a route that streams its body to disk itself (an upload of gigabytes): Hono's
 * `bodyLimit` buffers a body sent without Content-Length in memory to count it, so this one only
 * refuses a declared length over the limit and leaves the counting to the handler, which must stop
 * at `maxSize` with a 413 (see `services/upload.ts`).
 */
export function streamLimit(maxSize: number): MiddlewareHandler<AppEnv> & { maxSize: number } {
  const mw: MiddlewareHandler<AppEnv> = async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && !c.req.header('transfer-encoding') && Number(declared) > maxSize) {
      return c.json(errorBody('TOO_LARGE', `request body too large (limit ${human(maxSize)})`), 413);
    }
    await next();
  };
  return Object.assign(mw, { maxSize });
}

export function human(n: number): string {
  if (n >= 1024 * MB) return `${Math.round((n / (1024 * MB)) * 10) / 10} GB`;
  return n >= MB ? `${Math.round(n / MB)} MB` : `${Math.round(n / KB)} KB`;
}
