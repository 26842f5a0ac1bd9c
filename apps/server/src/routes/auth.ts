import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { UserError } from '@secondround/core';
import type { AppEnv, Mode } from '../env';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../middleware/auth';
import { KB } from '../middleware/limits';
import { clientAddress } from '../middleware/request-info';
import { beginAttempt, checkPassword, clearAccountFailures, hashPassword, resetLink, RESET_TTL_MS, type AccountsConfig } from '../services/accounts';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const email = z.email('expected an email address').max(320);
const password = z.string().min(10, 'at least 10 characters').max(1024);
const credentials = z.object({ email, password });
const me = z.object({ id: z.string(), email: z.string().nullable(), mode: z.enum(['personal', 'hosted']) });
const message = z.object({ message: z.string() });
const limited = { 429: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Too many attempts (see Retry-After)') };

const signup = defineRoute({ method: 'post', path: '/auth/signup', bodyLimit: 4 * KB, isPublic: true, tags: ['accounts'], request: { body: jsonBody(credentials) }, responses: { 201: json(me, 'Signed up and signed in'), 409: json(z.any(), 'Not created'), ...limited, ...errorResponses } });
const login = defineRoute({ method: 'post', path: '/auth/login', bodyLimit: 4 * KB, isPublic: true, tags: ['accounts'], request: { body: jsonBody(credentials) }, responses: { 200: json(me), ...limited, ...errorResponses } });
const logout = defineRoute({ method: 'post', path: '/auth/logout', bodyLimit: 1 * KB, tags: ['accounts'], responses: { 204: { description: 'Signed out' }, ...errorResponses } });
const whoami = defineRoute({ method: 'get', path: '/auth/me', bodyLimit: 1 * KB, tags: ['accounts'], responses: { 200: json(me), ...errorResponses } });
const logoutEverywhere = defineRoute({ method: 'post', path: '/auth/logout-everywhere', bodyLimit: 1 * KB, tags: ['accounts'], summary: 'End every session of this account, on every device', responses: { 204: { description: 'Signed out everywhere' }, ...errorResponses } });
const changePassword = defineRoute({
  method: 'post',
  path: '/auth/password',
  bodyLimit: 4 * KB,
  tags: ['accounts'],
  summary: 'Change the password; every other session ends and this one gets a new token',
  request: { body: jsonBody(z.object({ currentPassword: z.string().max(1024), newPassword: password })) },
  responses: { 200: json(me), 403: json(z.any(), 'Wrong current password'), ...limited, ...errorResponses },
});
const resetRequest = defineRoute({
  method: 'post',
  path: '/auth/reset-request',
  bodyLimit: 4 * KB,
  isPublic: true,
  tags: ['accounts'],
  summary: 'Ask for a password-reset link by e-mail; the answer is the same whether or not the account exists',
  request: { body: jsonBody(z.object({ email })) },
  responses: { 202: json(message), ...limited, ...errorResponses },
});
const reset = defineRoute({
  method: 'post',
  path: '/auth/reset',
  bodyLimit: 4 * KB,
  isPublic: true,
  tags: ['accounts'],
  summary: 'Set a new password with a one-time reset token; every session ends and this one signs in',
  request: { body: jsonBody(z.object({ token: z.string().min(1).max(200), password })) },
  responses: { 200: json(me), ...errorResponses },
});

/** Said whatever happened, so the answer does not tell whether the e-mail has an account. */
export const RESET_REQUESTED = 'If an account uses this e-mail, a reset link is on its way (valid for one hour). No e-mail? Ask the person who runs this server for a reset link.';
export const SIGNUP_FAILED = 'could not create an account with this e-mail; if you already have one, sign in or reset your password';

/** Accounts for hosted mode (argon2id password hashes, opaque session cookies, database-kept rate limits). */
export function authRoutes(mode: Mode, options: { trustProxy: boolean; accounts: AccountsConfig }) {
  const { trustProxy, accounts } = options;
  const hostedOnly = () => {
    if (mode === 'personal') throw new UserError('PERSONAL_MODE', 'accounts are only used when secondround is hosted (DATABASE_URL=postgres://…)', 409);
  };
  const address = (c: Context) => clientAddress(c, trustProxy);
  /** A fresh session for `userId`, replacing the presented one (a token is never kept across a sign-in). */
  const startSession = async (c: Context<AppEnv>, userId: string) => {
    const presented = sessionToken(c, trustProxy);
    if (presented) await c.var.store.users.deleteSession(presented);
    setSessionCookie(c, trustProxy, await c.var.store.users.createSession(userId));
  };
  return router()
    .openapi(signup, async (c) => {
      hostedOnly();
      if (accounts.signup === 'invite') throw new UserError('SIGNUP_CLOSED', 'this server takes new accounts by invitation only; ask the person who runs it', 403);
      const { email, password } = c.req.valid('json');
      const attempt = await beginAttempt(c.var.store, accounts, { address: address(c) });
      // Hashed before knowing whether the e-mail is free, so both answers take the same time.
      const user = await c.var.store.users.create(email, await hashPassword(password));
      // Without e-mail verification a taken address cannot be hidden from whoever tries it; the
      // message does not say it, and each try counts against the address's limit.
      if (!user) throw new UserError('SIGNUP_FAILED', SIGNUP_FAILED, 409);
      await attempt.succeeded();
      await startSession(c, user.id);
      return c.json({ id: user.id, email: user.email, mode }, 201);
    })
    .openapi(login, async (c) => {
      hostedOnly();
      const { email, password } = c.req.valid('json');
      const attempt = await beginAttempt(c.var.store, accounts, { email, address: address(c) });
      const user = await c.var.store.users.findByEmail(email);
      const ok = await checkPassword(user && !user.disabledAt ? user.passwordHash : null, password);
      if (!user || !ok) throw new UserError('BAD_CREDENTIALS', 'wrong email or password', 401);
      await attempt.succeeded();
      await clearAccountFailures(c.var.store, email);
      await startSession(c, user.id);
      return c.json({ id: user.id, email: user.email, mode }, 200);
    })
    .openapi(logout, async (c) => {
      const token = sessionToken(c, trustProxy);
      if (token) await c.var.store.users.deleteSession(token);
      clearSessionCookie(c, trustProxy);
      return c.body(null, 204);
    })
    .openapi(logoutEverywhere, async (c) => {
      hostedOnly();
      await c.var.store.users.deleteSessionsOf(c.var.ownerId);
      clearSessionCookie(c, trustProxy);
      return c.body(null, 204);
    })
    .openapi(whoami, async (c) => {
      const user = await c.var.store.users.findById(c.var.ownerId);
      return c.json({ id: c.var.ownerId, email: user?.email ?? null, mode }, 200);
    })
    .openapi(changePassword, async (c) => {
      hostedOnly();
      const { currentPassword, newPassword } = c.req.valid('json');
      const user = (await c.var.store.users.findById(c.var.ownerId))!;
      const attempt = await beginAttempt(c.var.store, accounts, { email: user.email ?? '', address: address(c) });
      if (!(await checkPassword(await c.var.store.users.passwordHashOf(user.id), currentPassword))) throw new UserError('WRONG_PASSWORD', 'the current password is not right', 403);
      await attempt.succeeded();
      await c.var.store.users.setPassword(user.id, await hashPassword(newPassword));
      await c.var.store.users.deleteSessionsOf(user.id);
      setSessionCookie(c, trustProxy, await c.var.store.users.createSession(user.id));
      return c.json({ id: user.id, email: user.email, mode }, 200);
    })
    .openapi(resetRequest, async (c) => {
      hostedOnly();
      // Every request counts against the address (never `succeeded`), so nobody can flood an inbox or probe e-mails fast.
      await beginAttempt(c.var.store, accounts, { address: address(c) });
      const user = await c.var.store.users.findByEmail(c.req.valid('json').email);
      if (user?.email && !user.disabledAt && accounts.mailer && accounts.publicUrl) {
        const { token } = await c.var.store.authGuard.createResetToken(user.id, RESET_TTL_MS);
        const text = `Someone (hopefully you) asked to reset the password of your secondround account.\n\nSet a new password here (the link works once, for one hour):\n${resetLink(accounts.publicUrl, token)}\n\nIf it was not you, ignore this message; your password stays as it is.\n`;
        // Not awaited: the answer must not take longer when an account exists.
        accounts.mailer.send({ to: user.email, subject: 'Reset your secondround password', text }).catch((e: unknown) => console.error(`reset e-mail not sent: ${(e as Error).message}`));
      }
      return c.json({ message: RESET_REQUESTED }, 202);
    })
    .openapi(reset, async (c) => {
      hostedOnly();
      const { token, password } = c.req.valid('json');
      const userId = await c.var.store.authGuard.consumeResetToken(token);
      const user = userId ? await c.var.store.users.findById(userId) : null;
      if (!user) throw new UserError('BAD_TOKEN', 'this reset link is not valid: it was used already, has expired, or was replaced by a newer one', 400);
      await c.var.store.users.setPassword(user.id, await hashPassword(password));
      await c.var.store.users.deleteSessionsOf(user.id);
      if (user.email) await clearAccountFailures(c.var.store, user.email);
      setSessionCookie(c, trustProxy, await c.var.store.users.createSession(user.id));
      return c.json({ id: user.id, email: user.email, mode }, 200);
    });
}
