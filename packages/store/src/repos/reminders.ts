import { digestSettingsSchema, settingsSchema, type DigestSettings, type Settings } from '@secondround/core';
import type { RepoContext } from './executor';

/**
 * Which reminder mails went out. A mail is claimed before it is sent (an insert that only one
 * process can win), marked sent after, and released when the SMTP server refused it so a later
 * tick tries again: at most once, even across restarts and several app processes.
 */
export function remindersRepo({ db, clock }: RepoContext) {
  return {
    /** True when this call claimed `key` for `ownerId`; false when it was claimed before. */
    async claim(ownerId: string, key: string, kind: string): Promise<boolean> {
      const result = await db
        .insertInto('remindersSent')
        .values({ ownerId, key, kind, claimedAt: clock().toISOString(), sentAt: null })
        .onConflict((oc) => oc.columns(['ownerId', 'key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async markSent(ownerId: string, key: string): Promise<void> {
      await db.updateTable('remindersSent').set({ sentAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('key', '=', key).execute();
    },

    /** Give a claim back after a failed send, so the mail is tried again later. */
    async release(ownerId: string, key: string): Promise<void> {
      await db.deleteFrom('remindersSent').where('ownerId', '=', ownerId).where('key', '=', key).where('sentAt', 'is', null).execute();
    },

    async list(ownerId: string): Promise<Array<{ key: string; kind: string; claimedAt: string; sentAt: string | null }>> {
      return db.selectFrom('remindersSent').select(['key', 'kind', 'claimedAt', 'sentAt']).where('ownerId', '=', ownerId).orderBy('claimedAt').orderBy('key').execute();
    },

    /** Owners who turned the reminders on, with their settings (the JSON is read here, not in SQL, to stay one query on both backends). */
    async ownersWithDigest(): Promise<Array<{ ownerId: string; settings: Settings & { digest: DigestSettings } }>> {
      const rows = await db.selectFrom('settings').select(['ownerId', 'data']).where('data', 'like', '%"digest"%').execute();
      const out: Array<{ ownerId: string; settings: Settings & { digest: DigestSettings } }> = [];
      for (const row of rows) {
        const parsed = settingsSchema.safeParse(JSON.parse(row.data));
        if (!parsed.success || !parsed.data.digest) continue;
        const digest = digestSettingsSchema.safeParse(parsed.data.digest);
        if (digest.success && digest.data.enabled) out.push({ ownerId: row.ownerId, settings: { ...parsed.data, digest: digest.data } });
      }
      return out;
    },
  };
}
