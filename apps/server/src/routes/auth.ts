import { z } from '@hono/zod-openapi';
import { hash, verify } from '@node-rs/argon2';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { UserError } from '@secondround/core';
import type { Mode } from '../env';
import { SESSION_COOKIE } from '../middleware/auth';
import { KB } from '../middleware/limits';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const credentials = z.object({
  email: z.email('expected an email address').max(320),
  password: z.string().min(10, 'at least 10 characters').max(1024),
});
const me = z.object({ id: z.string(), email: z.string().nullable(), mode: z.enum(['personal', 'hosted']) });

const signup = defineRoute({ method: 'post', path: '/auth/signup', bodyLimit: 4 * KB, isPublic: true, tags: ['accounts'], request: { body: jsonBody(credentials) }, responses: { 201: json(me, 'Signed up and signed in'), 409: json(z.any(), 'Taken'), ...errorResponses } });
const login = defineRoute({ method: 'post', path: '/auth/login', bodyLimit: 4 * KB, isPublic: true, tags: ['accounts'], request: { body: jsonBody(credentials) }, responses: { 200: json(me), ...errorResponses } });
const logout = defineRoute({ method: 'post', path: '/auth/logout', bodyLimit: 1 * KB, tags: ['accounts'], responses: { 204: { description: 'Signed out' }, ...errorResponses } });
const whoami = defineRoute({ method: 'get', path: '/auth/me', bodyLimit: 1 * KB, tags: ['accounts'], responses: { 200: json(me), ...errorResponses } });

/** Accounts for hosted mode (argon2id password hashes, opaque session cookies). */
export function authRoutes(mode: Mode) {
  const personalOnly = () => {
    if (mode === 'personal') throw new UserError('PERSONAL_MODE', 'accounts are only used when secondround is hosted (DATABASE_URL=postgres://…)', 409);
  };
  return router()
    .openapi(signup, async (c) => {
      personalOnly();
      const { email, password } = c.req.valid('json');
      const user = await c.var.store.users.create(email, await hash(password));
      if (!user) throw new UserError('EMAIL_TAKEN', 'an account with this email already exists', 409);
      const session = await c.var.store.users.createSession(user.id);
      setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', path: '/', expires: new Date(session.expiresAt), secure: new URL(c.req.url).protocol === 'https:' });
      return c.json({ id: user.id, email: user.email, mode }, 201);
    })
    .openapi(login, async (c) => {
      personalOnly();
      const { email, password } = c.req.valid('json');
      const user = await c.var.store.users.findByEmail(email);
      const ok = user?.passwordHash ? await verify(user.passwordHash, password).catch(() => false) : false;
      if (!user || !ok) throw new UserError('BAD_CREDENTIALS', 'wrong email or password', 401);
      const session = await c.var.store.users.createSession(user.id);
      setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', path: '/', expires: new Date(session.expiresAt), secure: new URL(c.req.url).protocol === 'https:' });
      return c.json({ id: user.id, email: user.email, mode }, 200);
    })
    .openapi(logout, async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await c.var.store.users.deleteSession(token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(whoami, async (c) => {
      const user = await c.var.store.users.findById(c.var.ownerId);
      return c.json({ id: c.var.ownerId, email: user?.email ?? null, mode }, 200);
    });
}
