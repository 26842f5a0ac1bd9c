import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../ids';
import type { RepoContext } from './executor';

/** A pairing token as listed: never the token itself, which is shown once when created. */
export interface ClipperTokenRecord {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const TOKEN_PREFIX = 'srclip_';

/**
 * The stored form of a token. Tokens are 256 random bits, so a fast hash is enough: there is no
 * password to guess from it (a slow hash such as argon2 protects low-entropy secrets).
 */
export function hashClipperToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const COLUMNS = ['id', 'name', 'createdAt', 'lastUsedAt'] as const;

/** Pairing tokens of the browser clipper, and the lookup of an application by its listing's address. */
export function clipperRepo({ db, clock }: RepoContext) {
  return {
    async createToken(ownerId: string, name: string): Promise<{ token: string; record: ClipperTokenRecord }> {
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const record = { id: newId(), name, createdAt: clock().toISOString(), lastUsedAt: null };
      await db.insertInto('clipperTokens').values({ ...record, ownerId, tokenHash: hashClipperToken(token), revokedAt: null }).execute();
      return { token, record };
    },

    async listTokens(ownerId: string): Promise<ClipperTokenRecord[]> {
      return db.selectFrom('clipperTokens').select(COLUMNS).where('ownerId', '=', ownerId).where('revokedAt', 'is', null).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
    },

    /** Revoke one of the owner's tokens; false when there is no such live token. */
    async revokeToken(ownerId: string, id: string): Promise<boolean> {
      const res = await db.updateTable('clipperTokens').set({ revokedAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    /** The owner a live token belongs to (an account that is not disabled), or null. Notes the use. */
    async ownerForToken(token: string): Promise<string | null> {
      if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
      const row = await db
        .selectFrom('clipperTokens')
        .innerJoin('users', 'users.id', 'clipperTokens.ownerId')
        .select(['clipperTokens.id', 'clipperTokens.ownerId'])
        .where('clipperTokens.tokenHash', '=', hashClipperToken(token))
        .where('clipperTokens.revokedAt', 'is', null)
        .where('users.disabledAt', 'is', null)
        .executeTakeFirst();
      if (!row) return null;
      await db.updateTable('clipperTokens').set({ lastUsedAt: clock().toISOString() }).where('id', '=', row.id).execute();
      return row.ownerId;
    },

    /** The owner's application saved from this (canonical) listing address, oldest first, if any. */
    async applicationForUrl(ownerId: string, url: string): Promise<{ id: string; company: string; role: string } | null> {
      const row = await db.selectFrom('applications').select(['id', 'company', 'role']).where('ownerId', '=', ownerId).where('listingUrl', '=', url).orderBy('createdAt').orderBy('id').executeTakeFirst();
      return row ?? null;
    },
  };
}
