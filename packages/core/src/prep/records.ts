import { z } from 'zod';
import { idSchema, storedInstantSchema } from '../model/common';
import { leadershipWeight } from '../stories/leadership';
import { STAR_FIELDS } from '../stories/schema';
import { PrepSheetSchema } from './readiness';

/*
 * The records of issue 4 as the store keeps them and the API sends them: the person's story bank,
 * one prep sheet and one debrief per interview. Shapes cross the store, the API and the web, so
 * they live here once.
 */

const starText = z.string().max(20_000, 'at most 20,000 characters');
const labels = z.array(z.string().trim().min(1).max(200)).max(100);

/** A story as a person writes it in the story bank form: a title, the STAR parts, skills and tags. */
export const storyFormSchema = z.object({
  title: z.string({ error: 'required: give the story a short title' }).trim().min(1, 'required: give the story a short title').max(300, 'at most 300 characters'),
  situation: starText.default(''),
  task: starText.default(''),
  action: starText.default(''),
  result: starText.default(''),
  skills: labels.default([]),
  tags: labels.default([]),
});
export type StoryFormInput = z.input<typeof storyFormSchema>;
export type StoryCreate = z.output<typeof storyFormSchema>;

export const storyFormPatchSchema = z.object({
  title: z.string().trim().min(1, 'required: give the story a short title').max(300, 'at most 300 characters'),
  situation: starText,
  task: starText,
  action: starText,
  result: starText,
  skills: labels,
  tags: labels,
}).partial();
export type StoryPatch = z.output<typeof storyFormPatchSchema>;

/** A story of the bank as stored. */
export const storyRecordSchema = z.object({
  id: idSchema,
  title: z.string(),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type StoryRecord = z.infer<typeof storyRecordSchema>;

/** A story as the API shows it: with its leadership weight and the STAR parts it still lacks. */
export const storyViewSchema = storyRecordSchema.extend({
  leadershipWeight: z.number(),
  missing: z.array(z.enum(['situation', 'task', 'action', 'result'])),
});
export type StoryView = z.infer<typeof storyViewSchema>;

/**
 * A story with what the bank shows beside it: its leadership weight (0..1, two decimals) and the
 * STAR parts it still lacks.
 * @example storyView(record).missing // ['result']
 */
export function storyView(s: StoryRecord): StoryView {
  return {
    ...s,
    leadershipWeight: Math.round(leadershipWeight([s.title, s.situation, s.task, s.action, s.result].join('\n')) * 100) / 100,
    missing: STAR_FIELDS.filter((f) => s[f].trim() === ''),
  };
}

/** Stories pasted as Markdown or JSON text (see stories/FORMAT.md). */
export const storyImportSchema = z.object({
  text: z.string().max(1_000_000, 'at most 1,000,000 characters: split the file'),
  format: z.enum(['auto', 'json', 'markdown']).default('auto'),
});

/** The prep sheet of one interview with the date it was last saved (null: never saved). */
export const prepSheetRecordSchema = z.object({
  interviewId: idSchema,
  sheet: PrepSheetSchema,
  updatedAt: storedInstantSchema.nullable(),
});
export type PrepSheetRecord = z.infer<typeof prepSheetRecordSchema>;

const yesNo = z.boolean().nullish().transform((v) => v ?? null);

/** The two-minute debrief after an interview; an unanswered question stays null. */
export const debriefInputSchema = z.object({
  namesRight: yesNo,
  researchShown: yesNo,
  whyThisJobAnswered: yesNo,
  fumbledQuestions: z.array(z.string().trim().min(1).max(1_000)).max(50).default([]),
  storiesTold: z.array(z.string().min(1).max(200)).max(50).default([]),
  /** What they said about next steps and timeline, as said ("we'll decide within two weeks"). */
  nextSteps: z.string().max(5_000).nullish().transform((v) => (v == null || v.trim() === '' ? null : v)),
  feeling: z.number().int().min(1, 'how it felt: 1 to 5').max(5, 'how it felt: 1 to 5').nullish().transform((v) => v ?? null),
  notes: z.string().max(20_000).nullish().transform((v) => (v == null || v.trim() === '' ? null : v)),
});
export type DebriefInput = z.input<typeof debriefInputSchema>;
export type DebriefCreate = z.output<typeof debriefInputSchema>;

export const debriefSchema = z.object({
  id: idSchema,
  interviewId: idSchema,
  namesRight: z.boolean().nullable(),
  researchShown: z.boolean().nullable(),
  whyThisJobAnswered: z.boolean().nullable(),
  fumbledQuestions: z.array(z.string()),
  storiesTold: z.array(z.string()),
  nextSteps: z.string().nullable(),
  feeling: z.number().int().nullable(),
  notes: z.string().nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type Debrief = z.infer<typeof debriefSchema>;

/*
 * Backup rows: the columns as stored. Lists are JSON text and yes/no answers 0/1 so that SQLite
 * and PostgreSQL store the same values.
 */
const jsonText = z.string().max(2_000_000);
const flag = z.number().int().min(0).max(1).nullable();
export const storyBackupSchema = z.object({
  id: idSchema, title: z.string().max(300), situation: starText, task: starText, action: starText, result: starText,
  skills: jsonText, tags: jsonText, createdAt: storedInstantSchema, updatedAt: storedInstantSchema,
});
export const prepSheetBackupSchema = z.object({ id: idSchema, interviewId: idSchema, data: jsonText, updatedAt: storedInstantSchema });
export const debriefBackupSchema = z.object({
  id: idSchema, interviewId: idSchema, namesRight: flag, researchShown: flag, whyThisJobAnswered: flag,
  fumbledQuestions: jsonText, storiesTold: jsonText, nextSteps: z.string().max(5_000).nullable(), feeling: z.number().int().nullable(),
  notes: z.string().max(20_000).nullable(), createdAt: storedInstantSchema, updatedAt: storedInstantSchema,
});
export type StoryBackupRow = z.infer<typeof storyBackupSchema>;
export type PrepSheetBackupRow = z.infer<typeof prepSheetBackupSchema>;
export type DebriefBackupRow = z.infer<typeof debriefBackupSchema>;

/**
 * A JSON list read back from a stored column; anything unreadable is an empty list, so one
 * hand-edited row cannot break a page.
 * @example readList('["a","b"]') // ['a', 'b']
 */
export function readList(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A stored 0/1/null answer as a boolean or null.
 * @example readFlag(1) // true
 */
export function readFlag(v: number | null | undefined): boolean | null {
  return v === null || v === undefined ? null : v !== 0;
}
