import {
  debriefInputSchema,
  prepSheetFromRow,
  PrepSheetSchema,
  readFlag,
  readList,
  type Debrief,
  type DebriefCreate,
  type PrepSheetInput,
  type PrepSheetRecord,
  type StoryCreate,
  type StoryPatch,
  type StoryRecord,
  type StoryTerms,
  UserError,
} from '@secondround/core';
import { newId } from '../ids';
import type { DebriefsTable, StoriesTable } from '../schema-prep';
import { chunks, type RepoContext } from './executor';
import { decodeCursor, encodeCursor } from './cursor';
import { storyTermsColumns, storyTermsRepo } from './story-terms';

export const STORY_COLUMNS = ['id', 'title', 'situation', 'task', 'action', 'result', 'skills', 'tags', 'createdAt', 'updatedAt'] as const;
export const PREP_SHEET_COLUMNS = ['id', 'interviewId', 'data', 'updatedAt'] as const;
export const DEBRIEF_COLUMNS = ['id', 'interviewId', 'namesRight', 'researchShown', 'whyThisJobAnswered', 'fumbledQuestions', 'storiesTold', 'nextSteps', 'feeling', 'notes', 'createdAt', 'updatedAt'] as const;

type StoryRow = Pick<StoriesTable, (typeof STORY_COLUMNS)[number]>;
type DebriefRow = Pick<DebriefsTable, (typeof DEBRIEF_COLUMNS)[number]>;

function storyOf(row: StoryRow): StoryRecord {
  return { ...row, skills: readList(row.skills), tags: readList(row.tags) };
}

function debriefOf(row: DebriefRow): Debrief {
  return {
    ...row,
    namesRight: readFlag(row.namesRight),
    researchShown: readFlag(row.researchShown),
    whyThisJobAnswered: readFlag(row.whyThisJobAnswered),
    fumbledQuestions: readList(row.fumbledQuestions),
    storiesTold: readList(row.storiesTold),
  };
}

const flag = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);

/**
 * The owner's story bank in the order stories were added, read with each story's matching terms by
 * id in the same query: the kept terms as they are, stale or missing ones worked out and kept first.
 * What every reader that matches stories to a listing uses (the prep route, the thank-you composer,
 * the Diagnosis's companions), instead of running each story through the term rules per request.
 */
export function storyBankReader(ctx: RepoContext) {
  const storyTerms = storyTermsRepo(ctx);
  return async (ownerId: string): Promise<{ rows: StoryRow[]; terms: Map<string, StoryTerms> }> => {
    const read = await ctx.db.selectFrom('stories').select([...STORY_COLUMNS, 'matchTerms', 'matchTermsVersion']).where('ownerId', '=', ownerId).orderBy('createdAt').orderBy('id').execute();
    const terms = await storyTerms.ofRows(ownerId, read);
    return { rows: read.map(({ matchTerms: _terms, matchTermsVersion: _version, ...row }) => row), terms };
  };
}

/** Preparation records of one owner: the story bank, and each interview's prep sheet and debrief. */
export function prepRepo(ctx: RepoContext) {
  const { db, clock } = ctx;
  const storyBank = storyBankReader(ctx);
  async function interviewOf(ownerId: string, interviewId: string) {
    return db.selectFrom('interviews').select(['id', 'applicationId', 'startsAt', 'endsAt']).where('ownerId', '=', ownerId).where('id', '=', interviewId).executeTakeFirst();
  }
  async function peopleOf(ownerId: string, interviewId: string) {
    return db.selectFrom('interviewers').select(['interviewId', 'name', 'pronunciation', 'title', 'notes']).where('ownerId', '=', ownerId).where('interviewId', '=', interviewId).orderBy('createdAt').orderBy('id').execute();
  }
  /**
   * The story ids a sheet or debrief may keep: the owner's own. Another person's id is refused
   * (422); an id that is nobody's any more (a deleted story still ticked in an open form) is dropped.
   */
  async function ownStoryIds(ownerId: string, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await db.selectFrom('stories').select(['id', 'ownerId']).where('id', 'in', unique).execute();
    const foreign = rows.filter((r) => r.ownerId !== ownerId).map((r) => r.id);
    if (foreign.length > 0) throw new UserError('UNKNOWN_STORY', `no such story in your story bank: ${foreign.join(', ')}`, 422);
    const own = new Set(rows.map((r) => r.id));
    return ids.filter((id, i) => own.has(id) && ids.indexOf(id) === i);
  }
  function storyRow(ownerId: string, s: StoryCreate, now: string) {
    return { id: newId(), ownerId, title: s.title, situation: s.situation, task: s.task, action: s.action, result: s.result, skills: JSON.stringify(s.skills), tags: JSON.stringify(s.tags), createdAt: now, updatedAt: now };
  }
  return {
    async listStories(ownerId: string): Promise<StoryRecord[]> {
      const rows = await db.selectFrom('stories').select(STORY_COLUMNS).where('ownerId', '=', ownerId).orderBy('createdAt').orderBy('id').execute();
      return rows.map(storyOf);
    },

    /**
     * `listStories` with each story's matching terms by id, read in the same query: the kept ones
     * as they are, stale or missing ones worked out and kept first. What a listing's stories are
     * matched with, as the Diagnosis and the thank-you composer do, instead of running every story
     * through the term rules on each request.
     */
    async listStoriesWithTerms(ownerId: string): Promise<{ stories: StoryRecord[]; terms: Map<string, StoryTerms> }> {
      const { rows, terms } = await storyBank(ownerId);
      return { stories: rows.map(storyOf), terms };
    },

    /** One page of the story bank in the order stories were added, after `cursor`; `nextCursor` is null on the last page. */
    async listStoriesPage(ownerId: string, page: { cursor?: string | undefined; limit: number }): Promise<{ stories: StoryRecord[]; nextCursor: string | null }> {
      let q = db.selectFrom('stories').select(STORY_COLUMNS).where('ownerId', '=', ownerId);
      if (page.cursor) {
        const [createdAt, id] = decodeCursor(page.cursor, 'ss') as [string, string];
        q = q.where((eb) => eb.or([eb('createdAt', '>', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '>', id)])]));
      }
      const rows = await q.orderBy('createdAt').orderBy('id').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { stories: shown.map(storyOf), nextCursor: rows.length > page.limit && last ? encodeCursor([last.createdAt, last.id]) : null };
    },

    async getStory(ownerId: string, id: string): Promise<StoryRecord | null> {
      const row = await db.selectFrom('stories').select(STORY_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return row ? storyOf(row) : null;
    },

    /**
     * Add stories to the bank, each with its matching terms; several at once (an import) go in one
     * statement per chunk.
     */
    async createStories(ownerId: string, stories: StoryCreate[]): Promise<StoryRecord[]> {
      const now = clock().toISOString();
      const rows = stories.map((s) => storyRow(ownerId, s, now));
      const withTerms = [];
      for (const row of rows) withTerms.push({ ...row, ...(await storyTermsColumns(row)) });
      for (const c of chunks(withTerms)) await db.insertInto('stories').values(c).execute();
      return rows.map(({ ownerId: _o, ...r }) => storyOf(r));
    },

    async updateStory(ownerId: string, id: string, patch: StoryPatch): Promise<StoryRecord | null> {
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined) continue;
        values[k] = Array.isArray(v) ? JSON.stringify(v) : v;
      }
      // The new text's terms, worked out from the row as saved (a patch holds only some parts).
      const updatedAt = clock().toISOString();
      const res = await db.updateTable('stories').set({ ...values, updatedAt, matchTermsVersion: null }).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) return null;
      const row = await db.selectFrom('stories').select(STORY_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      await db.updateTable('stories').set(await storyTermsColumns(row)).where('ownerId', '=', ownerId).where('id', '=', id).where('updatedAt', '=', row.updatedAt).execute();
      return storyOf(row);
    },

    async removeStory(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('stories').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /**
     * The interview's prep sheet (an empty one when never saved), with the interview's
     * interviewers as they are recorded on the interview; null when the interview is not the owner's.
     */
    async getPrepSheet(ownerId: string, interviewId: string): Promise<PrepSheetRecord | null> {
      if (!(await interviewOf(ownerId, interviewId))) return null;
      const row = await db.selectFrom('prepSheets').select(PREP_SHEET_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', '=', interviewId).executeTakeFirst();
      return { interviewId, sheet: prepSheetFromRow(row ?? null, await peopleOf(ownerId, interviewId)), updatedAt: row?.updatedAt ?? null };
    },

    /** Save the whole prep sheet of an interview (interviewers are kept on the interview itself). */
    async putPrepSheet(ownerId: string, interviewId: string, input: PrepSheetInput): Promise<PrepSheetRecord | null> {
      if (!(await interviewOf(ownerId, interviewId))) return null;
      const people = await peopleOf(ownerId, interviewId);
      const storyIds = await ownStoryIds(ownerId, PrepSheetSchema.shape.storyIds.parse(input.storyIds));
      const sheet = PrepSheetSchema.parse({ ...input, storyIds, interviewers: people.map((p) => ({ name: p.name, pronunciation: p.pronunciation ?? '', title: p.title ?? '', notes: p.notes ?? '' })) });
      const data = JSON.stringify(sheet);
      const now = clock().toISOString();
      await db
        .insertInto('prepSheets')
        .values({ id: newId(), ownerId, interviewId, data, updatedAt: now })
        .onConflict((oc) => oc.column('interviewId').doUpdateSet({ data, updatedAt: now }))
        .execute();
      return { interviewId, sheet, updatedAt: now };
    },

    async getDebrief(ownerId: string, interviewId: string): Promise<Debrief | null> {
      const row = await db.selectFrom('debriefs').select(DEBRIEF_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', '=', interviewId).executeTakeFirst();
      return row ? debriefOf(row) : null;
    },

    /** Save the debrief of an interview (created the first time, replaced after); null when the interview is not the owner's. */
    async putDebrief(ownerId: string, interviewId: string, input: DebriefCreate): Promise<Debrief | null> {
      if (!(await interviewOf(ownerId, interviewId))) return null;
      const d = debriefInputSchema.parse(input);
      d.storiesTold = await ownStoryIds(ownerId, d.storiesTold);
      const now = clock().toISOString();
      const values = {
        namesRight: flag(d.namesRight),
        researchShown: flag(d.researchShown),
        whyThisJobAnswered: flag(d.whyThisJobAnswered),
        fumbledQuestions: JSON.stringify(d.fumbledQuestions),
        storiesTold: JSON.stringify(d.storiesTold),
        nextSteps: d.nextSteps,
        feeling: d.feeling,
        notes: d.notes,
        updatedAt: now,
      };
      await db
        .insertInto('debriefs')
        .values({ id: newId(), ownerId, interviewId, ...values, createdAt: now })
        .onConflict((oc) => oc.column('interviewId').doUpdateSet(values))
        .execute();
      return this.getDebrief(ownerId, interviewId);
    },

    /** The interview itself (its times), for the debrief's "has it happened yet" check. */
    interview: interviewOf,

    /** For each interview of an application: whether a prep sheet and a debrief exist, and the sheet's data. */
    async forApplication(ownerId: string, applicationId: string): Promise<Array<{ interviewId: string; prep: string | null; hasDebrief: boolean }>> {
      const interviews = await db.selectFrom('interviews').select('id').where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).execute();
      const ids = interviews.map((i) => i.id);
      if (ids.length === 0) return [];
      const [sheets, debriefs] = await Promise.all([
        db.selectFrom('prepSheets').select(['interviewId', 'data']).where('ownerId', '=', ownerId).where('interviewId', 'in', ids).execute(),
        db.selectFrom('debriefs').select('interviewId').where('ownerId', '=', ownerId).where('interviewId', 'in', ids).execute(),
      ]);
      const sheetBy = new Map(sheets.map((s) => [s.interviewId, s.data]));
      const debriefed = new Set(debriefs.map((d) => d.interviewId));
      return ids.map((id) => ({ interviewId: id, prep: sheetBy.get(id) ?? null, hasDebrief: debriefed.has(id) }));
    },
  };
}
