import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { errorBody } from '../errors';
import type { AppEnv, Mode } from '../env';

export const SESSION_COOKIE = 'sr_session';

/** Routes anyone may call in hosted mode. */
const PUBLIC_PATHS = new Set(['/api/health', '/api/openapi.json', '/api/auth/signup', '/api/auth/login']);

/**
 * Decide whose records a request touches. Personal mode has one implicit owner; hosted mode
 * takes the owner from the session cookie, and answers 401 without one.
 */
export function resolveOwner(mode: Mode): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (mode === 'personal') {
      c.set('ownerId', LOCAL_OWNER_ID);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? await c.var.store.users.userForSession(token) : null;
    if (user) c.set('ownerId', user.id);
    // The calendar feed is authorised by the secret in its address (calendar apps send no cookie).
    else if (!PUBLIC_PATHS.has(c.req.path) && !c.req.path.startsWith('/api/calendar/')) return c.json(errorBody('UNAUTHORIZED', 'sign in first'), 401);
    return next();
  };
}
