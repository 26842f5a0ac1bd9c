import { compareGroups, topItems } from './compare';
import { combineAspects, comparisonAspect } from './aspect';
import { LINKS } from './links';
import type { DiagnosisRule } from './types';

/** "Poor culture fit": the listing's signals against the person's work-style profile. */
export const cultureFitRule: DiagnosisRule = {
  id: 'culture-fit',
  title: 'The way of working did not fit',
  evaluate(ctx) {
    const cmp = compareGroups(ctx, (c) => (c.app.cultureFit ? c.app.cultureFit.mismatchSignals.length > 0 : null));
    const signals = ctx.stalled.flatMap((c) => c.app.cultureFit?.mismatchSignals ?? []);
    const aspect = comparisonAspect(ctx, cmp, {
      bad: "a mismatch between the listing's way of working and your work-style profile",
      good: 'no mismatch',
      what: 'culture-fit check',
      noData: "Culture fit: not recorded yet. Fill your work-style profile and paste each listing to compare.",
      details: signals.length ? [`Mismatches seen where first rounds stalled: ${topItems(signals, 4).join(', ')}.`] : [],
    });
    return combineAspects(this, [aspect], {
      text: "Apply where the way of working fits you: check each listing's culture signals against your work-style profile first.",
      href: LINKS.profile,
    });
  },
};
