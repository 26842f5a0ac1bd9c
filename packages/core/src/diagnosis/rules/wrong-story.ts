import { compareGroups } from './compare';
import { combineAspects, comparisonAspect } from './aspect';
import { LINKS } from './links';
import type { DiagnosisRule } from './types';

/** Under half of the listing's requirements covered by a story counts as a poor match. */
export const LOW_COVERAGE = 0.5;

/** "They told the wrong story": stories that miss the listing, leadership stories for a non-manager role. */
export const wrongStoryRule: DiagnosisRule = {
  id: 'wrong-story',
  title: 'Stories that did not fit the listing',
  evaluate(ctx) {
    const coverageCmp = compareGroups(ctx, (c) => {
      const s = c.app.storyCoverage;
      return s && s.total > 0 ? s.covered / s.total < LOW_COVERAGE : null;
    });
    const coverage = comparisonAspect(ctx, coverageCmp, {
      bad: `stories covering under ${Math.round(LOW_COVERAGE * 100)}% of the listing's requirements`,
      good: 'at least half covered',
      what: 'story coverage',
      noData: "Story coverage: not recorded yet. Match your stories to the listing's requirements before your next interview.",
    });
    const leadershipCmp = compareGroups(ctx, (c) => (c.app.storyCoverage ? c.app.storyCoverage.leadershipWarning : null));
    const leadership = comparisonAspect(ctx, leadershipCmp, {
      bad: 'leadership stories picked for a role that is not a manager role',
      good: 'no such warning',
      what: 'leadership check',
      noData: 'Leadership emphasis: not recorded yet (it comes with story coverage).',
    });
    // One missing record explains both aspects; say it once.
    const aspects = coverage.hasData || leadership.hasData ? [coverage, leadership].filter((a) => a.hasData) : [coverage];
    return combineAspects(this, aspects, {
      text: "Match a story to each of the listing's requirements; keep leadership stories for manager roles.",
      href: LINKS.stories,
    });
  },
};
