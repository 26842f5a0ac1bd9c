import type { FunnelStep, NotYouReport, StallPoint } from './result';
import type { ApplicationOutcome, TransitionId } from './outcomes';

const STALL_WORDS: Record<string, { where: string; passed: (adv: number, dec: number) => string }> = {
  applied: { where: 'getting a screen or an interview', passed: (a, d) => `${a} of ${d} applications led to a screen or an interview` },
  screen: { where: 'the recruiter screen', passed: (a, d) => `${a} of ${d} recruiter screens led to an interview round` },
  round1: { where: 'the first interview', passed: (a, d) => `${a} of ${d} first interviews led to a second` },
  final: { where: 'the final round', passed: (a, d) => `${a} of ${d} final rounds led to an offer` },
};

/**
 * The transition where the person most clearly falls below typical, or null with the reason it
 * is too early to tell. A transition qualifies with at least `minDecided` decided cases and a
 * probability of being below typical above `threshold`; among those, the highest probability
 * wins (ties: the earlier step, where fixing it helps every later one).
 * @example findStallPoint(funnel, { minDecided: 3, threshold: 0.8 }).tooEarly // true on a new search
 */
export function findStallPoint(
  funnel: readonly FunnelStep[],
  opts: { minDecided: number; threshold: number; waitingDays: number },
): { stallPoint: StallPoint | null; tooEarly: boolean; tooEarlyMessage: string | null } {
  let best: FunnelStep | null = null;
  for (const step of funnel) {
    if (step.typical === null || step.probBelowTypical === null) continue;
    if (step.decided < opts.minDecided || step.probBelowTypical <= opts.threshold) continue;
    if (best === null || step.probBelowTypical > best.probBelowTypical!) best = step;
  }
  if (best === null || best.typical === null || best.probBelowTypical === null) {
    return { stallPoint: null, tooEarly: true, tooEarlyMessage: tooEarlyMessage(funnel, opts) };
  }
  const words = STALL_WORDS[best.id] ?? { where: best.label, passed: (a: number, d: number) => `${a} of ${d} led to a next step` };
  const sentence =
    `You stall most clearly at ${words.where}: ${words.passed(best.advanced, best.decided)} (${pct(best.rate ?? 0)}). ` +
    `Your rate is likely between ${pct(best.interval.low)} and ${pct(best.interval.high)}, against an average of ` +
    `${pct(best.typical.rate)} across employers${range(best.typical.low, best.typical.high)}; the chance that you are below that average is ${pct(best.probBelowTypical)}.`;
  return {
    stallPoint: {
      transition: best.id,
      label: best.label,
      sentence,
      decided: best.decided,
      advanced: best.advanced,
      rate: best.rate,
      estimate: best.estimate,
      interval: best.interval,
      typical: best.typical,
      probBelowTypical: best.probBelowTypical,
    },
    tooEarly: false,
    tooEarlyMessage: null,
  };
}

function tooEarlyMessage(funnel: readonly FunnelStep[], opts: { minDecided: number; waitingDays: number }): string {
  const decidedAny = funnel.some((s) => s.decided > 0);
  const firstRounds = funnel.find((s) => s.id === 'round1')?.decided ?? 0;
  if (!decidedAny) {
    return `Too early to tell: no application has an answer yet. An application counts once it has an answer, or no answer ${opts.waitingDays} days after the last news.`;
  }
  if (firstRounds < opts.minDecided) {
    const said = firstRounds === 0 ? 'no first interview has an outcome yet' : `only ${firstRounds} first interview${firstRounds === 1 ? ' has' : 's have'} an outcome so far`;
    return `Too early to tell: ${said}. One or two first interviews that led nowhere prove nothing; nothing here points at you. The picture firms up after about ${opts.minDecided}.`;
  }
  return 'Too early to tell: at every step your results are within what is typical for this few cases. Nothing here points at you; a stall point shows once one step is clearly below average.';
}

/**
 * Applications closed because the employer's plans changed: counted apart from the rates.
 * @example notYouReport(outcomes).count // 2
 */
export function notYouReport(outcomes: readonly ApplicationOutcome[]): NotYouReport {
  const apps = outcomes
    .filter((o) => o.status === 'not_you' && o.closing !== null)
    .map((o) => ({
      applicationId: o.app.id,
      company: o.app.company,
      role: o.app.role,
      stoppedAt: o.stoppedAt as TransitionId | null,
      stage: o.closing!.stage,
      reason: o.closing!.reason,
      date: o.closing!.date,
    }))
    .sort((a, b) => (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0));
  const byTransition: Record<string, number> = {};
  for (const a of apps) if (a.stoppedAt) byTransition[a.stoppedAt] = (byTransition[a.stoppedAt] ?? 0) + 1;
  const n = apps.length;
  const message =
    n === 0
      ? 'No application was closed because the employer’s plans changed.'
      : `${n} application${n === 1 ? '' : 's'} ended because the employer’s plans changed (position closed, on hold, budget cut, filled internally, needs changed): not you. ${n === 1 ? 'It is' : 'They are'} left out of your rates.`;
  return { count: n, message, byTransition, applications: apps };
}

/**
 * A probability as a whole percentage.
 * @example pct(0.234) // '23%'
 */
export function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}

function range(low: number, high: number): string {
  return Math.round(low * 100) === Math.round(high * 100) ? '' : ` (the published figures go from ${pct(low)} to ${pct(high)})`;
}
