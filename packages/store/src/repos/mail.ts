import {
  deriveStage,
  mailClassificationSchema,
  type MailClassification,
  type MailOrigin,
  type MailProposalView,
  type MailSource,
  type MatchableApplication,
  type ProposalStatus,
  type Stage,
} from '@secondround/core';
import { newId } from '../ids';
import type { RepoContext } from './executor';
import { decodeCursor, encodeCursor } from './cursor';

/** A message to remember, as the import service hands it over. */
export interface NewMailMessage {
  messageKey: string;
  origin: MailOrigin;
  label: string | null;
  fromName: string;
  fromAddress: string;
  subject: string;
  sentAt: string | null;
  classification: MailClassification;
  body: string | null;
  isBodyTruncated: boolean;
}

/** A proposal to record for a remembered message. */
export interface NewMailProposal {
  messageId: string;
  applicationId: string | null;
  newApplication: { company: string; role: string } | null;
  event: { stage: Stage; date: string; reason: string | null };
  matchScore: number;
  why: string;
}

/** What accepting a proposal needs: the stored proposal and its message's classification. */
export interface StoredProposal {
  id: string;
  status: ProposalStatus;
  applicationId: string | null;
  newApplication: { company: string; role: string } | null;
  event: { stage: Stage; date: string; reason: string | null };
  sentAt: string | null;
  importedAt: string;
  createdAt: string;
  classification: MailClassification;
}

const PROPOSAL_SELECT = [
  'p.id',
  'p.status',
  'p.applicationId',
  'p.newCompany',
  'p.newRole',
  'p.stage',
  'p.eventDate',
  'p.reason',
  'p.matchScore',
  'p.why',
  'p.createdAt',
  'p.decidedAt',
  'p.resultApplicationId',
  'p.resultEventId',
  'm.id as messageId',
  'm.kind',
  'm.classification',
  'm.subject',
  'm.fromName',
  'm.fromAddress',
  'm.sentAt',
  'a.company as appCompany',
  'a.role as appRole',
] as const;

/**
 * Keys looked up per query: with the owner's id, 501 bound parameters, within SQLite's smallest
 * limit (999, before 3.32; 32,766 since) and PostgreSQL's (65,535).
 */
export const KEYS_PER_LOOKUP = 500;

function readClassification(text: string): MailClassification {
  return mailClassificationSchema.parse(JSON.parse(text));
}

/**
 * Imported mail and what it proposes. Every method takes the owner's id; another owner's ids
 * find nothing. A message is remembered once per owner by its key (Message-ID or hash).
 */
export function mailRepo({ db, clock }: RepoContext) {
  const baseQuery = (ownerId: string) =>
    db
      .selectFrom('mailProposals as p')
      .innerJoin('mailMessages as m', 'm.id', 'p.messageId')
      .leftJoin('applications as a', (j) => j.onRef('a.id', '=', 'p.applicationId').on('a.ownerId', '=', ownerId))
      .select(PROPOSAL_SELECT)
      .where('p.ownerId', '=', ownerId);

  type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];
  function toView(r: Row): MailProposalView {
    const c = readClassification(r.classification);
    return {
      id: r.id,
      status: r.status as ProposalStatus,
      application: r.applicationId && r.appCompany !== null && r.appRole !== null ? { id: r.applicationId, company: r.appCompany, role: r.appRole } : null,
      newApplication: r.newCompany !== null && r.newRole !== null ? { company: r.newCompany, role: r.newRole } : null,
      event: { stage: r.stage as Stage, date: r.eventDate, reason: r.reason },
      matchScore: r.matchScore / 100,
      why: r.why,
      message: { id: r.messageId, kind: c.kind, company: c.company, role: c.role, confidence: c.confidence, subject: r.subject, fromName: r.fromName, fromAddress: r.fromAddress, sentAt: r.sentAt, interview: c.interview ?? null },
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      result: r.resultApplicationId ? { applicationId: r.resultApplicationId, eventId: r.resultEventId } : null,
    };
  }
  return {
    async hasMessage(ownerId: string, messageKey: string): Promise<boolean> {
      const row = await db.selectFrom('mailMessages').select('id').where('ownerId', '=', ownerId).where('messageKey', '=', messageKey).executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Which of these keys the owner has remembered a message by: the duplicates of a batch of
     * messages, in one query per KEYS_PER_LOOKUP keys.
     */
    async knownKeys(ownerId: string, keys: readonly string[]): Promise<Set<string>> {
      const known = new Set<string>();
      const unique = [...new Set(keys)];
      for (let i = 0; i < unique.length; i += KEYS_PER_LOOKUP) {
        const rows = await db.selectFrom('mailMessages').select('messageKey').where('ownerId', '=', ownerId).where('messageKey', 'in', unique.slice(i, i + KEYS_PER_LOOKUP)).execute();
        for (const row of rows) known.add(row.messageKey);
      }
      return known;
    },

    /** Remember a message; null when the owner already has one with this key (a second import). */
    async addMessage(ownerId: string, m: NewMailMessage): Promise<string | null> {
      const id = newId();
      const res = await db
        .insertInto('mailMessages')
        .values({
          id,
          ownerId,
          messageKey: m.messageKey,
          origin: m.origin,
          label: m.label,
          fromName: m.fromName,
          fromAddress: m.fromAddress,
          subject: m.subject,
          sentAt: m.sentAt,
          kind: m.classification.kind,
          classification: JSON.stringify(m.classification),
          body: m.body,
          bodyTruncated: m.isBodyTruncated ? 1 : 0,
          importedAt: clock().toISOString(),
        })
        .onConflict((oc) => oc.columns(['ownerId', 'messageKey']).doNothing())
        .executeTakeFirst();
      return Number(res.numInsertedOrUpdatedRows ?? 0) === 1 ? id : null;
    },

    async addProposal(ownerId: string, p: NewMailProposal): Promise<string> {
      const id = newId();
      await db
        .insertInto('mailProposals')
        .values({
          id,
          ownerId,
          messageId: p.messageId,
          applicationId: p.applicationId,
          newCompany: p.newApplication?.company ?? null,
          newRole: p.newApplication?.role ?? null,
          stage: p.event.stage,
          eventDate: p.event.date,
          reason: p.event.reason,
          matchScore: Math.round(p.matchScore * 100),
          why: p.why,
          status: 'proposed',
          decidedAt: null,
          resultApplicationId: null,
          resultEventId: null,
          createdAt: clock().toISOString(),
        })
        .execute();
      return id;
    },

    /** The proposal made for the message with this key, if any (a pasted message seen before). */
    async proposalForKey(ownerId: string, messageKey: string): Promise<MailProposalView | null> {
      const row = await baseQuery(ownerId).where('m.messageKey', '=', messageKey).executeTakeFirst();
      return row ? toView(row) : null;
    },

    async getProposal(ownerId: string, id: string): Promise<MailProposalView | null> {
      const row = await baseQuery(ownerId).where('p.id', '=', id).executeTakeFirst();
      return row ? toView(row) : null;
    },

    /** One page of proposals in the order they were made (a mailbox's own order), after `cursor`. */
    async listPage(ownerId: string, page: { status?: ProposalStatus | undefined; cursor?: string | undefined; limit: number }): Promise<{ proposals: MailProposalView[]; nextCursor: string | null }> {
      let q = baseQuery(ownerId);
      if (page.status) q = q.where('p.status', '=', page.status);
      if (page.cursor) {
        const [createdAt, id] = decodeCursor(page.cursor, 'ss') as [string, string];
        q = q.where((eb) => eb.or([eb('p.createdAt', '>', createdAt), eb.and([eb('p.createdAt', '=', createdAt), eb('p.id', '>', id)])]));
      }
      const rows = await q.orderBy('p.createdAt').orderBy('p.id').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { proposals: shown.map(toView), nextCursor: rows.length > page.limit && last ? encodeCursor([last.createdAt, last.id]) : null };
    },

    async countByStatus(ownerId: string): Promise<Record<ProposalStatus, number>> {
      const rows = await db.selectFrom('mailProposals').select(['status', (eb) => eb.fn.countAll().as('n')]).where('ownerId', '=', ownerId).groupBy('status').execute();
      const out: Record<ProposalStatus, number> = { proposed: 0, accepted: 0, rejected: 0 };
      // count() is a string on PostgreSQL and a number on SQLite.
      for (const r of rows) if (r.status in out) out[r.status as ProposalStatus] = Number(r.n);
      return out;
    },

    /** A proposal with what accepting it needs; null when it is not the owner's. */
    async stored(ownerId: string, id: string): Promise<StoredProposal | null> {
      const r = await db
        .selectFrom('mailProposals as p')
        .innerJoin('mailMessages as m', 'm.id', 'p.messageId')
        .select(['p.id', 'p.status', 'p.applicationId', 'p.newCompany', 'p.newRole', 'p.stage', 'p.eventDate', 'p.reason', 'p.createdAt', 'm.sentAt', 'm.importedAt', 'm.classification'])
        .where('p.ownerId', '=', ownerId)
        .where('p.id', '=', id)
        .executeTakeFirst();
      if (!r) return null;
      return {
        id: r.id,
        status: r.status as ProposalStatus,
        applicationId: r.applicationId,
        newApplication: r.newCompany !== null && r.newRole !== null ? { company: r.newCompany, role: r.newRole } : null,
        event: { stage: r.stage as Stage, date: r.eventDate, reason: r.reason },
        sentAt: r.sentAt,
        importedAt: r.importedAt,
        createdAt: r.createdAt,
        classification: readClassification(r.classification),
      };
    },

    /**
     * Close a proposal; false when it was decided already (by another tab or process): the check
     * and the write are one statement, so a proposal is never accepted twice.
     */
    async decide(ownerId: string, id: string, status: 'accepted' | 'rejected', result: { applicationId: string; eventId: string | null } | null = null): Promise<boolean> {
      const res = await db
        .updateTable('mailProposals')
        .set({ status, decidedAt: clock().toISOString(), resultApplicationId: result?.applicationId ?? null, resultEventId: result?.eventId ?? null })
        .where('ownerId', '=', ownerId)
        .where('id', '=', id)
        .where('status', '=', 'proposed')
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    /** The message a proposal came from, as imported. */
    async source(ownerId: string, proposalId: string): Promise<MailSource | null> {
      const r = await db
        .selectFrom('mailProposals as p')
        .innerJoin('mailMessages as m', 'm.id', 'p.messageId')
        .select(['m.id', 'm.origin', 'm.label', 'm.subject', 'm.fromName', 'm.fromAddress', 'm.sentAt', 'm.body', 'm.bodyTruncated', 'm.importedAt'])
        .where('p.ownerId', '=', ownerId)
        .where('m.ownerId', '=', ownerId)
        .where('p.id', '=', proposalId)
        .executeTakeFirst();
      if (!r) return null;
      return { id: r.id, origin: r.origin as MailOrigin, label: r.label, subject: r.subject, fromName: r.fromName, fromAddress: r.fromAddress, sentAt: r.sentAt, body: r.body ?? '', isTruncated: r.bodyTruncated === 1, importedAt: r.importedAt };
    },

    /** The owner's applications as matching reads them: names, current stage, contacts' addresses. */
    async matchable(ownerId: string, onlyId?: string): Promise<MatchableApplication[]> {
      let apps = db.selectFrom('applications').select(['id', 'company', 'role', 'createdAt']).where('ownerId', '=', ownerId);
      let events = db.selectFrom('stageEvents').select(['applicationId', 'stage', 'date', 'createdAt']).where('ownerId', '=', ownerId);
      let contacts = db.selectFrom('contacts').select(['applicationId', 'email']).where('ownerId', '=', ownerId).where('email', 'is not', null).where('applicationId', 'is not', null);
      if (onlyId !== undefined) {
        apps = apps.where('id', '=', onlyId);
        events = events.where('applicationId', '=', onlyId);
        contacts = contacts.where('applicationId', '=', onlyId);
      }
      const [a, e, c] = await Promise.all([apps.execute(), events.execute(), contacts.execute()]);
      const eventsByApp = new Map<string, Array<{ stage: Stage; date: string; createdAt: string }>>();
      for (const ev of e) {
        const list = eventsByApp.get(ev.applicationId) ?? [];
        list.push({ stage: ev.stage as Stage, date: ev.date, createdAt: ev.createdAt });
        eventsByApp.set(ev.applicationId, list);
      }
      const emails = new Map<string, string[]>();
      for (const ct of c) if (ct.applicationId && ct.email) emails.set(ct.applicationId, [...(emails.get(ct.applicationId) ?? []), ct.email.toLowerCase()]);
      // A history entered after the fact (or made from mail) starts at its first step, not when it was typed in.
      const since = (id: string, createdAt: string): string => (eventsByApp.get(id) ?? []).reduce((min, ev) => (`${ev.date}T00:00:00.000Z` < min ? `${ev.date}T00:00:00.000Z` : min), createdAt);
      return a.map((app) => ({ id: app.id, company: app.company, role: app.role, createdAt: since(app.id, app.createdAt), stage: deriveStage(eventsByApp.get(app.id) ?? []).current ?? 'saved', contactEmails: emails.get(app.id) ?? [] }));
    },
  };
}
