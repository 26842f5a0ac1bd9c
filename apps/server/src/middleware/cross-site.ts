import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../errors';
import { publicOrigin } from './request-info';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one content type a write route accepts (415 otherwise). A web page elsewhere can send only
 * `text/plain`, `application/x-www-form-urlencoded` or `multipart/form-data` without a CORS
 * preflight, so a route that insists on its own type (JSON, CSV, octet-stream) cannot be written to
 * by a no-cors fetch or a form. No route takes a form encoding, so form posts are refused outright
 * and need no CSRF token. A route without a body (`null`) reads none: it takes no content type, or
 * JSON (what the typed client sends).
 */
export function requireContentType(contentType: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const sent = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const isOk = contentType === null ? sent === '' || sent === 'application/json' : sent === contentType;
    if (!isOk) {
      const wanted = contentType ?? 'no body';
      return c.json(errorBody('UNSUPPORTED_MEDIA_TYPE', `this route takes ${wanted}${sent ? `, not ${sent}` : ''}`), 415);
    }
    return next();
  };
}

/**
 * Hosted mode: a write must come from this server's own pages. The browser says so with an
 * `Origin` equal to ours, or `Sec-Fetch-Site: same-origin`; anything else (another site, a
 * sandboxed frame's `null`, or neither header) is refused with 403. The SameSite=Lax cookie alone
 * lets a same-site sibling (another app on a subdomain) through, and lets top-level POSTs through
 * in some browsers for two minutes after sign-in.
 */
export function sameOriginWrites(trustProxy: boolean, isExempt: (c: Context) => boolean = () => false): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method) || isExempt(c)) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const isSameOrigin = origin ? origin.toLowerCase() === publicOrigin(c, trustProxy) : site === 'same-origin';
    if (!isSameOrigin) return c.json(errorBody('FORBIDDEN_ORIGIN', `writes are accepted only from this server's own pages${origin ? ` (not from "${origin}")` : ''}`), 403);
    return next();
  };
}
