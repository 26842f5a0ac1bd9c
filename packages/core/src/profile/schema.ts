import { z } from 'zod';
import { storedInstantSchema } from '../model/common';

/*
 * The work-style profile (issue 10): five axes a person places themselves on, and what they will
 * not do. Each axis runs from -2 (the first pole) to +2 (the second); null means "no preference".
 * The culture-fit check holds a listing's signals against it.
 */

/** The five axes, each with its two poles in the order of the scale (-2 … +2). */
export const WORK_STYLE_AXES = [
  { id: 'place', left: 'Remote', right: 'In person', question: 'Where do you work best?' },
  { id: 'team', left: 'With a team', right: 'On my own', question: 'Do you prefer working closely with others or on your own?' },
  { id: 'social', left: 'Quiet', right: 'Social', question: 'What kind of workplace do you enjoy?' },
  { id: 'structure', left: 'Structured', right: 'Flexible', question: 'Clear processes, or room to shape the work?' },
  { id: 'pace', left: 'Steady pace', right: 'Fast pace', question: 'Which pace suits you?' },
] as const;
export type WorkStyleAxis = (typeof WORK_STYLE_AXES)[number]['id'];

const axisValue = z.number().int().min(-2).max(2).nullable().default(null);

/**
 * Things a person can say they will not do, each checked against the listing's words. The free
 * text of `wontDoOther` is also looked for, word for word.
 */
export const DEAL_BREAKERS = ['shift_work', 'weekends', 'on_call', 'travel', 'open_office', 'relocation', 'daily_commute'] as const;
export type DealBreaker = (typeof DEAL_BREAKERS)[number];

export const DEAL_BREAKER_LABELS: Record<DealBreaker, string> = {
  shift_work: 'Shift work',
  weekends: 'Working weekends',
  on_call: 'Being on call',
  travel: 'Frequent travel',
  open_office: 'An open-plan office',
  relocation: 'Relocating',
  daily_commute: 'Commuting to an office every day',
};

export const workStyleProfileInputSchema = z.object({
  place: axisValue,
  team: axisValue,
  social: axisValue,
  structure: axisValue,
  pace: axisValue,
  wontDo: z.array(z.enum(DEAL_BREAKERS)).max(DEAL_BREAKERS.length).default([]),
  /** Other things the person will not do, in their words ("cold calling"). */
  wontDoOther: z.array(z.string().trim().min(2, 'at least 2 characters').max(80, 'at most 80 characters')).max(20, 'at most 20 items').default([]),
});
export type WorkStyleProfileInput = z.input<typeof workStyleProfileInputSchema>;
export type WorkStyleProfileData = z.output<typeof workStyleProfileInputSchema>;

export const workStyleProfileSchema = workStyleProfileInputSchema.extend({
  updatedAt: storedInstantSchema.nullable(),
});
export type WorkStyleProfile = z.infer<typeof workStyleProfileSchema>;

/** A row of the backup: one profile per owner, kept as JSON. */
export const workProfileBackupSchema = z.object({
  id: z.string().min(1).max(64),
  data: z.string().max(20_000),
  updatedAt: z.string().max(64),
});
export type WorkProfileBackup = z.infer<typeof workProfileBackupSchema>;

/**
 * Whether a profile says anything at all: an empty profile cannot be matched, and the fit check
 * says so instead of reporting "fits".
 * @example isProfileEmpty({ place: null, team: null, social: null, structure: null, pace: null, wontDo: [], wontDoOther: [] }) // true
 */
export function isProfileEmpty(p: WorkStyleProfileData): boolean {
  return WORK_STYLE_AXES.every((a) => p[a.id] === null) && p.wontDo.length === 0 && p.wontDoOther.length === 0;
}

/**
 * Read a stored profile document, tolerating fields added later: anything unreadable is left out.
 * @example readProfileData('{"place":-2}').place // -2
 */
export function readProfileData(json: string | null | undefined): WorkStyleProfileData {
  let raw: unknown = {};
  try {
    raw = json ? JSON.parse(json) : {};
  } catch {
    raw = {};
  }
  const parsed = workStyleProfileInputSchema.safeParse(raw);
  return parsed.success ? parsed.data : workStyleProfileInputSchema.parse({});
}
