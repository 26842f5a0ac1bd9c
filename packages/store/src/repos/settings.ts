import { mergeSettings, settingsSchema, type Settings } from '@secondround/core';
import type { RepoContext } from './executor';

export const SETTINGS_COLUMNS = ['id', 'data', 'updatedAt'] as const;

/** A person's settings, one JSON document per owner. */
export function settingsRepo({ db, clock }: RepoContext) {
  return {
    async get(ownerId: string): Promise<Settings> {
      const row = await db.selectFrom('settings').select('data').where('ownerId', '=', ownerId).executeTakeFirst();
      if (!row) return {};
      // Keys a later version wrote and this one does not know are dropped rather than failing.
      const parsed = settingsSchema.safeParse(JSON.parse(row.data));
      return parsed.success ? parsed.data : {};
    },

    async update(ownerId: string, patch: Record<string, unknown>): Promise<Settings> {
      const next = mergeSettings(await this.get(ownerId), patch);
      const now = clock().toISOString();
      await db
        .insertInto('settings')
        .values({ id: ownerId, ownerId, data: JSON.stringify(next), updatedAt: now })
        .onConflict((oc) => oc.column('id').doUpdateSet({ data: JSON.stringify(next), updatedAt: now }))
        .execute();
      return next;
    },
  };
}
