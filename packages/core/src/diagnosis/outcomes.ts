import { sortEvents, deriveStage, factualEvents } from '../stages/derive';
import { isClosingStage, stageRank, type ClosingStage } from '../model/stage';
import type { DiagnosisApplication, DiagnosisEvent } from './input';

/** Funnel transitions, in order. `final` (final round → offer) is a parallel view of the rounds. */
export const TRANSITION_IDS = ['applied', 'screen', 'round1', 'round2', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'final'] as const;
export type TransitionId = (typeof TRANSITION_IDS)[number];

export type TransitionOutcome = 'advanced' | 'not_advanced' | 'open' | 'not_you' | 'withdrawn';

/** Where an application ended up, seen from the whole search. */
export type ApplicationStatus = 'offer' | 'stopped' | 'not_you' | 'withdrawn' | 'open' | 'not_applied';

export interface ApplicationOutcome {
  app: DiagnosisApplication;
  /** Outcome per transition the application entered; transitions it never entered are absent. */
  transitions: Partial<Record<TransitionId, TransitionOutcome>>;
  /** The transition where it stopped (not advanced, open, not you or withdrawn), if any. */
  stoppedAt: TransitionId | null;
  status: ApplicationStatus;
  /** The closing event, when the latest event closes the application. */
  closing: { stage: ClosingStage; reason: string | null; date: string } | null;
  /** Last day anything happened (event or interview), YYYY-MM-DD. */
  lastActivity: string | null;
  /** True when it counts as not advanced only because nothing was heard for the waiting time. */
  isSilent: boolean;
}

/*
 * Reasons that mean the employer's plans changed, matched in the closing event's reason. Kept
 * narrow on purpose: "we went with another candidate" is a rejection, not a cancelled position.
 */
const NOT_YOU_PATTERN =
  /\b(on[ -]?hold|paused|budget|filled internally|internal(ly)? (candidate|hire|applicant)|needs? (have |has )?changed|change in (needs|plans|priorities)|cancel+(ed|ation|led)?|hiring freeze|freeze on hiring|position (was |has been |is )?(closed|cancel+ed|withdrawn|eliminated)|role (was |has been |is )?(closed|cancel+ed|eliminated|removed)|no longer (hiring|available|open)|headcount|re-?org(ani[sz]ation)?|restructur)/i;

/**
 * Whether a closing reason says the employer's plans changed (position cancelled, on hold,
 * budget cut, filled internally, needs changed, hiring freeze).
 * @example isNotYouReason('Role put on hold after budget cut') // true
 */
export function isNotYouReason(reason: string | null | undefined): boolean {
  return reason != null && NOT_YOU_PATTERN.test(reason);
}

const APPLIED_RANK = stageRank('applied');
const OFFER_STAGES = new Set(['offer', 'accepted', 'offer_declined']);
// A bare rejection or closure still means the person had applied (imported rows often lack it).
const IMPLIES_APPLIED = new Set(['rejected', 'no_answer', 'position_closed', 'offer_declined']);

/**
 * Classify one application at every funnel transition from its history. Rounds are sequential
 * (a round 2 implies a round 1); the recruiter screen is the only step that may be skipped, and an
 * application that skipped it is simply not counted at the screen transition. An interview on
 * record counts as an invitation: round 2 scheduled means round 1 was passed.
 * @example classifyApplication(app, { nowDay: dayNumber('2026-03-01'), waitingDays: 21 }).transitions.round1 // 'not_advanced'
 */
export function classifyApplication(app: DiagnosisApplication, opts: { nowDay: number; waitingDays: number }): ApplicationOutcome {
  // A `saved` event dated the day the record was made is no activity once the history is entered.
  const events = sortEvents(
    factualEvents(app.events.map((e) => ({ ...e, createdAt: e.createdAt ?? '' }))).sort((a, b) => cmp(a.id ?? '', b.id ?? '')),
  ) as Array<DiagnosisEvent & { createdAt: string }>;
  const derived = deriveStage(events);

  let applied = app.interviews.length > 0;
  let screen = false;
  let maxRound = 0;
  let offer = false;
  let final = false;
  let lastActivity: string | null = null;
  for (const e of events) {
    if (OFFER_STAGES.has(e.stage)) offer = true;
    if (IMPLIES_APPLIED.has(e.stage) || (!isClosingStage(e.stage) && stageRank(e.stage) >= APPLIED_RANK)) applied = true;
    if (e.stage === 'screen') screen = true;
    const m = /^round(\d)$/.exec(e.stage);
    if (m) maxRound = Math.max(maxRound, Number(m[1]));
    if (lastActivity === null || e.date > lastActivity) lastActivity = e.date;
  }
  for (const i of app.interviews) {
    if (i.round === 0) screen = true;
    else maxRound = Math.max(maxRound, Math.min(8, i.round));
    if (i.kind === 'final') final = true;
    const day = dayOf(i.endsAt) ?? dayOf(i.startsAt);
    if (day !== null && (lastActivity === null || day > lastActivity)) lastActivity = day;
  }
  if (offer) final = true;

  // The closing event is the latest closing one: a backward progress event after it changes nothing.
  const last = [...events].reverse().find((e) => isClosingStage(e.stage));
  const closing =
    derived.outcome !== null && last ? { stage: derived.outcome, reason: last.reason ?? null, date: last.date } : null;
  const isNotYou = closing !== null && (closing.stage === 'position_closed' || (closing.stage !== 'offer_declined' && isNotYouReason(closing.reason)));
  const waited = lastActivity === null ? Number.POSITIVE_INFINITY : opts.nowDay - (dayNumber(lastActivity) ?? opts.nowDay);
  const isPastWaiting = waited > opts.waitingDays;

  const stopped = (): TransitionOutcome => {
    if (closing === null) return isPastWaiting ? 'not_advanced' : 'open';
    if (isNotYou) return 'not_you';
    if (closing.stage === 'withdrawn') return 'withdrawn';
    return 'not_advanced';
  };

  const transitions: Partial<Record<TransitionId, TransitionOutcome>> = {};
  let stoppedAt: TransitionId | null = null;
  const visit = (id: TransitionId, entered: boolean, advanced: boolean): void => {
    if (!entered) return;
    if (advanced) {
      transitions[id] = 'advanced';
      return;
    }
    transitions[id] = stopped();
    if (id !== 'final') stoppedAt = id;
  };
  visit('applied', applied, screen || maxRound >= 1 || offer);
  visit('screen', screen, maxRound >= 1 || offer);
  for (let k = 1; k <= 8; k++) visit(`round${k}` as TransitionId, maxRound >= k, maxRound > k || offer);
  visit('final', final, offer);
  if (stoppedAt === null && transitions.final !== undefined && transitions.final !== 'advanced') stoppedAt = 'final';

  const outcome = stoppedAt ? transitions[stoppedAt] : undefined;
  const status: ApplicationStatus = !applied
    ? 'not_applied'
    : offer
      ? 'offer'
      : outcome === 'not_advanced'
        ? 'stopped'
        : outcome === 'not_you'
          ? 'not_you'
          : outcome === 'withdrawn'
            ? 'withdrawn'
            : 'open';
  return {
    app,
    transitions,
    stoppedAt,
    status,
    closing,
    lastActivity,
    isSilent: closing === null && isPastWaiting && stoppedAt !== null,
  };
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` day (or the day part of an ISO instant), else null.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

function dayOf(instant: string): string | null {
  // Stored instants are UTC (`…Z`): their day is the first ten characters, no parsing needed.
  if (instant.length >= 20 && instant.charCodeAt(instant.length - 1) === 90 /* Z */ && instant.charCodeAt(10) === 84 /* T */) return instant.slice(0, 10);
  const t = Date.parse(instant);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
