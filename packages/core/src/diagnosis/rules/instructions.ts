import { compareGroups } from './compare';
import { combineAspects, comparisonAspect } from './aspect';
import { LINKS } from './links';
import type { DiagnosisRule, FirstRoundCase } from './types';

function norm(s: string): string {
  return s.trim().toLowerCase();
}

function materialsProblem(c: FirstRoundCase): boolean | null {
  const m = c.app.materials;
  if (!m) return null;
  const sent = new Set(m.sent.map(norm));
  return !m.formatsOk || m.requested.some((r) => !sent.has(norm(r)));
}

/** A follow-up sent before the employer's stated date; null when follow-ups are not recorded. */
function earlyFollowUp(c: FirstRoundCase): boolean | null {
  const f = c.interview?.followUps;
  if (!f) return null;
  return f.some((x) => x.sentOn !== null && x.statedUntil !== null && x.sentOn < x.statedUntil);
}

/** "They did not follow instructions": requested materials and formats; follow-up before the stated timeline. */
export const instructionsRule: DiagnosisRule = {
  id: 'instructions',
  title: 'Instructions not followed: materials, formats, timeline',
  evaluate(ctx) {
    const matCmp = compareGroups(ctx, materialsProblem);
    const unsent = ctx.stalled.flatMap((c) => {
      const m = c.app.materials;
      if (!m) return [];
      const sent = new Set(m.sent.map(norm));
      return m.requested.filter((r) => !sent.has(norm(r)));
    });
    const badFormats = ctx.stalled.filter((c) => c.app.materials && !c.app.materials.formatsOk).length;
    const details: string[] = [];
    if (unsent.length) details.push(`Requested but not sent: ${[...new Set(unsent.map(norm))].sort().slice(0, 5).join(', ')}.`);
    if (badFormats) details.push(`Files in another format than asked: ${badFormats} of the first rounds that stalled.`);
    const materials = comparisonAspect(ctx, matCmp, {
      bad: 'requested materials or file formats not as asked',
      good: 'everything sent as asked',
      what: 'materials checklist',
      noData: 'Materials and formats: not recorded yet. Tick the materials checklist when you send what a listing asks for.',
      details,
    });
    const timingCmp = compareGroups(ctx, earlyFollowUp);
    const timing = comparisonAspect(ctx, timingCmp, {
      bad: "a follow-up sent before the employer's stated date",
      good: 'follow-ups waited for the stated date',
      what: 'follow-up timing',
      noData: 'Follow-up timing: not recorded yet. Note what they said about next steps in the debrief; the planner times the follow-up.',
    });
    return combineAspects(this, [materials, timing], {
      text: "Read the request and send exactly the materials and formats asked for; follow up only after the date they gave.",
      href: LINKS.materials(ctx.focusApplicationId),
    });
  },
};
