import { newId } from '../ids';
import type { Executor, RepoContext } from './executor';

export type UsageKind = 'upload' | 'scan';

export type UsageTake = { isTaken: true; id: string } | { isTaken: false; retryAfterMs: number };

/**
 * Per-account allowances kept in the database (uploads per hour, scans at once), so they hold
 * across restarts and across every app process on one PostgreSQL. Each use is a row that holds
 * one unit until it expires or is given back.
 */
export function usageRepo({ db, clock }: RepoContext) {
  return {
    /**
     * Take one unit of `kind` for `ownerId`, held for `ttlMs`, when fewer than `cap` are held;
     * refused, nothing is kept and `retryAfterMs` says when the oldest held unit frees up. The
     * count and the write are one transaction that first locks the owner's row, so requests
     * racing for the last unit queue behind each other, whichever processes serve them: exactly
     * `cap` get through.
     */
    async take(ownerId: string, kind: UsageKind, cap: number, ttlMs: number, now = clock()): Promise<UsageTake> {
      const at = now.toISOString();
      const run = async (tx: Executor): Promise<UsageTake> => {
        // A write to the owner's own row: a row lock on PostgreSQL, the write lock on SQLite.
        await tx.updateTable('users').set((eb) => ({ id: eb.ref('id') })).where('id', '=', ownerId).execute();
        await tx.deleteFrom('usageLeases').where('ownerId', '=', ownerId).where('kind', '=', kind).where('expiresAt', '<=', at).execute();
        const row = await tx
          .selectFrom('usageLeases')
          .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expiresAt').as('first')])
          .where('ownerId', '=', ownerId)
          .where('kind', '=', kind)
          .executeTakeFirstOrThrow();
        // count() is a string on PostgreSQL and a number on SQLite.
        if (Number(row.n) >= cap) {
          const first = (row.first as string | null) ?? null;
          return { isTaken: false, retryAfterMs: first ? Math.max(0, Date.parse(first) - now.getTime()) : 0 };
        }
        const id = newId();
        await tx.insertInto('usageLeases').values({ id, ownerId, kind, at, expiresAt: new Date(now.getTime() + ttlMs).toISOString() }).execute();
        return { isTaken: true, id };
      };
      return db.isTransaction ? run(db) : db.transaction().execute(run);
    },

    /** Give a unit back before it expires (a scan that ended). */
    async release(id: string): Promise<void> {
      await db.deleteFrom('usageLeases').where('id', '=', id).execute();
    },

    /** Units of `kind` the owner holds now. */
    async held(ownerId: string, kind: UsageKind, now = clock()): Promise<number> {
      const row = await db.selectFrom('usageLeases').select((eb) => eb.fn.countAll().as('n')).where('ownerId', '=', ownerId).where('kind', '=', kind).where('expiresAt', '>', now.toISOString()).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
