import { betaCdf, betaQuantile } from './beta';
import type { BaseRate, BaseRateKey, BaseRates } from './base-rates';
import { TRANSITION_IDS, type ApplicationOutcome, type TransitionId } from './outcomes';
import type { FunnelStep } from './result';

/** Which published average each transition is compared with; later rounds have none. */
const RATE_KEY: Partial<Record<TransitionId, BaseRateKey>> = {
  applied: 'applied',
  screen: 'screen',
  round1: 'firstToSecond',
  final: 'finalToOffer',
};

const LABELS: Record<TransitionId, { label: string; from: string; to: string }> = {
  applied: { label: 'Applied → screen or interview', from: 'applied', to: 'screen or round 1' },
  screen: { label: 'Screen → round 1', from: 'screen', to: 'round 1' },
  round1: { label: 'Round 1 → round 2', from: 'round 1', to: 'round 2 or offer' },
  round2: { label: 'Round 2 → next step', from: 'round 2', to: 'round 3 or offer' },
  round3: { label: 'Round 3 → next step', from: 'round 3', to: 'round 4 or offer' },
  round4: { label: 'Round 4 → next step', from: 'round 4', to: 'round 5 or offer' },
  round5: { label: 'Round 5 → next step', from: 'round 5', to: 'round 6 or offer' },
  round6: { label: 'Round 6 → next step', from: 'round 6', to: 'round 7 or offer' },
  round7: { label: 'Round 7 → next step', from: 'round 7', to: 'round 8 or offer' },
  round8: { label: 'Round 8 → offer', from: 'round 8', to: 'offer' },
  final: { label: 'Final round → offer', from: 'final round', to: 'offer' },
};

/** The steps always shown, even on an empty search, so the page has its frame from day one. */
const ALWAYS_SHOWN = new Set<TransitionId>(['applied', 'screen', 'round1', 'final']);

/** 80% credible interval: the 10th and 90th percentiles of the posterior. */
export const INTERVAL_LEVEL = 0.8;

/**
 * Count every transition of the funnel and compare the person's rate with the typical one:
 * posterior Beta(w·t + advanced, w·(1−t) + not advanced), where t is the typical rate and w the
 * prior weight (pseudo-observations). Transitions without a published average use a uniform
 * prior and report no comparison. Open, not-you and withdrawn cases are counted but not used.
 * @example buildFunnel(outcomes, { rates: DEFAULT_BASE_RATES, priorWeight: 4 })[2].probBelowTypical
 */
export function buildFunnel(outcomes: readonly ApplicationOutcome[], opts: { rates: BaseRates; priorWeight: number }): FunnelStep[] {
  const counts = new Map<TransitionId, { entered: number; advanced: number; notAdvanced: number; open: number; notYou: number; withdrawn: number }>();
  for (const id of TRANSITION_IDS) counts.set(id, { entered: 0, advanced: 0, notAdvanced: 0, open: 0, notYou: 0, withdrawn: 0 });
  for (const o of outcomes) {
    for (const id of TRANSITION_IDS) {
      const t = o.transitions[id];
      if (t === undefined) continue;
      const c = counts.get(id)!;
      c.entered++;
      if (t === 'advanced') c.advanced++;
      else if (t === 'not_advanced') c.notAdvanced++;
      else if (t === 'open') c.open++;
      else if (t === 'not_you') c.notYou++;
      else c.withdrawn++;
    }
  }
  const steps: FunnelStep[] = [];
  for (const id of TRANSITION_IDS) {
    const c = counts.get(id)!;
    if (!ALWAYS_SHOWN.has(id) && c.entered === 0) continue;
    const key = RATE_KEY[id];
    const typical = key ? opts.rates[key] : null;
    const decided = c.advanced + c.notAdvanced;
    const [a0, b0] = typical ? [opts.priorWeight * typical.typical, opts.priorWeight * (1 - typical.typical)] : [1, 1];
    const a = a0 + c.advanced;
    const b = b0 + c.notAdvanced;
    const low = betaQuantile((1 - INTERVAL_LEVEL) / 2, a, b);
    const high = betaQuantile((1 + INTERVAL_LEVEL) / 2, a, b);
    const estimate = betaQuantile(0.5, a, b);
    steps.push({
      id,
      ...LABELS[id],
      ...c,
      decided,
      rate: decided > 0 ? c.advanced / decided : null,
      estimate,
      interval: { low, high, level: INTERVAL_LEVEL },
      typical: typical ? typicalView(typical) : null,
      probBelowTypical: typical ? betaCdf(typical.typical, a, b) : null,
      sampleNote: sampleNote(id, decided),
    });
  }
  return steps;
}

function typicalView(r: BaseRate): NonNullable<FunnelStep['typical']> {
  return { rate: r.typical, low: r.low, high: r.high, source: r.source, year: r.year, label: r.label, sources: r.sources, derivation: r.derivation };
}

const NOUN: Record<TransitionId, [string, string]> = {
  applied: ['application', 'applications'],
  screen: ['recruiter screen', 'recruiter screens'],
  round1: ['first interview', 'first interviews'],
  round2: ['round-2 interview', 'round-2 interviews'],
  round3: ['round-3 interview', 'round-3 interviews'],
  round4: ['round-4 interview', 'round-4 interviews'],
  round5: ['round-5 interview', 'round-5 interviews'],
  round6: ['round-6 interview', 'round-6 interviews'],
  round7: ['round-7 interview', 'round-7 interviews'],
  round8: ['round-8 interview', 'round-8 interviews'],
  final: ['final round', 'final rounds'],
};

/**
 * A transition's cases in words ("1 first interview", "9 first interviews").
 * @example casesOf('round1', 2) // '2 first interviews'
 */
export function casesOf(id: TransitionId, n: number): string {
  const [one, many] = NOUN[id];
  return `${n} ${n === 1 ? one : many}`;
}

function sampleNote(id: TransitionId, decided: number): string {
  if (decided === 0) return `No ${NOUN[id][0]} has an answer yet.`;
  if (decided < 5) return `Only ${casesOf(id, decided)} with an answer: too few to say much, so the estimate stays close to the average.`;
  if (decided < 15) return `${casesOf(id, decided)} with an answer: a first picture, still uncertain.`;
  return `${casesOf(id, decided)} with an answer.`;
}
