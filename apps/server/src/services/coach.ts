import { cohortView, prepReadiness, UserError, type Cohort, type PrepSheetRecord } from '@secondround/core';
import { normalizeEmail, type SharedPerson, type Store } from '@secondround/store';
import type { Mode } from '../env';
import { found } from '../errors';
import { diagnosisOf } from './diagnosis';

declare const granted: unique symbol;

/**
 * A person who shares with the calling coach, checked against the database on this request.
 * Only `grantFor` makes one, so a coach route cannot read a person it did not check.
 */
export type CoachGrant = SharedPerson & { readonly [granted]: true };

/** How many coaches one person may share with: a caseload is one or two, this only stops abuse. */
export const MAX_SHARES = 50;

/** Coach access needs accounts: in personal mode there is one person and nobody to share with. */
export function requireHosted(mode: Mode): void {
  if (mode === 'personal') throw new UserError('PERSONAL_MODE', 'coach access needs a hosted server (DATABASE_URL=postgres://…), where each person and each coach has an account', 409);
}

/** The person, if they share with this coach right now; otherwise 404, as if they did not exist. */
export async function grantFor(store: Store, coachId: string, personId: string): Promise<CoachGrant> {
  return found(await store.coach.sharedPerson(coachId, personId), 'person') as CoachGrant;
}

/** Share the owner's records with a coach's e-mail. The answer is the same whether or not an account uses it. */
export async function shareWithCoach(store: Store, ownerId: string, email: string) {
  const existing = await store.coach.listShares(ownerId);
  if (existing.length >= MAX_SHARES && !existing.some((s) => s.email === normalizeEmail(email))) {
    throw new UserError('TOO_MANY_SHARES', `you share with ${MAX_SHARES} coaches already: stop sharing with one first`, 422);
  }
  const share = await store.coach.share(ownerId, email);
  if (share === 'self') throw new UserError('SHARE_WITH_SELF', 'this is your own e-mail: you see your records already', 422);
  return share;
}

/** Said after every share, so it does not tell whether the e-mail has an account. */
export const SHARED_MESSAGE =
  'Shared. If an account on this server uses this e-mail, it can now read your board, Diagnosis and prep sheets, and nothing else. If your coach has no account yet, ask them to create one, then share again.';

/** The prep sheets of one application's interviews, read-only, as the owner's prep routes compute them. */
export async function prepSheetsOf(store: Store, grant: CoachGrant, applicationId: string) {
  const app = found(await store.applications.get(grant.personId, applicationId), 'application');
  const interviews = [];
  for (const iv of [...app.interviews].sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0))) {
    const rec: PrepSheetRecord = found(await store.prep.getPrepSheet(grant.personId, iv.id), 'interview');
    interviews.push({ id: iv.id, round: iv.round, kind: iv.kind, startsAt: iv.startsAt, endsAt: iv.endsAt, timeZone: iv.timeZone, format: iv.format, prep: { ...rec, readiness: prepReadiness(rec.sheet) } });
  }
  return { application: { id: app.id, company: app.company, role: app.role }, interviews };
}

const COHORT_CONCURRENCY = 4;

/** The cohort view over everyone who shares with this coach, each by their own Diagnosis. */
export async function cohortFor(store: Store, coachId: string, now: Date): Promise<Cohort> {
  const people = await store.coach.peopleFor(coachId);
  const members = [];
  // A few at a time: each Diagnosis reads a person's whole record set (bench/coach-cohort.bench.ts:
  // about 3 s for 200 people of 40 applications on SQLite), and PostgreSQL answers several at once.
  for (let i = 0; i < people.length; i += COHORT_CONCURRENCY) {
    const part = people.slice(i, i + COHORT_CONCURRENCY);
    members.push(...(await Promise.all(part.map(async (p) => ({ name: p.email ?? p.personId, diagnosis: await diagnosisOf(store, p.personId, { now }) })))));
  }
  return cohortView(members);
}
