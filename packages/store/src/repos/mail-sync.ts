import { newId } from '../ids';
import type { RepoContext } from './executor';

/** Where sync stopped in one folder. */
export interface MailSyncCursor {
  uidValidity: string;
  lastUid: number;
}

/** Places of IMAP sync, per owner, account and folder. */
export function mailSyncRepo({ db, clock }: RepoContext) {
  return {
    async getCursor(ownerId: string, account: string, folder: string): Promise<MailSyncCursor | null> {
      const row = await db.selectFrom('mailSyncCursors').select(['uidValidity', 'lastUid']).where('ownerId', '=', ownerId).where('account', '=', account).where('folder', '=', folder).executeTakeFirst();
      // bigint comes back as a string on PostgreSQL.
      return row ? { uidValidity: row.uidValidity, lastUid: Number(row.lastUid) } : null;
    },

    /** Record the new place of a folder (a new UIDVALIDITY replaces the old place). */
    async saveCursor(ownerId: string, account: string, folder: string, cursor: MailSyncCursor): Promise<void> {
      const updatedAt = clock().toISOString();
      await db
        .insertInto('mailSyncCursors')
        .values({ id: newId(), ownerId, account, folder, uidValidity: cursor.uidValidity, lastUid: cursor.lastUid, updatedAt })
        .onConflict((oc) => oc.columns(['ownerId', 'account', 'folder']).doUpdateSet({ uidValidity: cursor.uidValidity, lastUid: cursor.lastUid, updatedAt }))
        .execute();
    },

    /** Forget every place of the owner (the account was removed or changed). */
    async clear(ownerId: string): Promise<number> {
      const r = await db.deleteFrom('mailSyncCursors').where('ownerId', '=', ownerId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
