import type { ReasonResult, ReasonStatus } from '../result';
import type { FirstRoundCase, RuleContext } from './types';

/** Below this score a rule with data reports "clear" rather than "evidence". */
export const EVIDENCE_THRESHOLD = 0.1;

/** How often a problem shows among first rounds that stalled and among those that advanced. */
export interface Comparison {
  stalled: { n: number; k: number };
  advanced: { n: number; k: number };
  score: number;
}

/**
 * Count a problem in both groups. `hasProblem` returns null when the record is absent (not
 * recorded yet), which leaves that case out of both counts rather than guessing.
 * @example compareGroups(ctx, (c) => c.interview?.prep ? c.interview.prep.readiness < 0.7 : null)
 */
export function compareGroups(ctx: RuleContext, hasProblem: (c: FirstRoundCase) => boolean | null): Comparison {
  const stalled = tally(ctx.stalled, hasProblem);
  const advanced = tally(ctx.advanced, hasProblem);
  return { stalled, advanced, score: comparisonScore(stalled, advanced) };
}

/**
 * Score from 0 to 1: how much more often the problem shows where first rounds stalled than where
 * they advanced, shrunk towards 0 with few stalled cases. Proportions use a Jeffreys-like +½ so
 * that 1 of 1 is not read as certainty; without any advanced case to compare, the other side is
 * taken as a coin flip (0.5), which keeps the score modest.
 * @example comparisonScore({ n: 5, k: 4 }, { n: 2, k: 0 }) // ≈ 0.42
 */
export function comparisonScore(stalled: { n: number; k: number }, advanced: { n: number; k: number }): number {
  if (stalled.n === 0) return 0;
  const ps = (stalled.k + 0.5) / (stalled.n + 1);
  const pa = advanced.n > 0 ? (advanced.k + 0.5) / (advanced.n + 1) : 0.5;
  const shrink = stalled.n / (stalled.n + 2);
  return clamp01(Math.max(0, ps - pa) * shrink);
}

function tally(cases: readonly FirstRoundCase[], hasProblem: (c: FirstRoundCase) => boolean | null): { n: number; k: number } {
  let n = 0;
  let k = 0;
  for (const c of cases) {
    const v = hasProblem(c);
    if (v === null) continue;
    n++;
    if (v) k++;
  }
  return { n, k };
}

/**
 * "4 of the 5", "both", "all 3", "none of the 2", "the one": a count read aloud.
 * @example countOf(2, 2) // 'both'
 */
export function countOf(k: number, n: number): string {
  if (n === 1) return k === 1 ? 'the one' : 'not the one';
  if (k === 0) return n === 2 ? 'neither of the 2' : `none of the ${n}`;
  if (k === n) return n === 2 ? 'both' : `all ${n}`;
  return `${k} of the ${n}`;
}

/**
 * One evidence line in the house style: "thank-you sent after 24 h for 4 of the 5 first rounds
 * that stalled; on time for both that advanced".
 * @example comparisonLine(cmp, 'thank-you sent after 24 h', 'on time')
 */
export function comparisonLine(c: Comparison, bad: string, good: string, totalAdvanced: number, recorded?: { what: string; totalStalled: number }): string {
  const s = c.stalled;
  // Each card counts only the stalled first rounds where its record exists; when that is fewer
  // than all of them, say so in the same sentence so counts that differ between cards add up.
  const partial = recorded && s.n < recorded.totalStalled ? ` with a ${recorded.what} recorded (of the ${recorded.totalStalled} that stalled)` : '';
  const first = `${bad} for ${countOf(s.k, s.n)} first round${s.n === 1 ? '' : 's'} that stalled${partial}`;
  const a = c.advanced;
  let second: string;
  if (totalAdvanced === 0) second = 'no first round has advanced yet to compare with';
  else if (a.n === 0) second = 'not recorded for the first rounds that advanced';
  else if (a.k === 0) second = `${good} for ${a.n === 1 ? 'the one' : a.n === 2 ? 'both' : `all ${a.n}`} that advanced`;
  else second = `the same for ${a.k} of the ${a.n} that advanced`;
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}; ${second}.`;
}

/**
 * A line saying how many cases had nothing recorded, so a count is never read as the whole story.
 * @example unrecordedLine(ctx, cmp, 'thank-you') // '2 first rounds that stalled have no thank-you recorded.'
 */
export function unrecordedLine(ctx: RuleContext, c: Comparison, what: string): string | null {
  const missing = ctx.stalled.length - c.stalled.n;
  if (missing <= 0 || c.stalled.n === 0) return null;
  return `${missing} first round${missing === 1 ? '' : 's'} that stalled ${missing === 1 ? 'has' : 'have'} no ${what} recorded.`;
}

/**
 * Status from the data a rule had: nothing recorded → no_data; a score worth showing → evidence.
 * @example statusOf(true, 0.05) // 'clear'
 */
export function statusOf(hasData: boolean, score: number): ReasonStatus {
  if (!hasData) return 'no_data';
  return score >= EVIDENCE_THRESHOLD ? 'evidence' : 'clear';
}

/**
 * Assemble a rule's result, rounding the score and keeping it a finite number in [0, 1].
 * @example reason(rule, { score: 0.4, evidence: ['…'], fix, hasData: true })
 */
export function reason(
  rule: { id: string; title: string },
  r: { score: number; evidence: string[]; fix: { text: string; href: string }; hasData: boolean },
): ReasonResult {
  const score = r.hasData && Number.isFinite(r.score) ? Math.round(clamp01(r.score) * 1000) / 1000 : 0;
  return { id: rule.id, title: rule.title, score, evidence: r.evidence, fix: r.fix, status: statusOf(r.hasData, score) };
}

/**
 * The most frequent strings in a list, "text (count)", for evidence lines.
 * @example topItems(['a', 'b', 'a'], 2) // ['a (2)', 'b (1)']
 */
export function topItems(items: readonly string[], limit: number, quote = false): string[] {
  const counts = new Map<string, number>();
  for (const raw of items) {
    const item = raw.trim();
    if (item) counts.set(item, (counts.get(item) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([t, n]) => (quote ? `“${t}” (${n})` : `${t} (${n})`));
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
