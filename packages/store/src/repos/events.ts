import type { Stage, StageEvent, StageEventInput, StageEventPatch } from '@secondround/core';
import { newId } from '../ids';
import type { RepoContext } from './executor';

export const EVENT_COLUMNS = ['id', 'applicationId', 'stage', 'date', 'reason', 'createdAt'] as const;
export type EventRow = StageEvent & { stage: Stage };

/**
 * An application's stage history. Events are appended; a correction changes an event's date or
 * reason, or removes a mistaken one, but never rewrites which stage it records.
 */
export function eventsRepo({ db, clock }: RepoContext) {
  return {
    async add(ownerId: string, applicationId: string, input: StageEventInput): Promise<StageEvent | null> {
      const app = await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', applicationId).executeTakeFirst();
      if (!app) return null;
      const row = { id: newId(), ownerId, applicationId, stage: input.stage, date: input.date, reason: input.reason ?? null, createdAt: clock().toISOString() };
      await db.insertInto('stageEvents').values(row).execute();
      await touchApplication(db, ownerId, applicationId, row.createdAt);
      const { ownerId: _o, ...event } = row;
      return event;
    },

    async update(ownerId: string, id: string, patch: StageEventPatch): Promise<StageEvent | null> {
      const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      if (Object.keys(values).length > 0) {
        const res = await db.updateTable('stageEvents').set(values).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) return null;
      }
      const row = await db.selectFrom('stageEvents').select(EVENT_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return (row as EventRow | undefined) ?? null;
    },

    async remove(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('stageEvents').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}

async function touchApplication(db: RepoContext['db'], ownerId: string, id: string, at: string): Promise<void> {
  await db.updateTable('applications').set({ updatedAt: at }).where('ownerId', '=', ownerId).where('id', '=', id).execute();
}
