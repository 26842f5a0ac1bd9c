import { isRealDate, type ClosingStage, type ProgressStage } from '@secondround/core';
import type { TrackerFormat } from './columns';

/** `stage_reached` values of the canonical CSV (issue 2); round4…round8 are also read, as the model has them. */
export const STAGE_REACHED_VALUES = ['applied', 'screen', 'round1', 'round2', 'round3', 'offer', 'accepted'] as const;
export const OUTCOME_VALUES = ['open', 'rejected', 'withdrawn', 'position_closed', 'no_answer', 'offer_declined', 'accepted'] as const;
export type StageReached = ProgressStage;
export type Outcome = (typeof OUTCOME_VALUES)[number];

/** Enum values match ignoring case, spaces, underscores and dashes ("Round 1", "position closed"). */
function key(v: string): string {
  return v.trim().toLowerCase().replace(/[\s_\-.]+/g, '');
}

const STAGE_BY_KEY = new Map<string, StageReached>([
  ...STAGE_REACHED_VALUES.map((s) => [key(s), s] as const),
  ...[4, 5, 6, 7, 8].map((n) => [`round${n}`, `round${n}` as StageReached] as const),
]);
const OUTCOME_BY_KEY = new Map<string, Outcome>(OUTCOME_VALUES.map((o) => [key(o), o] as const));

export function parseStageReached(v: string): StageReached | undefined {
  return STAGE_BY_KEY.get(key(v));
}

export function parseOutcome(v: string): Outcome | undefined {
  return OUTCOME_BY_KEY.get(key(v));
}

/** Where a tracker's free-text status puts an application: the stage reached and/or how it ended. */
export interface StatusMeaning {
  stage: ProgressStage;
  outcome: Outcome | null;
}

const s = (stage: ProgressStage, outcome: Outcome | null = null): StatusMeaning => ({ stage, outcome });

/**
 * Status and list names of Huntr, Teal and common spreadsheets (see columns.ts for sources).
 * Where the status says it closed without saying how far it got, the stage is `applied`: a
 * rejection implies an application, nothing more. "Interview(ing)" is read as round 1 because the
 * trackers do not number rounds (our guess; a phone screen would be `screen`). Teal's "Applying"
 * means preparing the application, so it counts as saved, not applied.
 */
const STATUS_BY_KEY = new Map<string, StatusMeaning>([
  ...['wishlist', 'bookmarked', 'saved', 'interested', 'applying', 'toapply', 'draft', 'prospect', 'prospective'].map((k) => [k, s('saved')] as const),
  ...['applied', 'apply', 'submitted', 'applicationsubmitted'].map((k) => [k, s('applied')] as const),
  ...['screen', 'screening', 'phonescreen', 'recruiterscreen'].map((k) => [k, s('screen')] as const),
  ...['interview', 'interviewing', 'interviews', 'onsiteinterview', 'firstinterview'].map((k) => [k, s('round1')] as const),
  ['secondinterview', s('round2')],
  ['thirdinterview', s('round3')],
  ...['offer', 'offerreceived', 'negotiating', 'negotiation'].map((k) => [k, s('offer')] as const),
  ...['accepted', 'hired', 'offeraccepted'].map((k) => [k, s('accepted', 'accepted')] as const),
  ...['rejected', 'rejection', 'notselected'].map((k) => [k, s('applied', 'rejected')] as const),
  ...['withdrawn', 'withdrew'].map((k) => [k, s('applied', 'withdrawn')] as const),
  ...['noanswer', 'noresponse', 'ghosted', 'noreply'].map((k) => [k, s('applied', 'no_answer')] as const),
  ...['positionclosed', 'jobclosed', 'closed', 'cancelled', 'canceled'].map((k) => [k, s('applied', 'position_closed')] as const),
  ['offerdeclined', s('offer', 'offer_declined')],
]);

export function parseStatus(v: string): StatusMeaning | undefined {
  const k = key(v);
  const known = STATUS_BY_KEY.get(k);
  if (known) return known;
  const stage = STAGE_BY_KEY.get(k);
  return stage ? s(stage, stage === 'accepted' ? 'accepted' : null) : undefined;
}

export type DateResult = { ok: true; date: string | null } | { ok: false; message: string };

/**
 * Read a date cell. The canonical CSV takes ISO `YYYY-MM-DD` only. Exports of other trackers may
 * carry a time (Huntr: `2022-02-26 19:17:05`), whose date part is taken as written; Teal, a US
 * product, is also read as month/day/year (`3/14/2025`), which is a guess about its export.
 */
export function parseDate(raw: string, format: TrackerFormat): DateResult {
  const v = raw.trim();
  if (v === '') return { ok: true, date: null };
  let date: string | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) date = v;
  else if (format !== 'canonical') {
    const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(v);
    const us = format === 'teal' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v) : null;
    if (withTime) date = withTime[1]!;
    else if (us) date = `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  }
  if (date === null) return { ok: false, message: 'is not a date as YYYY-MM-DD' };
  if (!realDate(date)) return { ok: false, message: 'is not a real calendar date' };
  return { ok: true, date };
}

/** A search spans a few hundred distinct days: remembering the check saves a Date per cell. */
const realDates = new Map<string, boolean>();
function realDate(d: string): boolean {
  let known = realDates.get(d);
  if (known === undefined) {
    known = isRealDate(d);
    if (realDates.size < 50_000) realDates.set(d, known);
  }
  return known;
}

/** Salaries as spreadsheets write them: "120000", "$120,000.00", "120k", "€ 95 000". */
export function parseSalary(raw: string): number | null | undefined {
  const v = raw.trim();
  if (v === '') return null;
  const m = /^[^\d]{0,4}?\s*(\d{1,3}(?:[,\s\u00a0]\d{3})+|\d+)(?:\.\d{1,2})?\s*(k|K)?\s*[^\d]{0,4}$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/[,\s\u00a0]/g, '')) * (m[2] ? 1000 : 1);
  return Number.isSafeInteger(n) && n <= 100_000_000 ? n : undefined;
}
