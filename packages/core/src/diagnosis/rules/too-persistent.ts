import { compareGroups } from './compare';
import { combineAspects, comparisonAspect } from './aspect';
import { LINKS } from './links';
import type { DiagnosisRule, FirstRoundCase } from './types';

function unanswered(c: FirstRoundCase): number | null {
  const f = c.interview?.followUps;
  if (!f) return null;
  return f.filter((x) => x.sentOn !== null && !x.answered).length;
}

/** "Too persistent": more than one follow-up after the thank-you with no answer. */
export const tooPersistentRule: DiagnosisRule = {
  id: 'too-persistent',
  title: 'Too many follow-ups',
  evaluate(ctx) {
    const cmp = compareGroups(ctx, (c) => {
      const n = unanswered(c);
      return n === null ? null : n > 1;
    });
    const most = ctx.stalled.reduce((m, c) => Math.max(m, unanswered(c) ?? 0), 0);
    const aspect = comparisonAspect(ctx, cmp, {
      bad: 'more than one unanswered follow-up',
      good: 'at most one',
      what: 'follow-up',
      noData: 'Follow-ups: not recorded yet. Plan one follow-up after your next interview and record when you send it.',
      details: most > 1 ? [`Up to ${most} unanswered follow-ups after one first round. Silence after two is an answer: one follow-up is enough.`] : [],
    });
    return combineAspects(this, [aspect], { text: 'Follow up once, on the planned day, then let it go.', href: LINKS.followUps });
  },
};
