import {
  followUpFromRow,
  thankYouFromRow,
  type FollowUp,
  type FollowUpKind,
  type FollowUpPatch,
  type MarkSent,
  type NoteProblem,
  type ThankYouNote,
  type ThankYouSave,
} from '@secondround/core';
import { newId } from '../ids';
import type { RepoContext } from './executor';

export const THANK_YOU_COLUMNS = ['id', 'interviewerId', 'interviewId', 'subject', 'body', 'tone', 'problems', 'sentAt', 'sentVia', 'createdAt', 'updatedAt'] as const;
export const FOLLOW_UP_COLUMNS = [
  'id', 'applicationId', 'interviewId', 'kind', 'plannedOn', 'statedText', 'statedUntil', 'subject', 'body',
  'sentAt', 'sentVia', 'answered', 'answerText', 'reason', 'createdAt', 'updatedAt',
] as const;

/** A new follow-up as the server builds it (the planner has already read the stated timeline). */
export interface FollowUpNew {
  kind: FollowUpKind;
  interviewId: string | null;
  plannedOn: string | null;
  statedText: string | null;
  statedUntil: string | null;
  subject: string;
  body: string;
  reason: string | null;
}

/** What the server may change on a follow-up (the patch, plus the planner's reading of the text). */
export type FollowUpChange = FollowUpPatch & { statedUntil?: string | null };

/** Thank-you notes (one per interviewer) and follow-ups (per application) of one owner. */
export function followupRepo({ db, clock }: RepoContext) {
  async function noteBy(ownerId: string, column: 'id' | 'interviewerId', value: string): Promise<ThankYouNote | null> {
    const row = await db.selectFrom('thankYouNotes').select(THANK_YOU_COLUMNS).where('ownerId', '=', ownerId).where(column, '=', value).executeTakeFirst();
    return row ? thankYouFromRow(row) : null;
  }
  return {
    getNote(ownerId: string, id: string): Promise<ThankYouNote | null> {
      return noteBy(ownerId, 'id', id);
    },

    noteForInterviewer(ownerId: string, interviewerId: string): Promise<ThankYouNote | null> {
      return noteBy(ownerId, 'interviewerId', interviewerId);
    },

    async listNotes(ownerId: string, filter: { interviewId?: string } = {}): Promise<ThankYouNote[]> {
      let q = db.selectFrom('thankYouNotes').select(THANK_YOU_COLUMNS).where('ownerId', '=', ownerId);
      if (filter.interviewId) q = q.where('interviewId', '=', filter.interviewId);
      return (await q.orderBy('createdAt').orderBy('id').execute()).map(thankYouFromRow);
    },

    /**
     * Save the note to one interviewer (created the first time, replaced after), with the problems
     * the checker found; null when the interviewer is not the owner's. A sent note keeps its sent time.
     */
    async saveNote(ownerId: string, interviewerId: string, input: ThankYouSave & { problems: NoteProblem[] }): Promise<ThankYouNote | null> {
      const person = await db.selectFrom('interviewers').select(['id', 'interviewId']).where('ownerId', '=', ownerId).where('id', '=', interviewerId).executeTakeFirst();
      if (!person) return null;
      const now = clock().toISOString();
      const values = { subject: input.subject, body: input.body, tone: input.tone, problems: JSON.stringify(input.problems), updatedAt: now };
      await db
        .insertInto('thankYouNotes')
        .values({ id: newId(), ownerId, interviewerId, interviewId: person.interviewId, ...values, sentAt: null, sentVia: null, createdAt: now })
        .onConflict((oc) => oc.column('interviewerId').doUpdateSet(values))
        .execute();
      return noteBy(ownerId, 'interviewerId', interviewerId);
    },

    async markNoteSent(ownerId: string, id: string, sent: MarkSent): Promise<ThankYouNote | null> {
      const now = clock().toISOString();
      const res = await db
        .updateTable('thankYouNotes')
        .set({ sentAt: sent.sentAt ?? now, sentVia: sent.via, updatedAt: now })
        .where('ownerId', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) return null;
      return noteBy(ownerId, 'id', id);
    },

    async removeNote(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('thankYouNotes').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async listFollowUps(ownerId: string, filter: { applicationId?: string } = {}): Promise<FollowUp[]> {
      let q = db.selectFrom('followUps').select(FOLLOW_UP_COLUMNS).where('ownerId', '=', ownerId);
      if (filter.applicationId) q = q.where('applicationId', '=', filter.applicationId);
      return (await q.orderBy('createdAt').orderBy('id').execute()).map(followUpFromRow);
    },

    async getFollowUp(ownerId: string, id: string): Promise<FollowUp | null> {
      const row = await db.selectFrom('followUps').select(FOLLOW_UP_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return row ? followUpFromRow(row) : null;
    },

    /** Add a follow-up or feedback request; null when the application (or the interview) is not the owner's. */
    async createFollowUp(ownerId: string, applicationId: string, input: FollowUpNew): Promise<FollowUp | null> {
      const app = await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', applicationId).executeTakeFirst();
      if (!app) return null;
      if (input.interviewId) {
        const iv = await db.selectFrom('interviews').select('id').where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).where('id', '=', input.interviewId).executeTakeFirst();
        if (!iv) return null;
      }
      const now = clock().toISOString();
      const row = { id: newId(), ownerId, applicationId, ...input, sentAt: null, sentVia: null, answered: 0, answerText: null, createdAt: now, updatedAt: now };
      await db.insertInto('followUps').values(row).execute();
      const { ownerId: _o, ...rest } = row;
      return followUpFromRow(rest);
    },

    async updateFollowUp(ownerId: string, id: string, change: FollowUpChange): Promise<FollowUp | null> {
      const values: Record<string, string | number | null> = {};
      for (const [k, v] of Object.entries(change)) {
        if (v === undefined) continue;
        values[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      }
      const res = await db.updateTable('followUps').set({ ...values, updatedAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) return null;
      return this.getFollowUp(ownerId, id);
    },

    async removeFollowUp(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('followUps').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}
