import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../ids';
import type { RepoContext } from './executor';

/** The implicit owner of everything in personal mode. */
export const LOCAL_OWNER_ID = 'local';

/** A session ends 30 days after sign-in whatever its use (absolute timeout). */
export const SESSION_DAYS = 30;
/** A session unused this long ends (idle timeout); the server may pass its own setting. */
export const DEFAULT_IDLE_DAYS = 7;
/** A session's last use is written at most this often, so every request is not a write. */
const TOUCH_EVERY_MS = 60_000;

export interface User {
  id: string;
  email: string | null;
}

export interface AccountRow extends User {
  passwordHash: string | null;
  disabledAt: string | null;
}

/** Accounts and sessions. Session tokens are random; only their SHA-256 is stored. */
export function usersRepo({ db, clock }: RepoContext) {
  return {
    async ensureLocalOwner(): Promise<void> {
      const row = await db.selectFrom('users').select('id').where('id', '=', LOCAL_OWNER_ID).executeTakeFirst();
      if (!row) await db.insertInto('users').values({ id: LOCAL_OWNER_ID, email: null, passwordHash: null, createdAt: clock().toISOString() }).onConflict((oc) => oc.column('id').doNothing()).execute();
    },

    /** A new account, or null when the e-mail is taken. `passwordHash` null: set later by a one-time link. */
    async create(email: string, passwordHash: string | null): Promise<User | null> {
      const normalized = normalizeEmail(email);
      const existing = await db.selectFrom('users').select('id').where('email', '=', normalized).executeTakeFirst();
      if (existing) return null;
      const user = { id: newId(), email: normalized, passwordHash, createdAt: clock().toISOString() };
      await db.insertInto('users').values(user).execute();
      return { id: user.id, email: user.email };
    },

    async findById(id: string): Promise<User | null> {
      return (await db.selectFrom('users').select(['id', 'email']).where('id', '=', id).executeTakeFirst()) ?? null;
    },

    async findByEmail(email: string): Promise<AccountRow | null> {
      const row = await db.selectFrom('users').select(['id', 'email', 'passwordHash', 'disabledAt']).where('email', '=', normalizeEmail(email)).executeTakeFirst();
      return row ? { ...row, disabledAt: row.disabledAt ?? null } : null;
    },

    async passwordHashOf(userId: string): Promise<string | null> {
      return (await db.selectFrom('users').select('passwordHash').where('id', '=', userId).executeTakeFirst())?.passwordHash ?? null;
    },

    async setPassword(userId: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ passwordHash }).where('id', '=', userId).execute();
    },

    /** Disable (true) or enable an account; disabling ends its sessions. */
    async setDisabled(userId: string, isDisabled: boolean): Promise<void> {
      await db.updateTable('users').set({ disabledAt: isDisabled ? clock().toISOString() : null }).where('id', '=', userId).execute();
      if (isDisabled) await db.deleteFrom('sessions').where('userId', '=', userId).execute();
    },

    /** Delete an account and, by cascade, every record it owns. */
    async delete(userId: string): Promise<void> {
      if (userId === LOCAL_OWNER_ID) return;
      await db.deleteFrom('users').where('id', '=', userId).execute();
    },

    async createSession(userId: string): Promise<{ token: string; expiresAt: string }> {
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
      await db.insertInto('sessions').values({ id: hashToken(token), userId, createdAt: now.toISOString(), expiresAt, lastSeenAt: now.toISOString() }).execute();
      return { token, expiresAt };
    },

    /**
     * The signed-in user of a session token, or null when the token is unknown, past its absolute
     * end, unused for `idleDays`, or its account is disabled. Records the use.
     */
    async userForSession(token: string, idleDays = DEFAULT_IDLE_DAYS): Promise<User | null> {
      const id = hashToken(token);
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .select(['users.id', 'users.email', 'users.disabledAt', 'sessions.createdAt', 'sessions.expiresAt', 'sessions.lastSeenAt'])
        .where('sessions.id', '=', id)
        .executeTakeFirst();
      if (!row || row.disabledAt) return null;
      const now = clock();
      const lastSeen = new Date(row.lastSeenAt ?? row.createdAt).getTime();
      if (row.expiresAt <= now.toISOString() || lastSeen + idleDays * 86_400_000 <= now.getTime()) {
        await db.deleteFrom('sessions').where('id', '=', id).execute();
        return null;
      }
      if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await db.updateTable('sessions').set({ lastSeenAt: now.toISOString() }).where('id', '=', id).execute();
      return { id: row.id, email: row.email };
    },

    async deleteSession(token: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
    },

    /** End every session of a user ("sign out everywhere", password change, disable). */
    async deleteSessionsOf(userId: string): Promise<void> {
      await db.deleteFrom('sessions').where('userId', '=', userId).execute();
    },

    async countSessionsOf(userId: string): Promise<number> {
      const row = await db.selectFrom('sessions').select((eb) => eb.fn.countAll().as('n')).where('userId', '=', userId).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
