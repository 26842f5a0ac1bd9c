import { reason } from './compare';
import { LINKS } from './links';
import type { DiagnosisRule } from './types';

/** "The employer's needs changed": not the person. Shown so they see how much of the silence was not theirs. */
export const needsChangedRule: DiagnosisRule = {
  id: 'needs-changed',
  title: "The employer's plans changed (not you)",
  evaluate(ctx) {
    const fix = { text: "Nothing to fix: the employer's plans changed. These are left out of your rates; keep applying.", href: LINKS.board };
    const ended = ctx.outcomes.filter((o) => o.status === 'stopped' || o.status === 'not_you');
    const notYou = ended.filter((o) => o.status === 'not_you');
    if (ended.length === 0) {
      return reason(this, { score: 0, evidence: ['No application has ended yet.'], fix, hasData: false });
    }
    if (notYou.length === 0) {
      return reason(this, { score: 0, evidence: [`None of the ${ended.length} applications that ended was closed because the employer's plans changed.`], fix, hasData: true });
    }
    const named = [...notYou]
      .sort((a, b) => (a.app.id < b.app.id ? -1 : 1))
      .slice(0, 5)
      .map((o) => `${o.app.company} (${o.closing?.reason?.trim() || 'position closed'})`);
    const n = ended.length;
    const k = notYou.length;
    const result = reason(this, {
      score: ((k + 0.5) / (n + 1)) * (n / (n + 2)),
      evidence: [`${k} of the ${n} applications that ended ${k === 1 ? 'was' : 'were'} closed because the employer's plans changed: ${named.join(', ')}${k > 5 ? ', …' : ''}.`],
      fix,
      hasData: true,
    });
    // A closed position is a fact on record, not a statistical hint: show it even when rare.
    return { ...result, status: 'evidence' };
  },
};
