import { reason } from './compare';
import { LINKS } from './links';
import type { DiagnosisRule, RuleContext } from './types';
import type { ApplicationOutcome } from '../outcomes';

type After = 'advanced' | 'rejected' | 'pending';

function afterCheck(o: ApplicationOutcome | undefined): After {
  if (!o) return 'pending';
  if (o.status === 'offer') return 'advanced';
  if (o.status === 'stopped') return 'rejected';
  return 'pending';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "One of their references is not on their side": which reference was used where, and what followed the checks. */
export const referencesRule: DiagnosisRule = {
  id: 'references',
  title: 'A reference who may not be on your side',
  evaluate(ctx: RuleContext) {
    const fix = { text: 'Use references who know your work well, and brief them on each job before they get the call.', href: LINKS.references };
    const refs = ctx.input.references;
    if (!refs) {
      return reason(this, { score: 0, evidence: ['References: not recorded yet. Note which reference you give for each application.'], fix, hasData: false });
    }
    const byApp = new Map(ctx.outcomes.map((o) => [o.app.id, o]));
    const checks = new Map<string, { name: string; advanced: number; rejected: number; companies: string[] }>();
    for (const r of refs) {
      if (!r.checkHappened) continue;
      const key = r.name.trim().toLowerCase();
      const entry = checks.get(key) ?? { name: r.name.trim(), advanced: 0, rejected: 0, companies: [] };
      if (r.name.trim() < entry.name) entry.name = r.name.trim();
      const after = r.outcome ?? afterCheck(byApp.get(r.applicationId));
      if (after === 'advanced') entry.advanced++;
      if (after === 'rejected') {
        entry.rejected++;
        entry.companies.push(byApp.get(r.applicationId)?.app.company ?? r.applicationId);
      }
      checks.set(key, entry);
    }
    if (refs.length === 0) return reason(this, { score: 0, evidence: ['No reference given so far.'], fix, hasData: true });
    if (checks.size === 0) {
      return reason(this, { score: 0, evidence: [`References given ${plural(refs.length, 'time', 'times')}; no reference check recorded as done yet.`], fix, hasData: false });
    }
    let worst: { score: number; key: string } = { score: 0, key: '' };
    const total = [...checks.values()].reduce((s, e) => ({ a: s.a + e.advanced, r: s.r + e.rejected }), { a: 0, r: 0 });
    for (const [key, e] of [...checks.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      const n = e.advanced + e.rejected;
      if (n === 0) continue;
      const othersN = total.a + total.r - n;
      const pRef = (e.rejected + 0.5) / (n + 1);
      const pOthers = othersN > 0 ? (total.r - e.rejected + 0.5) / (othersN + 1) : 0.5;
      const score = Math.max(0, pRef - pOthers) * (n / (n + 2));
      if (score > worst.score) worst = { score, key };
    }
    const evidence = [...checks.entries()]
      .sort((x, y) => y[1].rejected - x[1].rejected || (x[0] < y[0] ? -1 : 1))
      .map(([, e]) => {
        const n = e.advanced + e.rejected;
        if (n === 0) return `Reference check with ${e.name}: no outcome yet.`;
        const rej = e.rejected ? `; followed by a rejection ${plural(e.rejected, 'time', 'times')}${e.companies.length ? ` (${[...new Set(e.companies)].sort().slice(0, 4).join(', ')})` : ''}` : '';
        return `${plural(n, 'reference check', 'reference checks')} with ${e.name}${e.advanced ? `: followed by a next step or offer ${plural(e.advanced, 'time', 'times')}` : ''}${rej}.`;
      });
    if (worst.score > 0) evidence.unshift(`Checks with ${checks.get(worst.key)!.name} were followed by rejections more often than checks with your other references.`);
    const decided = total.a + total.r;
    if (decided < 3) evidence.push(`Only ${plural(decided, 'reference check has', 'reference checks have')} an outcome so far: too few to say whether one of your references hurts you.`);
    const checked = refs.filter((r) => r.checkHappened && r.briefedBeforeCheck !== undefined);
    const unbriefed = checked.filter((r) => r.briefedBeforeCheck === false);
    if (unbriefed.length > 0) evidence.push(`${unbriefed.length} of ${plural(checked.length, 'reference check', 'reference checks')} happened before you had briefed the reference about the job.`);
    const weak = [...new Set(refs.filter((r) => r.knowsWork !== undefined && r.knowsWork <= 2).map((r) => `${r.name.trim()} (${r.knowsWork} of 5)`))].sort();
    if (weak.length > 0) evidence.push(`Given as a reference though they know your work only a little: ${weak.join(', ')}.`);
    const unbriefedShare = checked.length ? unbriefed.length / checked.length : 0;
    const score = Math.max(worst.score, unbriefedShare * 0.3 * (checked.length / (checked.length + 2)));
    return reason(this, { score, evidence, fix, hasData: true });
  },
};
