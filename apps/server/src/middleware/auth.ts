import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { DEFAULT_IDLE_DAYS, LOCAL_OWNER_ID } from '@secondround/store';
import { errorBody } from '../errors';
import type { AppEnv, Mode } from '../env';
import { isTls } from './request-info';
import { isPublicPath } from '../routes/route-table';

/**
 * The session cookie. Over TLS it is `__Host-sr_session` with `Secure` (the prefix makes browsers
 * refuse it unless it is Secure, host-only and for `/`, so a sibling subdomain cannot plant one).
 * Browsers refuse a `__Host-` cookie without `Secure`, and `Secure` needs TLS, so over plain HTTP
 * (personal loopback, a test server) the cookie is plain `sr_session`; a TLS request never reads it.
 */
export const SESSION_COOKIE = 'sr_session';
export const SECURE_SESSION_COOKIE = '__Host-sr_session';

export function sessionToken(c: Context, trustProxy: boolean): string | undefined {
  return getCookie(c, isTls(c, trustProxy) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
}

export function setSessionCookie(c: Context, trustProxy: boolean, session: { token: string; expiresAt: string }): void {
  const tls = isTls(c, trustProxy);
  setCookie(c, tls ? SECURE_SESSION_COOKIE : SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', path: '/', expires: new Date(session.expiresAt), secure: tls });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  const tls = isTls(c, trustProxy);
  deleteCookie(c, tls ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { path: '/', secure: tls });
}

/** Besides the routes marked public in the route table: the API's own description. */
const OPENAPI_DOC = '/api/openapi.json';

/**
 * Public routes that never look at who asks: they skip the session read (a PostgreSQL query,
 * about half of a health check's CPU), and a probe carrying a cookie does not keep a session alive.
 */
const OWNERLESS = new Set(['/api/health', '/api/ready', OPENAPI_DOC]);

/**
 * Decide whose records a request touches. Personal mode has one implicit owner; hosted mode
 * takes the owner from the session cookie, and answers 401 without one.
 */
export function resolveOwner(mode: Mode, options: { trustProxy?: boolean; idleDays?: number } = {}): MiddlewareHandler<AppEnv> {
  const trustProxy = options.trustProxy ?? false;
  const idleDays = options.idleDays ?? DEFAULT_IDLE_DAYS;
  return async (c, next) => {
    // A paired browser extension: its pairing token names the owner (see clipper-auth.ts).
    const clipperOwner = c.get('clipperOwnerId');
    if (clipperOwner) {
      c.set('ownerId', clipperOwner);
      return next();
    }
    if (mode === 'personal') {
      c.set('ownerId', LOCAL_OWNER_ID);
      return next();
    }
    if (OWNERLESS.has(c.req.path)) return next();
    const token = sessionToken(c, trustProxy);
    const user = token ? await c.var.store.users.userForSession(token, idleDays) : null;
    if (user) c.set('ownerId', user.id);
    // Public routes include the calendar feed, authorised by the secret in its address (calendar
    // apps send no cookie).
    else if (c.req.path !== OPENAPI_DOC && !isPublicPath(c.req.path)) return c.json(errorBody('UNAUTHORIZED', 'sign in first'), 401);
    return next();
  };
}
