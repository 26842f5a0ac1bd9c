import {
  applicationInputSchema,
  dateRangeProblem,
  proposeForApplication,
  proposeFromMail,
  roundOfStage,
  stageEventInputSchema,
  UserError,
  type MatchableApplication,
} from '@secondround/core';
import type { Repos, Store } from '@secondround/store';
import { checkRecordCap } from './caps';
import { invitedInterview, recordInvitedInterview, sameRound } from './mail-interview';

/**
 * The owner's applications as matching reads them, loaded once per import or bulk decision and
 * kept current as accepted proposals create or move applications (so the second message of a new
 * employer matches the application the first one created).
 */
export class Matcher {
  private apps: MatchableApplication[] | null = null;
  constructor(private readonly ownerId: string) {}

  async all(repos: Repos): Promise<MatchableApplication[]> {
    this.apps ??= await repos.mail.matchable(this.ownerId);
    return this.apps;
  }

  /** Read one application again after it changed (or was created); drop it when it is gone. */
  async refresh(repos: Repos, applicationId: string): Promise<void> {
    if (!this.apps) return;
    const [fresh] = await repos.mail.matchable(this.ownerId, applicationId);
    this.apps = this.apps.filter((a) => a.id !== applicationId);
    if (fresh) this.apps.push(fresh);
  }
}

export interface AcceptResult {
  id: string;
  status: 'accepted' | 'rejected';
  /** False when it had been decided before: nothing was written this time. */
  changed: boolean;
  applicationId: string | null;
  eventId: string | null;
  /** Whether accepting it created the application. */
  isNewApplication: boolean;
  /** Said when accepting it wrote no step (the history already holds it). */
  note: string | null;
  /** The interview round an accepted invitation made or brought up to date (null when it gave no time). */
  interviewId?: string | null;
}

/**
 * Accept one proposal inside the caller's transaction: the message is matched again against the
 * records as they are now (an application made or moved since changes what it means), then the
 * stage step is appended through the same repository the History uses, or a new application is
 * made with it. Order-independent: the history sorts steps by their dates, not by when they came.
 */
export async function acceptInTransaction(tx: Repos, ownerId: string, proposalId: string, matcher: Matcher, now: Date): Promise<AcceptResult> {
  const p = await tx.mail.stored(ownerId, proposalId);
  if (!p) throw new UserError('NOT_FOUND', `proposal ${proposalId} not found`, 404);
  if (p.status !== 'proposed') return { id: p.id, status: p.status, changed: false, applicationId: null, eventId: null, isNewApplication: false, note: `already ${p.status}` };
  const day = (p.sentAt ?? p.importedAt).slice(0, 10);
  const apps = await matcher.all(tx);
  const chosen = p.applicationId ? apps.find((a) => a.id === p.applicationId) : undefined;
  const fresh = chosen ? proposeForApplication(p.classification, chosen, day) : proposeFromMail(p.classification, apps, day);
  let applicationId = fresh.applicationId;
  let eventId: string | null = null;
  let isNewApplication = false;
  let interviewId: string | null = null;
  const invite = invitedInterview(p.classification);
  if (applicationId) {
    // The same invitation read again (a reminder, the calendar copy) is the round already recorded,
    // not the next one: it brings that round up to date and adds no step.
    const round = fresh.event ? roundOfStage(fresh.event.stage) : null;
    const twin = invite ? await sameRound(tx, ownerId, applicationId, invite, round) : null;
    if (fresh.event && !twin) {
      const problem = dateRangeProblem(fresh.event.date, now, 'stage step');
      if (problem) throw new UserError('DATE_OUT_OF_RANGE', problem, 422);
      const ev = await tx.events.add(ownerId, applicationId, stageEventInputSchema.parse(fresh.event));
      eventId = ev?.id ?? null;
    }
    // After the step: the round then finds its stage reached and adds no second one.
    if (invite) interviewId = await recordInvitedInterview(tx, ownerId, applicationId, invite, twin ? null : (fresh.event?.stage ?? null), twin);
  } else {
    const event = fresh.event ?? p.event;
    const named = p.newApplication ?? fresh.newApplication;
    if (!named) throw new UserError('PROPOSAL_STALE', 'this message names no employer and matches no application any more; add the application by hand', 409);
    const problem = dateRangeProblem(event.date, now, 'stage step');
    if (problem) throw new UserError('DATE_OUT_OF_RANGE', problem, 422);
    checkRecordCap('applications', await tx.counts.records(ownerId, 'applications'), 1);
    const app = await tx.applications.create(ownerId, applicationInputSchema.parse({ company: named.company.slice(0, 200), role: named.role.slice(0, 200), stage: event.stage, stageDate: event.date, source: 'mail' }));
    applicationId = app.id;
    isNewApplication = true;
    const first = await tx.events.listPage(ownerId, app.id, { limit: 1 });
    eventId = first?.events[0]?.id ?? null;
    if (eventId && event.reason) await tx.events.update(ownerId, eventId, { reason: event.reason.slice(0, 2_000) });
    if (invite) interviewId = await recordInvitedInterview(tx, ownerId, app.id, invite, event.stage, null);
  }
  const won = await tx.mail.decide(ownerId, p.id, 'accepted', { applicationId, eventId });
  // Another tab or process decided it between the read and the write: undo ours with the transaction.
  if (!won) throw new UserError('PROPOSAL_DECIDED', 'this proposal was decided elsewhere a moment ago; reload the inbox', 409);
  const note = eventId !== null ? null : interviewId !== null ? 'the history already holds this step; the interview was brought up to date' : 'the history already holds this step; nothing was added';
  return { id: p.id, status: 'accepted', changed: true, applicationId, eventId, isNewApplication, note, interviewId };
}

/**
 * Accept or reject proposals, each in its own transaction so one that cannot be accepted (a
 * cap reached, a stale match) leaves the others done; its error comes back in its place.
 * Accepted in the order the messages were made, so a new employer's first message creates the
 * application and the later ones add to it.
 */
export async function decideProposals(
  store: Store,
  ownerId: string,
  ids: readonly string[],
  decision: 'accept' | 'reject',
  now: Date = new Date(),
): Promise<Array<AcceptResult | { id: string; error: { code: string; message: string } }>> {
  const matcher = new Matcher(ownerId);
  const out: Array<AcceptResult | { id: string; error: { code: string; message: string } }> = [];
  const found: Array<{ id: string; key: string }> = [];
  for (const id of [...new Set(ids)]) {
    const p = await store.mail.stored(ownerId, id);
    if (!p) out.push({ id, error: { code: 'NOT_FOUND', message: `proposal ${id} not found` } });
    else found.push({ id, key: `${p.sentAt ?? p.importedAt}|${p.createdAt}` });
  }
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { id } of found) {
    try {
      if (decision === 'reject') {
        const changed = await store.mail.decide(ownerId, id, 'rejected');
        const status = changed ? 'rejected' : ((await store.mail.stored(ownerId, id))?.status ?? 'rejected');
        out.push({ id, status: status === 'accepted' ? 'accepted' : 'rejected', changed, applicationId: null, eventId: null, isNewApplication: false, note: changed ? null : `already ${status}` });
        continue;
      }
      const result = await store.transaction((tx) => acceptInTransaction(tx, ownerId, id, matcher, now));
      if (result.applicationId) await matcher.refresh(store, result.applicationId);
      out.push(result);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push({ id, error: { code: e.code, message: e.message } });
    }
  }
  return out;
}
