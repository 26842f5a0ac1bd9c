import {
  interviewDay,
  interviewEndsAfterStart,
  roundEventFor,
  sameInterviewerName,
  stageForRound,
  UserError,
  type Interview,
  type InterviewDetail,
  type InterviewInput,
  type InterviewPatch,
  type Interviewer,
  type InterviewerInput,
  type InterviewerPatch,
  type Stage,
} from '@secondround/core';
import { newId } from '../ids';
import type { Executor, RepoContext } from './executor';

export const INTERVIEW_COLUMNS = ['id', 'applicationId', 'round', 'kind', 'startsAt', 'endsAt', 'timeZone', 'format', 'location', 'notes', 'createdAt', 'updatedAt'] as const;
export const INTERVIEWER_COLUMNS = ['id', 'interviewId', 'name', 'title', 'email', 'pronunciation', 'notes', 'createdAt'] as const;

/** Interview rounds of one owner's applications, with their interviewers. */
export function interviewsRepo({ db, clock }: RepoContext) {
  async function getOne(ownerId: string, id: string): Promise<Interview | null> {
    const row = await db.selectFrom('interviews').select(INTERVIEW_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
    return (row as Interview | undefined) ?? null;
  }
  async function interviewersOf(ownerId: string, interviewIds: string[]): Promise<Interviewer[]> {
    if (interviewIds.length === 0) return [];
    return db
      .selectFrom('interviewers')
      .select(INTERVIEWER_COLUMNS)
      .where('ownerId', '=', ownerId)
      .where('interviewId', 'in', interviewIds)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
  }
  /** One person once per round: a second "Dana Reyes" is refused with a message, not merged silently. */
  async function refuseDuplicate(ownerId: string, interviewId: string, name: string, exceptId: string | null): Promise<void> {
    const names = await db.selectFrom('interviewers').select(['id', 'name']).where('ownerId', '=', ownerId).where('interviewId', '=', interviewId).execute();
    const twin = names.find((p) => p.id !== exceptId && sameInterviewerName(p.name, name));
    if (twin) throw new UserError('DUPLICATE_INTERVIEWER', `${twin.name} is already on this round; edit that entry instead of adding the name twice.`, 409);
  }
  return {
    async create(ownerId: string, applicationId: string, input: InterviewInput): Promise<Interview | null> {
      const app = await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', applicationId).executeTakeFirst();
      if (!app) return null;
      const now = clock().toISOString();
      const row = { id: newId(), ownerId, applicationId, ...input, location: input.location ?? null, notes: input.notes ?? null, createdAt: now, updatedAt: now };
      await atomically(db, async (tx) => {
        await tx.insertInto('interviews').values(row).execute();
        await syncRoundEvent(tx, ownerId, applicationId, null, row, now);
      });
      const { ownerId: _o, ...interview } = row;
      return interview;
    },

    async get(ownerId: string, id: string): Promise<InterviewDetail | null> {
      const interview = await getOne(ownerId, id);
      if (!interview) return null;
      return { ...interview, interviewers: await interviewersOf(ownerId, [id]) };
    },

    async listForApplication(ownerId: string, applicationId: string): Promise<InterviewDetail[]> {
      const rows = (await db
        .selectFrom('interviews')
        .select(INTERVIEW_COLUMNS)
        .where('ownerId', '=', ownerId)
        .where('applicationId', '=', applicationId)
        .orderBy('startsAt')
        .orderBy('id')
        .execute()) as Interview[];
      const people = await interviewersOf(ownerId, rows.map((r) => r.id));
      return rows.map((r) => ({ ...r, interviewers: people.filter((p) => p.interviewId === r.id) }));
    },

    async update(ownerId: string, id: string, patch: InterviewPatch): Promise<Interview | null> {
      const current = await getOne(ownerId, id);
      if (!current) return null;
      const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const merged = { ...current, ...values };
      if (!interviewEndsAfterStart(merged)) throw new UserError('VALIDATION', 'endsAt must be after startsAt', 422);
      const now = clock().toISOString();
      await atomically(db, async (tx) => {
        await tx.updateTable('interviews').set({ ...values, updatedAt: now }).where('ownerId', '=', ownerId).where('id', '=', id).execute();
        // A rescheduled round moves the stage event it implied to its new day.
        await syncRoundEvent(tx, ownerId, current.applicationId, current, merged, now);
      });
      return getOne(ownerId, id);
    },

    async remove(ownerId: string, id: string): Promise<boolean> {
      const current = await getOne(ownerId, id);
      if (!current) return false;
      return atomically(db, async (tx) => {
        const res = await tx.deleteFrom('interviews').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
        await syncRoundEvent(tx, ownerId, current.applicationId, current, null, clock().toISOString());
        return Number(res.numDeletedRows) > 0;
      });
    },

    async addInterviewer(ownerId: string, interviewId: string, input: InterviewerInput): Promise<Interviewer | null> {
      if (!(await getOne(ownerId, interviewId))) return null;
      await refuseDuplicate(ownerId, interviewId, input.name, null);
      // The round's people are listed in the order they were added (by createdAt, then id): two added
      // in the same millisecond (quick add's "Ana Ruiz, Tom Lee") keep their order by the time-ordered id.
      const row = { id: newId(), ownerId, interviewId, ...input, createdAt: clock().toISOString() };
      await db.insertInto('interviewers').values(row).execute();
      const { ownerId: _o, ...person } = row;
      return person;
    },

    async updateInterviewer(ownerId: string, id: string, patch: InterviewerPatch): Promise<Interviewer | null> {
      const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      if (patch.name !== undefined) {
        const person = await db.selectFrom('interviewers').select('interviewId').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
        if (!person) return null;
        await refuseDuplicate(ownerId, person.interviewId, patch.name, id);
      }
      if (Object.keys(values).length > 0) {
        const res = await db.updateTable('interviewers').set(values).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) return null;
      }
      return (await db.selectFrom('interviewers').select(INTERVIEWER_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst()) ?? null;
    },

    async removeInterviewer(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('interviewers').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}

type RoundFacts = { round: number; startsAt: string; timeZone: string };

async function atomically<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/**
 * Keep the stage history in step with the interviews: recording round N adds a round-N event on
 * the interview's day (unless the history already reached it); rescheduling or deleting the
 * interview takes back the event it implied, unless another interview still implies it.
 */
async function syncRoundEvent(db: Executor, ownerId: string, applicationId: string, before: RoundFacts | null, after: RoundFacts | null, now: string): Promise<void> {
  if (before && after && before.round === after.round && interviewDay(before) === interviewDay(after)) return;
  if (before) {
    const stage = stageForRound(before.round);
    const day = interviewDay(before);
    const others = await db.selectFrom('interviews').select(['round', 'startsAt', 'timeZone']).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).execute();
    // Runs after the write: what is left in the table is what still implies an event.
    const stillImplied = others.some((o) => stageForRound(o.round) === stage && interviewDay(o) === day);
    if (!stillImplied) {
      await db.deleteFrom('stageEvents').where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).where('stage', '=', stage).where('date', '=', day).execute();
    }
  }
  if (after) {
    const events = await db.selectFrom('stageEvents').select('stage').where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).execute();
    // Stages are written through the zod schema only, so the column holds known stages.
    const event = roundEventFor(after, events as Array<{ stage: Stage }>);
    if (event) await db.insertInto('stageEvents').values({ id: newId(), ownerId, applicationId, ...event, createdAt: now }).execute();
  }
  await db.updateTable('applications').set({ updatedAt: now }).where('ownerId', '=', ownerId).where('id', '=', applicationId).execute();
}
