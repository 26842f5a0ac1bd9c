import { reason, topItems } from './compare';
import { FINDING_CATEGORY_LABELS } from '../../social/audit';
import { LINKS } from './links';
import type { DiagnosisRule } from './types';

/*
 * CareerBuilder's 2018 survey of hiring managers: 57% of those who screen candidates on social
 * media found content that made them not hire; 47% are less likely to interview a candidate they
 * cannot find online. Quoted in the evidence so the person sees why it matters.
 */
const FOUND_CONTENT = '57% of hiring managers who screen online found content that made them not hire (CareerBuilder, 2018)';
const NO_PRESENCE = '47% are less likely to interview someone they cannot find online (CareerBuilder, 2018)';

/** "Social media too revealing, or no presence at all": the audit's open findings and presence checklist. */
export const socialMediaRule: DiagnosisRule = {
  id: 'social-media',
  title: 'What employers find online',
  evaluate(ctx) {
    const fix = { text: 'Run the social audit on your platform exports, clean up what it finds, and keep a professional presence.', href: LINKS.social };
    const audit = ctx.input.socialAudit;
    if (!audit || !audit.scanned) {
      const line = audit
        ? 'Social audit: not run yet. Upload your platform exports; nothing leaves your machine.'
        : 'Social audit: not recorded yet. Upload your platform exports to see what an employer could find; nothing leaves your machine.';
      return reason(this, { score: 0, evidence: [line], fix, hasData: false });
    }
    const findings = Object.entries(audit.openFindings)
      .filter(([, n]) => n > 0)
      .flatMap(([category, n]) => Array.from({ length: Math.min(n, 10_000) }, () => categoryWords(category)));
    const total = Object.values(audit.openFindings).reduce((s, n) => s + Math.max(0, n), 0);
    const evidence: string[] = [];
    if (total > 0) evidence.push(`Social audit: ${total} open finding${total === 1 ? '' : 's'} (${topItems(findings, 5).join(', ')}). ${FOUND_CONTENT}.`);
    else evidence.push('Social audit: no open findings.');
    if (!audit.presenceChecklistDone) evidence.push(`Presence checklist not done: ${NO_PRESENCE}.`);
    else evidence.push('Presence checklist done.');
    // The audit is about the person, not one application, so it cannot be compared between first
    // rounds that stalled and those that advanced; its weight grows with the number of stalls.
    const stalls = ctx.stalled.length;
    const weight = (total > 0 ? 0.6 : 0) + (audit.presenceChecklistDone ? 0 : 0.3);
    if (weight > 0) evidence.push('The audit covers your whole online presence, so it cannot be compared between first rounds that stalled and those that advanced.');
    return reason(this, { score: weight * (stalls / (stalls + 3)), evidence, fix, hasData: true });
  },
};

/** A finding category in words ("alcohol and drugs"), never its code. */
function categoryWords(category: string): string {
  const label = (FINDING_CATEGORY_LABELS as Record<string, string | undefined>)[category];
  return label ? label.charAt(0).toLowerCase() + label.slice(1) : category.replace(/_/g, ' ');
}
