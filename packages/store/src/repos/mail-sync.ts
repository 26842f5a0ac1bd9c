import { MAIL_SYNC_STALE_MS, nextMailCheckAt, type MailSyncCounts, type StoredMailSyncRun } from '@secondround/core';
import { newId } from '../ids';
import type { RepoContext } from './executor';

/** Where sync stopped in one folder. */
export interface MailSyncCursor {
  uidValidity: string;
  lastUid: number;
}

/** A person's periodic check for new mail. */
export interface MailSyncSchedule {
  ownerId: string;
  everyHours: number;
  /** When the next check is due (ISO instant). */
  nextCheckAt: string;
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

    /** The owner's sync run (the last one, or the one going on), or null when none ever ran. */
    async getRun(ownerId: string): Promise<StoredMailSyncRun | null> {
      const r = await db.selectFrom('mailSyncRuns').selectAll().where('ownerId', '=', ownerId).executeTakeFirst();
      if (!r) return null;
      return {
        state: r.state,
        requestedAt: r.requestedAt,
        startedAt: r.startedAt,
        heartbeatAt: r.heartbeatAt,
        finishedAt: r.finishedAt,
        counts: { read: Number(r.readCount), imported: Number(r.imported), duplicates: Number(r.duplicates), proposed: Number(r.proposed), failed: Number(r.failed), bytes: Number(r.bytes) },
        error: r.errorCode ? { code: r.errorCode, message: r.errorMessage ?? '' } : null,
      };
    },

    /**
     * Queue a run for the owner unless one is queued or running (and alive): true when this call
     * queued it. Each statement decides alone, so of two processes asking at once one wins.
     */
    async requestRun(ownerId: string): Promise<boolean> {
      const now = clock();
      const at = now.toISOString();
      const stale = new Date(now.getTime() - MAIL_SYNC_STALE_MS).toISOString();
      const fresh = { state: 'queued', requestedAt: at, startedAt: null, heartbeatAt: at, readCount: 0, imported: 0, duplicates: 0, proposed: 0, failed: 0, bytes: 0, errorCode: null, errorMessage: null };
      const updated = await db
        .updateTable('mailSyncRuns')
        .set(fresh)
        .where('ownerId', '=', ownerId)
        .where((eb) => eb.or([eb('state', 'in', ['done', 'failed']), eb('heartbeatAt', '<', stale)]))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) return true;
      const inserted = await db.insertInto('mailSyncRuns').values({ ownerId, ...fresh, finishedAt: null }).onConflict((oc) => oc.column('ownerId').doNothing()).executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /** Take the queued run to work on it (or one whose worker died): false when there is none. */
    async claimRun(ownerId: string): Promise<boolean> {
      const now = clock();
      const at = now.toISOString();
      const stale = new Date(now.getTime() - MAIL_SYNC_STALE_MS).toISOString();
      const r = await db
        .updateTable('mailSyncRuns')
        .set({ state: 'running', startedAt: at, heartbeatAt: at })
        .where('ownerId', '=', ownerId)
        .where((eb) => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('heartbeatAt', '<', stale)])]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /** What the running run counted so far; `requeue` hands it to the next job (it goes on there). */
    async runProgress(ownerId: string, counts: MailSyncCounts, requeue = false): Promise<void> {
      await db
        .updateTable('mailSyncRuns')
        .set({ ...runCounts(counts), heartbeatAt: clock().toISOString(), ...(requeue ? { state: 'queued' } : {}) })
        .where('ownerId', '=', ownerId)
        .where('state', '=', 'running')
        .execute();
    },

    /** End the running run, with what it counted and why it stopped (null when it finished). */
    async finishRun(ownerId: string, counts: MailSyncCounts, error: { code: string; message: string } | null): Promise<void> {
      const at = clock().toISOString();
      await db
        .updateTable('mailSyncRuns')
        .set({ ...runCounts(counts), state: error ? 'failed' : 'done', heartbeatAt: at, finishedAt: at, errorCode: error?.code.slice(0, 100) ?? null, errorMessage: error?.message.slice(0, 2_000) ?? null })
        .where('ownerId', '=', ownerId)
        .where('state', 'in', ['running', 'queued'])
        .execute();
    },

    /** The owner's "check for new mail every N hours", or null when it is off. */
    async getSchedule(ownerId: string): Promise<MailSyncSchedule | null> {
      const r = await db.selectFrom('mailSyncSchedules').select(['ownerId', 'everyHours', 'nextCheckAt']).where('ownerId', '=', ownerId).executeTakeFirst();
      return r ? { ownerId: r.ownerId, everyHours: Number(r.everyHours), nextCheckAt: r.nextCheckAt } : null;
    },

    /** Turn the periodic check on, the first one `everyHours` from now, or off (null). */
    async setSchedule(ownerId: string, everyHours: number | null): Promise<MailSyncSchedule | null> {
      if (everyHours === null) {
        await db.deleteFrom('mailSyncSchedules').where('ownerId', '=', ownerId).execute();
        return null;
      }
      const now = clock();
      const values = { everyHours, nextCheckAt: nextMailCheckAt(now, everyHours).toISOString(), updatedAt: now.toISOString() };
      await db.insertInto('mailSyncSchedules').values({ ownerId, ...values }).onConflict((oc) => oc.column('ownerId').doUpdateSet(values)).execute();
      return { ownerId, everyHours, nextCheckAt: values.nextCheckAt };
    },

    /** The schedules due now (the longest overdue first), at most `limit` of them. */
    async dueSchedules(limit: number): Promise<MailSyncSchedule[]> {
      const rows = await db.selectFrom('mailSyncSchedules').select(['ownerId', 'everyHours', 'nextCheckAt']).where('nextCheckAt', '<=', clock().toISOString()).orderBy('nextCheckAt').limit(limit).execute();
      return rows.map((r) => ({ ownerId: r.ownerId, everyHours: Number(r.everyHours), nextCheckAt: r.nextCheckAt }));
    },

    /**
     * Move a due check to its next time (`everyHours` from now, so a server that was down does not
     * catch up with a burst), if it is still the one `due` read: true when this call moved it, so
     * of two scans at once only one queues the check.
     */
    async takeDueCheck(due: MailSyncSchedule): Promise<boolean> {
      const now = clock();
      const r = await db
        .updateTable('mailSyncSchedules')
        .set({ nextCheckAt: nextMailCheckAt(now, due.everyHours).toISOString(), updatedAt: now.toISOString() })
        .where('ownerId', '=', due.ownerId)
        .where('nextCheckAt', '=', due.nextCheckAt)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /** Forget every place of the owner (the account was removed or changed). */
    async clear(ownerId: string): Promise<number> {
      const r = await db.deleteFrom('mailSyncCursors').where('ownerId', '=', ownerId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

function runCounts(c: MailSyncCounts) {
  return { readCount: c.read, imported: c.imported, duplicates: c.duplicates, proposed: c.proposed, failed: c.failed, bytes: c.bytes };
}
