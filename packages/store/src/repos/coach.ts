import { newId } from '../ids';
import type { RepoContext } from './executor';
import { normalizeEmail } from './users';

/** A share as its owner sees it: the e-mail they typed, never whether an account uses it. */
export interface CoachShareRecord {
  id: string;
  email: string;
  createdAt: string;
}

/** A person who shared their records with a coach, as the coach sees them. */
export interface SharedPerson {
  personId: string;
  email: string | null;
  sharedAt: string;
}

/**
 * Read-only shares with coaches. A share binds to the account that used the e-mail when it was
 * made: an account created later with that e-mail gets nothing (accounts are not verified by
 * e-mail, so whoever signs up first with an address must not inherit what was meant for someone).
 */
export function coachRepo({ db, clock }: RepoContext) {
  return {
    /**
     * Share the owner's records with the account using `email`. Sharing again with the same
     * e-mail keeps the one share, binding it to the account if one now uses the e-mail.
     * `'self'` when the e-mail is the owner's own.
     */
    async share(ownerId: string, email: string): Promise<CoachShareRecord | 'self'> {
      const coachEmail = normalizeEmail(email);
      const account = await db.selectFrom('users').select('id').where('email', '=', coachEmail).executeTakeFirst();
      if (account?.id === ownerId) return 'self';
      const coachId = account?.id ?? null;
      await db
        .insertInto('coachShares')
        .values({ id: newId(), ownerId, coachEmail, coachId, createdAt: clock().toISOString() })
        .onConflict((oc) => oc.columns(['ownerId', 'coachEmail']).doNothing())
        .execute();
      // Run whether or not an account uses the e-mail, so both answers cost the same queries.
      await db.updateTable('coachShares').set({ coachId }).where('ownerId', '=', ownerId).where('coachEmail', '=', coachEmail).where('coachId', 'is', null).execute();
      const row = await db.selectFrom('coachShares').select(['id', 'coachEmail', 'createdAt']).where('ownerId', '=', ownerId).where('coachEmail', '=', coachEmail).executeTakeFirstOrThrow();
      return { id: row.id, email: row.coachEmail, createdAt: row.createdAt };
    },

    async listShares(ownerId: string): Promise<CoachShareRecord[]> {
      const rows = await db.selectFrom('coachShares').select(['id', 'coachEmail', 'createdAt']).where('ownerId', '=', ownerId).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
      return rows.map((r) => ({ id: r.id, email: r.coachEmail, createdAt: r.createdAt }));
    },

    /** End a share at once (the next request of the coach is refused); false when there is none. */
    async revoke(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('coachShares').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /** The people who shared with this coach, by e-mail; disabled accounts are left out. */
    async peopleFor(coachId: string): Promise<SharedPerson[]> {
      const rows = await db
        .selectFrom('coachShares')
        .innerJoin('users', 'users.id', 'coachShares.ownerId')
        .select(['coachShares.ownerId', 'users.email', 'coachShares.createdAt'])
        .where('coachShares.coachId', '=', coachId)
        .where('users.disabledAt', 'is', null)
        .orderBy('users.email')
        .orderBy('coachShares.ownerId')
        .execute();
      return rows.map((r) => ({ personId: r.ownerId, email: r.email, sharedAt: r.createdAt }));
    },

    /** The person, if they share with this coach now (read on every request, so a revoke is immediate). */
    async sharedPerson(coachId: string, personId: string): Promise<SharedPerson | null> {
      const row = await db
        .selectFrom('coachShares')
        .innerJoin('users', 'users.id', 'coachShares.ownerId')
        .select(['coachShares.ownerId', 'users.email', 'coachShares.createdAt'])
        .where('coachShares.coachId', '=', coachId)
        .where('coachShares.ownerId', '=', personId)
        .where('users.disabledAt', 'is', null)
        .executeTakeFirst();
      return row ? { personId: row.ownerId, email: row.email, sharedAt: row.createdAt } : null;
    },
  };
}
