import { z } from 'zod';
import type { SocialAuditState } from '../diagnosis/input';
import { presenceChecklist } from './presence';
import { socialFindingRecordSchema, socialFindingFromRow, socialPresenceFromRow, type SocialFindingRecord, type SocialPresence, type SocialAuditRow, type SocialFindingRow, type SocialPresenceRow } from './records';
import { FINDING_CATEGORIES, findingCategorySchema, socialPlatformSchema, type FindingCategory, type SocialPlatform } from './types';

/** Plain-language names of the finding categories, for the page and the CLI. */
export const FINDING_CATEGORY_LABELS: Record<FindingCategory, string> = {
  profanity: 'Profanity',
  sexual: 'Sexual content',
  alcohol_drugs: 'Alcohol and drugs',
  violence: 'Violence and threats',
  discrimination: 'Discrimination and hate',
  badmouthing: 'Bad-mouthing an employer or colleagues',
  confidential: 'Confidential information',
  illegal: 'Illegal activity',
};

export const socialFindingGroupsSchema = z.array(
  z.object({
    category: findingCategorySchema,
    label: z.string(),
    open: z.number().int(),
    total: z.number().int(),
    years: z.array(z.object({ year: z.number().int().nullable(), findings: z.array(socialFindingRecordSchema) })),
  }),
);
export type SocialFindingGroups = z.infer<typeof socialFindingGroupsSchema>;

/**
 * Findings grouped by category (in the categories' fixed order) and, inside, by year (newest
 * first, undated last); inside a year, newest first.
 * @example groupSocialFindings([finding])[0]?.years[0]?.year // 2019
 */
export function groupSocialFindings(findings: readonly SocialFindingRecord[]): SocialFindingGroups {
  const out: SocialFindingGroups = [];
  for (const category of FINDING_CATEGORIES) {
    const mine = findings.filter((f) => f.category === category);
    if (mine.length === 0) continue;
    const byYear = new Map<number | null, SocialFindingRecord[]>();
    for (const f of mine) {
      const y = f.date && /^\d{4}/.test(f.date) ? Number(f.date.slice(0, 4)) : null;
      const list = byYear.get(y);
      if (list) list.push(f);
      else byYear.set(y, [f]);
    }
    const years = [...byYear.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
      .map(([year, list]) => ({ year, findings: list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id)) }));
    out.push({ category, label: FINDING_CATEGORY_LABELS[category], open: mine.filter((f) => !f.dealtWith).length, total: mine.length, years });
  }
  return out;
}

export const socialPresenceStatusSchema = z.object({
  platform: socialPlatformSchema,
  checks: z.array(z.object({ id: z.string(), label: z.string(), why: z.string() })),
  checked: z.array(z.string()),
  done: z.boolean(),
  /** Whether an export of this platform was scanned (its checklist then counts toward "done"). */
  audited: z.boolean(),
});
export type SocialPresenceStatus = z.infer<typeof socialPresenceStatusSchema>;

/**
 * The checklist of every platform with what the person ticked (unknown ticks dropped).
 * @example presenceStatus([], new Set(['x']))[0]?.platform // 'x'
 */
export function presenceStatus(saved: readonly SocialPresence[], audited: ReadonlySet<SocialPlatform>): SocialPresenceStatus[] {
  const order: SocialPlatform[] = ['linkedin', 'x', 'facebook', 'instagram', 'reddit'];
  return order.map((platform) => {
    const checks = presenceChecklist(platform);
    const ticked = new Set(saved.find((s) => s.platform === platform)?.checked ?? []);
    const checked = checks.filter((c) => ticked.has(c.id)).map((c) => c.id);
    return { platform, checks, checked, done: checked.length === checks.length, audited: audited.has(platform) };
  });
}

/**
 * Whether the presence checklist is done: every platform in use (scanned, or with a point
 * ticked) has all its points ticked, and there is at least one. Having no presence at all is
 * what the 47% finding is about, so "nothing ticked anywhere" is not done.
 * @example isPresenceDone(presenceStatus([], new Set())) // false
 */
export function isPresenceDone(status: readonly SocialPresenceStatus[]): boolean {
  const inUse = status.filter((s) => s.audited || s.checked.length > 0);
  return inUse.length > 0 && inUse.every((s) => s.done);
}

/** The backup arrays of the social audit (absent in backups written before it existed). */
export interface SocialBackupParts {
  socialAudits?: readonly SocialAuditRow[] | undefined;
  socialFindings?: readonly SocialFindingRow[] | undefined;
  socialPresence?: readonly SocialPresenceRow[] | undefined;
}

/**
 * The social-audit part of the diagnosis input from backup arrays: undefined when the backup has
 * none of them (not recorded), otherwise whether an export was scanned, the open findings per
 * category and whether the presence checklist is done.
 * @example socialAuditStateFromBackup({ socialAudits: [], socialFindings: [], socialPresence: [] }) // { scanned: false, openFindings: {}, presenceChecklistDone: false }
 */
export function socialAuditStateFromBackup(b: SocialBackupParts): SocialAuditState | undefined {
  if (b.socialAudits === undefined && b.socialFindings === undefined && b.socialPresence === undefined) return undefined;
  const audited = new Set<SocialPlatform>();
  for (const a of b.socialAudits ?? []) {
    const p = socialPlatformSchema.safeParse(a.platform);
    if (a.status === 'done' && p.success) audited.add(p.data);
  }
  const openFindings: Record<string, number> = {};
  for (const row of b.socialFindings ?? []) {
    const f = socialFindingFromRow(row);
    if (f && !f.dealtWith) openFindings[f.category] = (openFindings[f.category] ?? 0) + 1;
  }
  const presence = (b.socialPresence ?? []).map(socialPresenceFromRow).filter((p): p is SocialPresence => p !== null);
  return { scanned: audited.size > 0, openFindings, presenceChecklistDone: isPresenceDone(presenceStatus(presence, audited)) };
}
