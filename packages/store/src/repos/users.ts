import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../ids';
import type { RepoContext } from './executor';

/** The implicit owner of everything in personal mode. */
export const LOCAL_OWNER_ID = 'local';

/** Sessions last 30 days from sign-in. */
export const SESSION_DAYS = 30;

export interface User {
  id: string;
  email: string | null;
}

/** Accounts and sessions. Session tokens are random; only their SHA-256 is stored. */
export function usersRepo({ db, clock }: RepoContext) {
  return {
    async ensureLocalOwner(): Promise<void> {
      const row = await db.selectFrom('users').select('id').where('id', '=', LOCAL_OWNER_ID).executeTakeFirst();
      if (!row) await db.insertInto('users').values({ id: LOCAL_OWNER_ID, email: null, passwordHash: null, createdAt: clock().toISOString() }).onConflict((oc) => oc.column('id').doNothing()).execute();
    },

    async create(email: string, passwordHash: string): Promise<User | null> {
      const normalized = email.trim().toLowerCase();
      const existing = await db.selectFrom('users').select('id').where('email', '=', normalized).executeTakeFirst();
      if (existing) return null;
      const user = { id: newId(), email: normalized, passwordHash, createdAt: clock().toISOString() };
      await db.insertInto('users').values(user).execute();
      return { id: user.id, email: user.email };
    },

    async findById(id: string): Promise<User | null> {
      return (await db.selectFrom('users').select(['id', 'email']).where('id', '=', id).executeTakeFirst()) ?? null;
    },

    async findByEmail(email: string): Promise<(User & { passwordHash: string | null }) | null> {
      return (await db.selectFrom('users').select(['id', 'email', 'passwordHash']).where('email', '=', email.trim().toLowerCase()).executeTakeFirst()) ?? null;
    },

    async createSession(userId: string): Promise<{ token: string; expiresAt: string }> {
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
      await db.insertInto('sessions').values({ id: hashToken(token), userId, createdAt: now.toISOString(), expiresAt }).execute();
      return { token, expiresAt };
    },

    async userForSession(token: string): Promise<User | null> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .select(['users.id', 'users.email', 'sessions.expiresAt'])
        .where('sessions.id', '=', hashToken(token))
        .executeTakeFirst();
      if (!row || row.expiresAt <= clock().toISOString()) return null;
      return { id: row.id, email: row.email };
    },

    async deleteSession(token: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
    },
  };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
