import { cohortSummaryOf, cohortView, prepReadiness, readCohortSummary, UserError, type Cohort, type CohortMember, type PrepSheetRecord } from '@secondround/core';
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

/**
 * People one cohort view covers: a career centre's caseload is 200 to 1,000. Past it the view
 * shows the first ones by e-mail and says how many it left out, so one request stays bounded.
 */
export const MAX_COHORT_PEOPLE = 1_000;

/**
 * The cohort view over everyone who shares with this coach, each by their own Diagnosis. Each
 * person's summary is kept (`diagnosis_summaries`) and used while no write has touched what their
 * Diagnosis reads and the day has not changed; only the others are computed again, and kept.
 */
export async function cohortFor(store: Store, coachId: string, now: Date): Promise<Cohort> {
  const everyone = await store.coach.peopleFor(coachId);
  const people = everyone.slice(0, MAX_COHORT_PEOPLE);
  const day = now.toISOString().slice(0, 10);
  // Versions are read before any record: a write after this point leaves the summary unkept.
  const kept = await store.diagnosisSummaries.read(people.map((p) => p.personId));
  const members: CohortMember[] = new Array(people.length);
  const stale: number[] = [];
  people.forEach((p, i) => {
    const k = kept.get(p.personId);
    const summary = k && k.keptVersion === k.version && k.keptDay === day ? readCohortSummary(k.summary) : null;
    if (summary) members[i] = { name: nameOf(p), diagnosis: summary };
    else stale.push(i);
  });
  for (let i = 0; i < stale.length; i += COHORT_CONCURRENCY) {
    await Promise.all(
      stale.slice(i, i + COHORT_CONCURRENCY).map(async (at) => {
        const p = people[at]!;
        const summary = cohortSummaryOf(await diagnosisOf(store, p.personId, { now }));
        const k = kept.get(p.personId);
        if (k) await store.diagnosisSummaries.keep(p.personId, k.version, day, JSON.stringify(summary));
        members[at] = { name: nameOf(p), diagnosis: summary };
      }),
    );
  }
  return capped(cohortView(members), everyone.length - people.length);
}

/**
 * The cohort as it was computed before summaries were kept: every person's whole Diagnosis
 * rebuilt on every visit. Kept as the reference the kept path is tested and measured against.
 */
export async function cohortRebuiltFor(store: Store, coachId: string, now: Date): Promise<Cohort> {
  const everyone = await store.coach.peopleFor(coachId);
  const people = everyone.slice(0, MAX_COHORT_PEOPLE);
  const members = [];
  for (let i = 0; i < people.length; i += COHORT_CONCURRENCY) {
    const part = people.slice(i, i + COHORT_CONCURRENCY);
    members.push(...(await Promise.all(part.map(async (p) => ({ name: nameOf(p), diagnosis: await diagnosisOf(store, p.personId, { now }) })))));
  }
  return capped(cohortView(members), everyone.length - people.length);
}

function nameOf(p: SharedPerson): string {
  return p.email ?? p.personId;
}

function capped(cohort: Cohort, notShown: number): Cohort {
  if (notShown <= 0) return cohort;
  return { ...cohort, notShown, summary: `${cohort.summary} This view covers the first ${MAX_COHORT_PEOPLE.toLocaleString('en-US')} people by e-mail; ${notShown.toLocaleString('en-US')} more share with you and are not counted here.` };
}
