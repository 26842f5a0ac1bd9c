import { ALL_STAGES, stageRank, type Stage, type StageEvent, type StageEventInput, type StageEventPatch } from '@secondround/core';
import { sql } from 'kysely';
import { newId } from '../ids';
import type { RepoContext } from './executor';
import { decodeCursor, encodeCursor } from './cursor';

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

    /**
     * One page of an application's history, newest first: the reverse of the order the facts
     * happened in (`sortEvents`: day, then funnel rank, then when entered). Keyset paging on that
     * order, so a page costs the same at any depth. Null when the application is not the owner's.
     */
    async listPage(ownerId: string, applicationId: string, page: { cursor?: string | undefined; limit: number }): Promise<{ events: StageEvent[]; nextCursor: string | null } | null> {
      const app = await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', applicationId).executeTakeFirst();
      if (!app) return null;
      const after = page.cursor ? decodeEventCursor(page.cursor) : null;
      let q = db.selectFrom('stageEvents').select(EVENT_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId);
      if (after) q = q.where(sql<boolean>`(date, ${RANK_SQL}, created_at, id) < (${after.date}, ${after.rank}, ${after.createdAt}, ${after.id})`);
      const rows = (await q.orderBy('date', 'desc').orderBy(RANK_SQL, 'desc').orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()) as EventRow[];
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { events: shown, nextCursor: rows.length > page.limit && last ? encodeEventCursor(last) : null };
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

/** A stage's funnel rank in SQL, from the one list in core (constants only, nothing a user sent). */
const RANK_SQL = sql<number>`(case stage ${sql.raw(ALL_STAGES.map((s) => `when '${s}' then ${stageRank(s)}`).join(' '))} else 99 end)`;

function encodeEventCursor(e: EventRow): string {
  return encodeCursor([e.date, stageRank(e.stage), e.createdAt, e.id]);
}

function decodeEventCursor(cursor: string): { date: string; rank: number; createdAt: string; id: string } {
  const [date, rank, createdAt, id] = decodeCursor(cursor, 'snss') as [string, number, string, string];
  return { date, rank, createdAt, id };
}
