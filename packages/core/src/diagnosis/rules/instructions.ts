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
  return !m.formatsOk || m.submittedWithProblems === true || m.requested.some((r) => !sent.has(norm(r)));
}

/** Below this many first rounds on a side, a difference between resume versions is only a hint. */
const SMALL_SAMPLE = 5;

/**
 * Which resume versions went to the first rounds that stalled and to those that advanced, in
 * plain words, with the small-sample caution; null when fewer than two versions are on record.
 */
export function resumeVersionLine(stalled: readonly FirstRoundCase[], advanced: readonly FirstRoundCase[]): string | null {
  const versions = new Map<string, { name: string; stalled: number; advanced: number }>();
  for (const [cases, side] of [[stalled, 'stalled'], [advanced, 'advanced']] as const) {
    for (const c of cases) {
      const r = c.app.materials?.resume;
      if (!r) continue;
      const v = versions.get(r.sha256) ?? { name: r.name, stalled: 0, advanced: 0 };
      v[side] += 1;
      versions.set(r.sha256, v);
    }
  }
  if (versions.size < 2) return null;
  const parts = [...versions.entries()]
    .sort((a, b) => b[1].stalled + b[1].advanced - (a[1].stalled + a[1].advanced))
    .slice(0, 4)
    .map(([sha, v]) => `"${v.name}" (${sha.slice(0, 7)}) went to ${v.stalled} first round${v.stalled === 1 ? '' : 's'} that stalled and ${v.advanced} that advanced`);
  const n = [...versions.values()].reduce((s, v) => s + v.stalled + v.advanced, 0);
  const caution = n < SMALL_SAMPLE * 2 ? ` With ${n} first rounds in all, this is a hint, not proof.` : '';
  return `Resume versions: ${parts.join('; ')}.${caution}`;
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
    const reasons = ctx.stalled.filter((c) => c.app.materials?.submittedWithProblems);
    if (reasons.length) {
      const said = [...new Set(reasons.map((c) => c.app.materials?.reason).filter((r): r is string => !!r))].slice(0, 3);
      details.push(`Marked submitted with something missing or off: ${reasons.length} of the first rounds that stalled${said.length ? ` (you said: ${said.map((r) => `"${r.slice(0, 120)}"`).join('; ')})` : ''}.`);
    }
    const versions = resumeVersionLine(ctx.stalled, ctx.advanced);
    if (versions) details.push(versions);
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
