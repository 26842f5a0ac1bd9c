import type { ReasonResult } from '../result';
import { comparisonLine, reason, unrecordedLine, type Comparison } from './compare';
import type { RuleContext } from './types';

/** One thing a rule checks (a rule may check several: prep and debrief, materials and timing). */
export interface Aspect {
  hasData: boolean;
  score: number;
  lines: string[];
}

/**
 * Read one comparison into evidence lines. With nothing recorded the only line says what to
 * record (never a guess); with records only on the advanced side it says so.
 * @example comparisonAspect(ctx, cmp, { bad: 'no thank-you', good: 'sent', what: 'thank-you', noData: 'no thank-you notes recorded yet: …' })
 */
export function comparisonAspect(
  ctx: RuleContext,
  cmp: Comparison,
  words: { bad: string; good: string; what: string; noData: string; details?: string[] },
): Aspect {
  if (cmp.stalled.n === 0 && cmp.advanced.n === 0) return { hasData: false, score: 0, lines: [words.noData] };
  if (ctx.stalled.length === 0) {
    return { hasData: true, score: 0, lines: [`${capital(words.what)} recorded, and no first round has stalled so far: nothing to explain.`] };
  }
  if (cmp.stalled.n === 0) {
    return {
      hasData: false,
      score: 0,
      lines: [`${capital(words.what)} recorded only for first rounds that advanced; record it after every interview so the ones that stalled can be compared.`],
    };
  }
  const lines = [comparisonLine(cmp, words.bad, words.good, ctx.advanced.length, { what: words.what, totalStalled: ctx.stalled.length })];
  const missing = unrecordedLine(ctx, cmp, words.what);
  if (missing) lines.push(missing);
  if (cmp.stalled.k > 0) lines.push(...(words.details ?? []));
  return { hasData: true, score: cmp.score, lines };
}

/**
 * Merge a rule's aspects: the strongest aspect sets the score, lines with data come first.
 * @example combineAspects(rule, [prep, debrief], fix).status // 'evidence'
 */
export function combineAspects(rule: { id: string; title: string }, aspects: readonly Aspect[], fix: { text: string; href: string }): ReasonResult {
  const withData = aspects.filter((a) => a.hasData);
  const without = aspects.filter((a) => !a.hasData);
  return reason(rule, {
    score: withData.reduce((m, a) => Math.max(m, a.score), 0),
    evidence: [...withData.flatMap((a) => a.lines), ...without.flatMap((a) => a.lines)],
    fix,
    hasData: withData.length > 0,
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
