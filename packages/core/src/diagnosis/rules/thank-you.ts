import { compareGroups, topItems } from './compare';
import { combineAspects, comparisonAspect } from './aspect';
import { LINKS } from './links';
import { NOTE_PROBLEM_LABELS } from '../../notes/types';
import type { DiagnosisRule, FirstRoundCase } from './types';

type NoteProblem = 'missing' | 'late' | 'flagged';

function noteProblems(c: FirstRoundCase, hours: number): NoteProblem[] | null {
  const notes = c.interview?.thankYous;
  if (notes === undefined) return null;
  const sent = notes.map((n) => (n.sentAt ? Date.parse(n.sentAt) : Number.NaN)).filter((t) => Number.isFinite(t));
  const problems: NoteProblem[] = [];
  if (sent.length === 0) problems.push('missing');
  else if (c.endsAtMs !== null && Math.min(...sent) - c.endsAtMs > hours * 3_600_000) problems.push('late');
  if (notes.some((n) => n.problems.length > 0)) problems.push('flagged');
  return problems;
}

/** A checker code in words ("interviewer's name misspelled"); an unknown code reads as a mistake, never raw. */
function plainProblem(code: string): string {
  return (NOTE_PROBLEM_LABELS as Record<string, string | undefined>)[code] ?? 'a mistake the checker found';
}

/** "No thank-you note within 24 hours, or one with a name misspelled" (ARCHITECTURE table). */
export const thankYouRule: DiagnosisRule = {
  id: 'thank-you',
  title: 'Thank-you note missing, late or with a mistake',
  evaluate(ctx) {
    const h = ctx.thankYouHours;
    const cmp = compareGroups(ctx, (c) => {
      const p = noteProblems(c, h);
      return p === null ? null : p.length > 0;
    });
    const tally = { missing: 0, late: 0, flagged: 0 };
    const codes: string[] = [];
    for (const c of ctx.stalled) {
      for (const p of noteProblems(c, h) ?? []) tally[p]++;
      for (const n of c.interview?.thankYous ?? []) codes.push(...n.problems.map(plainProblem));
    }
    const parts = [
      tally.missing ? `${tally.missing} with no note sent` : '',
      tally.late ? `${tally.late} sent after ${h} h` : '',
      tally.flagged ? `${tally.flagged} with a problem in the note${codes.length ? ` (${topItems(codes, 3).join(', ')})` : ''}` : '',
    ].filter(Boolean);
    const kinds = [
      tally.missing ? 'no thank-you sent' : '',
      tally.late ? `thank-you sent after ${h} h` : '',
      tally.flagged ? 'a mistake in the thank-you' : '',
    ].filter(Boolean);
    const aspect = comparisonAspect(ctx, cmp, {
      bad: kinds.length ? kinds.join(' or ') : `thank-you missing, late or flagged`,
      good: `sent on time and clean`,
      what: 'thank-you note',
      noData: 'Thank-you notes: not recorded yet. Record the note you send after your next interview.',
      details: parts.length ? [`Among the first rounds that stalled: ${parts.join('; ')}.`] : [],
    });
    return combineAspects(this, [aspect], { text: `Send a proofread note to each interviewer within ${h} hours.`, href: LINKS.compose });
  },
};
