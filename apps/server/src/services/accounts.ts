import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import nodemailer from 'nodemailer';
import { UserError } from '@secondround/core';
import { normalizeEmail, type Store } from '@secondround/store';
import { limitConcurrency } from './limit';

/**
 * Failed sign-ins allowed in a window before the account, or the client address, must wait.
 * OWASP's Authentication Cheat Sheet asks for a lockout threshold and observation window without
 * fixing numbers; these keep a person who mistypes a few times unaffected while holding a guesser
 * to 20 tries an hour per account.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
/** A reset link works for an hour; a set-password link from an invitation for a week. */
export const RESET_TTL_MS = 60 * 60_000;
export const INVITE_TTL_MS = 7 * 86_400_000;

/** How accounts behave on this server; `fromEnv` reads the operator's settings. */
export interface AccountsConfig {
  /** `open`: anyone may sign up (default). `invite`: only accounts an operator created. */
  signup: 'open' | 'invite';
  /** Days a session may go unused before it ends. */
  idleDays: number;
  /** The address the server is reached at, for links in e-mails (never taken from the request's Host). */
  publicUrl: string | null;
  /** The operator's mail server for reset links, if any. */
  mailer: Mailer | null;
  now: () => Date;
}

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export function accountsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AccountsConfig {
  const signup = env.SECONDROUND_SIGNUP ?? 'open';
  if (signup !== 'open' && signup !== 'invite') throw new Error(`SECONDROUND_SIGNUP must be "open" or "invite", not "${signup}"`);
  const idleDays = env.SECONDROUND_SESSION_IDLE_DAYS ? Number(env.SECONDROUND_SESSION_IDLE_DAYS) : 7;
  if (!(idleDays > 0 && idleDays <= 30)) throw new Error('SECONDROUND_SESSION_IDLE_DAYS must be a number of days from 1 to 30');
  return { signup, idleDays, publicUrl: env.SECONDROUND_PUBLIC_URL?.replace(/\/+$/, '') || null, mailer: operatorMailer(env), now: () => new Date() };
}

/**
 * The operator's SMTP server (`SECONDROUND_SMTP_URL=smtps://user:pass@mail.example.org:465`, sender
 * `SECONDROUND_SMTP_FROM`): unlike a person's own SMTP settings it is trusted, set by whoever runs
 * the server.
 */
export function operatorMailer(env: NodeJS.ProcessEnv): Mailer | null {
  const url = env.SECONDROUND_SMTP_URL;
  if (!url) return null;
  const from = env.SECONDROUND_SMTP_FROM;
  if (!from) throw new Error('SECONDROUND_SMTP_URL is set: set SECONDROUND_SMTP_FROM to the sender address too');
  return {
    async send(message) {
      const transport = nodemailer.createTransport(url);
      try {
        await transport.sendMail({ from, ...message });
      } finally {
        transport.close();
      }
    },
  };
}

let dummyHash: Promise<string> | null = null;
// Hashing leaves one core free for everyone else's requests (at least one hash at a time).
const hashing = limitConcurrency(Math.max(1, availableParallelism() - 1));

/**
 * Check a password against a stored hash. Without one (no such account, or one that never set a
 * password) a throwaway hash is verified instead, so both answers take the same argon2 time and
 * the timing does not tell which e-mails have accounts.
 */
export async function checkPassword(storedHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashing(() => hash(randomBytes(16).toString('hex')));
  const target = storedHash ?? (await dummyHash);
  const ok = await hashing(() => verify(target, password)).catch(() => false);
  return storedHash !== null && ok;
}

export const hashPassword = (password: string) => hashing(() => hash(password));

const accountKey = (email: string) => `account:${normalizeEmail(email)}`;
const addressKey = (address: string) => `address:${address}`;

export interface Attempt {
  /** The attempt went well: it does not count as a failure. */
  succeeded(): Promise<void>;
}

/**
 * Start a sign-in-like attempt: it is counted as a failure under the account and the address first,
 * then the counts are read, so parallel attempts cannot all slip under the limit before any is
 * counted. Over a limit, the attempt is taken back and refused with 429 `TOO_MANY_ATTEMPTS` and the
 * seconds to wait. An attempt that goes well calls `succeeded()`. Counted in the database, so
 * every app process sees them.
 */
export async function beginAttempt(store: Store, config: AccountsConfig, keys: { email?: string; address: string }): Promise<Attempt> {
  const now = config.now();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  await store.authGuard.pruneFailures(since);
  const checks: Array<[string, number]> = [[addressKey(keys.address), MAX_FAILURES_PER_ADDRESS]];
  if (keys.email) checks.push([accountKey(keys.email), MAX_FAILURES_PER_ACCOUNT]);
  const ids = await store.authGuard.recordFailure(checks.map(([key]) => key));
  for (const [key, max] of checks) {
    const { count, oldest } = await store.authGuard.failuresSince(key, since);
    if (count > max) {
      await store.authGuard.deleteFailures(ids);
      const retryAfter = Math.max(1, Math.ceil((new Date(oldest!).getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
      throw new UserError('TOO_MANY_ATTEMPTS', `too many attempts; try again in ${Math.ceil(retryAfter / 60)} minutes`, 429, { retryAfter });
    }
  }
  return { succeeded: () => store.authGuard.deleteFailures(ids) };
}

export async function clearAccountFailures(store: Store, email: string): Promise<void> {
  await store.authGuard.clearFailures(accountKey(email));
}

/** The page a reset or set-password token opens; the token rides in the fragment, never sent to a server log. */
export function resetLink(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/reset-password#token=${token}`;
}
