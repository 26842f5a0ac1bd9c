import { UserError } from '../errors';
import type { DiagnosisInput, DiagnosisInterview } from './input';
import { classifyApplication, dayNumber, type ApplicationOutcome } from './outcomes';
import { buildFunnel } from './funnel';
import { findStallPoint, notYouReport } from './stall';
import { resolveSettings, type DiagnosisSettingsInput } from './settings';
import { BASE_RATES_NOTE } from './base-rates';
import { RULES } from './rules/index';
import type { FirstRoundCase, RuleContext } from './rules/types';
import type { DiagnosisResult } from './result';

export interface DiagnoseOptions {
  /** The moment "now": the core never reads the clock. */
  now: Date | string;
  settings?: DiagnosisSettingsInput;
}

/**
 * Answer "why am I not getting second interviews?" from a person's own records: the funnel by
 * transition against typical rates (with 80% credible intervals), the stall point or the plain
 * statement that it is too early to tell, the applications closed for reasons that are not the
 * person's, and every reason rule ranked by score. Pure: `now` and settings come in.
 * @example diagnose({ applications: [] }, { now: '2026-03-01T00:00:00Z' }).tooEarly // true
 */
export function diagnose(input: DiagnosisInput, options: DiagnoseOptions): DiagnosisResult {
  const now = options.now instanceof Date ? options.now : new Date(options.now);
  if (!Number.isFinite(now.getTime())) throw new UserError('BAD_DATE', `not a valid date for "now": ${String(options.now)}`, 400);
  const settings = resolveSettings(options.settings);
  const nowDay = dayNumber(now.toISOString())!;

  // Sorting by id first makes every later step independent of the order records came in.
  const apps = [...input.applications].sort((a, b) => cmp(a.id, b.id));
  const outcomes = apps.map((app) => classifyApplication(app, { nowDay, waitingDays: settings.waitingDays }));

  const funnel = buildFunnel(outcomes, { rates: settings.rates, priorWeight: settings.priorWeight });
  const stall = findStallPoint(funnel, { minDecided: settings.minDecided, threshold: settings.stallThreshold, waitingDays: settings.waitingDays });

  const ctx = ruleContext(input, outcomes, settings.thankYouHours, now.toISOString());
  const reasons = RULES.map((rule) => rule.evaluate(ctx)).sort(
    (a, b) => b.score - a.score || statusOrder(a.status) - statusOrder(b.status) || cmp(a.id, b.id),
  );

  return {
    funnel,
    stallPoint: stall.stallPoint,
    tooEarly: stall.tooEarly,
    tooEarlyMessage: stall.tooEarlyMessage,
    notYou: notYouReport(outcomes),
    reasons,
    baseRatesNote: BASE_RATES_NOTE,
    counts: {
      applications: apps.length,
      applied: outcomes.filter((o) => o.status !== 'not_applied').length,
      decidedFirstRounds: ctx.stalled.length + ctx.advanced.length,
      open: outcomes.filter((o) => o.status === 'open').length,
      withdrawn: outcomes.filter((o) => o.status === 'withdrawn').length,
      offers: outcomes.filter((o) => o.status === 'offer').length,
    },
    settings: { waitingDays: settings.waitingDays, priorWeight: settings.priorWeight, now: now.toISOString() },
  };
}

function ruleContext(input: DiagnosisInput, outcomes: readonly ApplicationOutcome[], thankYouHours: number, nowIso: string): RuleContext {
  const stalled: FirstRoundCase[] = [];
  const advanced: FirstRoundCase[] = [];
  let focus: { id: string; day: string } | null = null;
  for (const o of outcomes) {
    const t = o.transitions.round1;
    if (t === 'advanced' || t === 'not_advanced') {
      const interview = latestRoundOne(o.app.interviews);
      const end = interview ? Date.parse(interview.endsAt) : Number.NaN;
      const c: FirstRoundCase = { app: o.app, interview, endsAtMs: Number.isFinite(end) ? end : null };
      (t === 'advanced' ? advanced : stalled).push(c);
    }
    if (o.status === 'open' && o.lastActivity && (focus === null || o.lastActivity > focus.day)) focus = { id: o.app.id, day: o.lastActivity };
  }
  let next: { applicationId: string; interviewId: string; startsAt: string } | null = null;
  for (const o of outcomes) {
    if (o.status !== 'open') continue;
    for (const i of o.app.interviews) {
      if (i.round !== 1 || !(Date.parse(i.startsAt) > Date.parse(nowIso))) continue;
      if (next === null || Date.parse(i.startsAt) < Date.parse(next.startsAt) || (i.startsAt === next.startsAt && i.id < next.interviewId)) next = { applicationId: o.app.id, interviewId: i.id, startsAt: i.startsAt };
    }
  }
  const nextFirstRound = next ? { applicationId: next.applicationId, interviewId: next.interviewId } : null;
  return { input, outcomes, stalled, advanced, focusApplicationId: focus?.id ?? null, nextFirstRound, thankYouHours };
}

function latestRoundOne(interviews: readonly DiagnosisInterview[]): DiagnosisInterview | null {
  let best: DiagnosisInterview | null = null;
  for (const i of interviews) {
    if (i.round !== 1) continue;
    if (best === null || i.startsAt > best.startsAt || (i.startsAt === best.startsAt && i.id > best.id)) best = i;
  }
  return best;
}

function statusOrder(s: string): number {
  return s === 'evidence' ? 0 : s === 'clear' ? 1 : 2;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
