import { z } from 'zod';

/** Tags are short labels a person puts on applications ("remote", "dream job"); bounded so a card stays readable. */
export const TAG_LIMITS = { count: 10, length: 30 } as const;

export const tagSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(TAG_LIMITS.length, `a tag has at most ${TAG_LIMITS.length} characters`);

/** Tags as given: trimmed, duplicates (ignoring case) dropped, at most ten. */
export const tagsSchema = z
  .array(tagSchema)
  .max(TAG_LIMITS.count, `at most ${TAG_LIMITS.count} tags`)
  .transform((tags) => normalizeTags(tags));

export const PRIORITIES = ['low', 'normal', 'high'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;

/**
 * Trim tags and keep the first spelling of each (ignoring case), in the order given.
 * @example normalizeTags([' Remote', 'remote', 'fintech']) // ['Remote', 'fintech']
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Closed cards leave the board this many days after they closed, unless the person says otherwise. */
export const DEFAULT_ARCHIVE_AFTER_DAYS = 30;

export const boardSettingsSchema = z.object({
  /** Days after an application closed before its card is archived (hidden until asked for). */
  archiveAfterDays: z.number().int().min(1).max(3650),
});
export type BoardSettings = z.infer<typeof boardSettingsSchema>;

/**
 * Whether a closed application is archived on `today` (YYYY-MM-DD): it closed `archiveAfterDays`
 * or more days before. Open applications are never archived.
 * @example isArchived({ outcome: 'rejected', stageSince: '2026-01-01' }, '2026-02-15', 30) // true
 */
export function isArchived(app: { outcome: string | null; stageSince: string | null }, today: string, archiveAfterDays = DEFAULT_ARCHIVE_AFTER_DAYS): boolean {
  if (!app.outcome || !app.stageSince) return false;
  return daysBetween(app.stageSince.slice(0, 10), today) >= archiveAfterDays;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What the board can be narrowed to; every field is optional and they combine with AND. */
export interface BoardFilter {
  /** Words to find in company, role or tags. */
  text?: string;
  /** Board column ids or stages to keep, as the caller defines them; checked by `inStages`. */
  stages?: readonly string[];
  sources?: readonly string[];
  tags?: readonly string[];
  priorities?: readonly Priority[];
  /** Keep applications whose current stage began on or after this day (YYYY-MM-DD). */
  since?: string;
  /** ... and on or before this day. */
  until?: string;
}

export interface FilterableApplication {
  company: string;
  role: string;
  source: string | null;
  tags: readonly string[];
  priority: Priority;
  stageSince: string | null;
}

/**
 * Whether an application passes a board filter. Stages are left to the caller (`inStage`), since
 * the board groups several stages into one column. Tags and sources match ignoring case; an
 * application passes a tag filter when it has any of the chosen tags.
 * @example matchesFilter(app, { priorities: ['high'], tags: ['remote'] }, () => true)
 */
export function matchesFilter(app: FilterableApplication, filter: BoardFilter, inStage: (stages: readonly string[]) => boolean): boolean {
  const text = filter.text?.trim().toLowerCase();
  if (text && !`${app.company} ${app.role} ${app.tags.join(' ')}`.toLowerCase().includes(text)) return false;
  if (filter.stages?.length && !inStage(filter.stages)) return false;
  if (filter.sources?.length && !filter.sources.some((s) => s.toLowerCase() === (app.source ?? '').trim().toLowerCase())) return false;
  if (filter.tags?.length) {
    const mine = new Set(app.tags.map((t) => t.toLowerCase()));
    if (!filter.tags.some((t) => mine.has(t.toLowerCase()))) return false;
  }
  if (filter.priorities?.length && !filter.priorities.includes(app.priority)) return false;
  const day = app.stageSince?.slice(0, 10) ?? null;
  if (filter.since && (!day || day < filter.since)) return false;
  if (filter.until && (!day || day > filter.until)) return false;
  return true;
}
