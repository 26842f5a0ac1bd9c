import {
  cultureFit,
  detectCulture,
  detectWorkplace,
  draftReferenceBrief,
  referenceWarnings,
  UserError,
  type CultureFitResult,
  type ReferenceBrief,
  type ReferenceRecord,
  type ReferenceUseRecord,
} from '@secondround/core';
import type { Store } from '@secondround/store';
import { found } from '../errors';
import { briefListing } from './listing-analysis';

/** Most references one person may keep: a handful is a good list; this only stops runaway scripts. */
export const MAX_REFERENCES = 200;
/** Most references given for one application. */
export const MAX_USES_PER_APPLICATION = 20;

/** Refuse story ids that are not the owner's, so a reference cannot point at another person's stories. */
export async function checkStoryIds(store: Store, ownerId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const own = new Set((await store.prep.listStories(ownerId)).map((s) => s.id));
  const unknown = ids.filter((id) => !own.has(id));
  if (unknown.length) throw new UserError('UNKNOWN_STORY', `no story with id ${unknown[0]} in your story bank`, 422);
}

/** A reference given for an application, as the screens show it: with the reference and what to fix. */
export function useView(use: ReferenceUseRecord, reference: ReferenceRecord) {
  return { ...use, reference: { id: reference.id, name: reference.name, relationship: reference.relationship, knowsWork: reference.knowsWork, email: reference.email }, warnings: referenceWarnings(reference, use) };
}

/** Each reference with how often it was given, the employer checks, and what to fix before using it again. */
export async function referencesOverview(store: Store, ownerId: string, page: { cursor?: string | undefined; limit: number }) {
  const { references, nextCursor } = await store.people.listReferencesPage(ownerId, page);
  const uses = await store.people.listUsesOf(ownerId, references.map((r) => r.id));
  const overview = references.map((r) => {
    const mine = uses.filter((u) => u.referenceId === r.id);
    return { ...r, timesGiven: mine.length, checks: mine.filter((u) => u.checkedOn !== null).length, lastGivenOn: mine.at(-1)?.givenOn ?? null, warnings: referenceWarnings(r, null) };
  });
  return { references: overview, nextCursor };
}

/** The brief for one reference about one job, with who it goes to. */
export async function briefFor(store: Store, ownerId: string, useId: string): Promise<{ use: ReferenceUseRecord; reference: ReferenceRecord; brief: ReferenceBrief; to: string | null; toAddress: string | null }> {
  const use = found(await store.people.getUse(ownerId, useId), 'reference given');
  const reference = found(await store.people.getReference(ownerId, use.referenceId), 'reference');
  const app = found(await store.applications.get(ownerId, use.applicationId), 'application');
  // The analysis kept with the listing; one that cannot be read leaves the brief without requirements, not broken.
  const { requirements, isManagerRole } = briefListing(await store.listingAnalyses.ofApplication(ownerId, app.id));
  const witnessed = new Set(reference.witnessedStoryIds);
  const stories = (await store.prep.listStories(ownerId)).filter((s) => witnessed.has(s.id)).map((s) => ({ title: s.title, result: s.result }));
  const settings = await store.settings.get(ownerId);
  const senderName = senderNameOf(settings as Record<string, unknown>);
  const brief = draftReferenceBrief({ reference, company: app.company, role: app.role, requirements, isManagerRole, stories, senderName });
  return { use, reference, brief, to: reference.email ? `${reference.name} <${reference.email}>` : null, toAddress: reference.email };
}

function senderNameOf(settings: Record<string, unknown>): string | null {
  // The person's own name, where the settings have one (a profile name, or the SMTP sender's name).
  for (const key of ['name', 'fullName', 'yourName']) {
    const v = settings[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  const from = (settings.smtp as { from?: unknown } | undefined)?.from;
  if (typeof from === 'string') {
    const m = /^\s*"?([^"<]+?)"?\s*</.exec(from);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/** The culture fit of one application's listing against the person's work-style profile. */
export async function applicationFit(store: Store, ownerId: string, applicationId: string): Promise<CultureFitResult & { hasListing: boolean }> {
  const app = found(await store.applications.get(ownerId, applicationId), 'application');
  const profile = await store.people.getProfile(ownerId);
  const text = app.listingText?.trim() ?? '';
  if (!text) return { hasListing: false, ...cultureFit(profile, { workplace: null, cultureEvidence: [], text: '' }), mismatches: [], matches: [] };
  const head = text.length > 60_000 ? text.slice(0, 60_000) : text;
  return { hasListing: true, ...cultureFit(profile, { workplace: detectWorkplace(head), cultureEvidence: detectCulture(head), text: head }) };
}

/** Today's date in the person's zone, for "briefed on". */
export function todayIn(timeZone: string | undefined, now: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
