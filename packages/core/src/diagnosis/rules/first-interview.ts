import { compareGroups, topItems } from './compare';
import { combineAspects, comparisonAspect } from './aspect';
import { LINKS } from './links';
import type { DiagnosisRule, FirstRoundCase } from './types';
import type { PrepRecord, DebriefRecord } from '../input';

/** Below this readiness a prep sheet counts as thin (the prep sheet scores 0..1). */
export const THIN_PREP_READINESS = 0.7;

function isThin(p: PrepRecord): boolean {
  return p.readiness < THIN_PREP_READINESS || !p.hasWhyThisJob || !p.hasCompanyNotes;
}

function debriefFlags(d: DebriefRecord): string[] {
  const flags: string[] = [];
  if (d.namesRight === false) flags.push("interviewer's name wrong");
  if (d.researchShown === false) flags.push('little research shown');
  if (d.whyThisJobAnswered === false) flags.push('could not say why this job');
  if (d.fumbledQuestions.length > 0) flags.push('fumbled questions');
  return flags;
}

const debriefOf = (c: FirstRoundCase): DebriefRecord | undefined => c.interview?.debrief;

/** "They blew the first interview": prep sheet empty or thin before it, debrief answers after it. */
export const firstInterviewRule: DiagnosisRule = {
  id: 'first-interview',
  title: 'The first interview itself: preparation and how it went',
  evaluate(ctx) {
    const prepCmp = compareGroups(ctx, (c) => (c.interview?.prep ? isThin(c.interview.prep) : null));
    const missing = ctx.stalled.flatMap((c) => (c.interview?.prep && isThin(c.interview.prep) ? c.interview.prep.missing : []));
    const prep = comparisonAspect(ctx, prepCmp, {
      bad: `prep sheet thin (readiness under ${Math.round(THIN_PREP_READINESS * 100)}%, or no company notes or why-this-job)`,
      good: 'ready',
      what: 'prep sheet',
      noData: 'Prep sheets: not recorded yet. Fill one before your next interview.',
      details: missing.length ? [`Most often missing before the first rounds that stalled: ${topItems(missing, 4).join(', ')}.`] : [],
    });

    const debriefCmp = compareGroups(ctx, (c) => {
      const d = debriefOf(c);
      return d ? debriefFlags(d).length > 0 : null;
    });
    const flags = ctx.stalled.flatMap((c) => {
      const d = debriefOf(c);
      return d ? debriefFlags(d) : [];
    });
    const fumbled = ctx.stalled.flatMap((c) => debriefOf(c)?.fumbledQuestions ?? []);
    const details: string[] = [];
    if (flags.length) details.push(`Debrief answers after the first rounds that stalled: ${topItems(flags, 4).join(', ')}.`);
    if (fumbled.length) details.push(`Questions fumbled: ${topItems(fumbled, 4, true).join(', ')}.`);
    const debrief = comparisonAspect(ctx, debriefCmp, {
      bad: 'a debrief answer pointing at the interview itself (name wrong, little research, no why-this-job, fumbled questions)',
      good: 'none',
      what: 'debrief',
      noData: 'Debriefs: none recorded. Fill one after your next interview (two minutes).',
      details,
    });
    const next = ctx.nextFirstRound;
    const app = next ? ctx.input.applications.find((a) => a.id === next.applicationId) : undefined;
    return combineAspects(this, [prep, debrief], {
      text: `Prepare each first interview: interviewer names and how to say them, notes on the company, why this job, answers to the standard questions.${
        app ? ` Start with your next one: ${app.role} at ${app.company}.` : ' When your next first interview is booked, fill its prep sheet from its card.'
      }`,
      href: LINKS.prepFor(next),
    });
  },
};
