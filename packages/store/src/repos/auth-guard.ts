import { randomBytes } from 'node:crypto';
import { newId } from '../ids';
import type { RepoContext } from './executor';
import { hashToken } from './users';

/**
 * Failed sign-in counters and one-time password-reset tokens. Both live in the database so that
 * several app processes on one PostgreSQL share them.
 */
export function authGuardRepo({ db, clock }: RepoContext) {
  return {
    /** Count one failure under each key; the ids let an attempt that turns out well take it back. */
    async recordFailure(keys: readonly string[]): Promise<string[]> {
      const at = clock().toISOString();
      const rows = keys.map((key) => ({ id: newId(), key, at }));
      await db.insertInto('authFailures').values(rows).execute();
      return rows.map((r) => r.id);
    },

    async deleteFailures(ids: readonly string[]): Promise<void> {
      if (ids.length > 0) await db.deleteFrom('authFailures').where('id', 'in', ids).execute();
    },

    /** Failures of `key` since `since`, and the oldest of them (to say when the window frees up). */
    async failuresSince(key: string, since: Date): Promise<{ count: number; oldest: string | null }> {
      const row = await db
        .selectFrom('authFailures')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
        .where('key', '=', key)
        .where('at', '>', since.toISOString())
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), oldest: (row.oldest as string | null) ?? null };
    },

    async clearFailures(key: string): Promise<void> {
      await db.deleteFrom('authFailures').where('key', '=', key).execute();
    },

    /** Forget failures older than `before` (they no longer count). */
    async pruneFailures(before: Date): Promise<void> {
      await db.deleteFrom('authFailures').where('at', '<=', before.toISOString()).execute();
    },

    /** A new one-time token for `userId`, valid `ttlMs`; earlier unused tokens of the user stop working. */
    async createResetToken(userId: string, ttlMs: number): Promise<{ token: string; expiresAt: string }> {
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      await db.deleteFrom('passwordResets').where('userId', '=', userId).execute();
      await db.insertInto('passwordResets').values({ id: hashToken(token), userId, createdAt: now.toISOString(), expiresAt, usedAt: null }).execute();
      return { token, expiresAt };
    },

    /** The user a reset token belongs to, marking it used; null when unknown, used or expired. */
    async consumeResetToken(token: string): Promise<string | null> {
      const id = hashToken(token);
      const now = clock().toISOString();
      // One conditional UPDATE: of two requests racing with the same token, only one changes the row.
      const result = await db.updateTable('passwordResets').set({ usedAt: now }).where('id', '=', id).where('usedAt', 'is', null).where('expiresAt', '>', now).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return null;
      return (await db.selectFrom('passwordResets').select('userId').where('id', '=', id).executeTakeFirst())?.userId ?? null;
    },
  };
}
