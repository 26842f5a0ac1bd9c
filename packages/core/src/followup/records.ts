import { z } from 'zod';
import { idSchema, instantSchema, isoDateSchema, storedInstantSchema } from '../model/common';
import { NoteProblemSchema } from '../notes/types';
import { THANK_YOU_TONES } from '../notes/draft';

/*
 * The records of issue 5 as the store keeps them and the API sends them: one thank-you note per
 * interviewer, and the follow-ups (and feedback requests) of an application.
 */

/** How a message left: copied into the person's own mail, downloaded as .eml, or sent by SMTP. */
export const SENT_VIA = ['copy', 'eml', 'smtp'] as const;
export const sentViaSchema = z.enum(SENT_VIA);
export type SentVia = z.infer<typeof sentViaSchema>;

export const FOLLOW_UP_KINDS = ['follow_up', 'feedback_request'] as const;
export const followUpKindSchema = z.enum(FOLLOW_UP_KINDS);
export type FollowUpKind = z.infer<typeof followUpKindSchema>;

/** The largest note body kept. A note is a few hundred words; this leaves room for a pasted mess. */
export const NOTE_MAX_CHARS = 200_000;

export const thankYouNoteSchema = z.object({
  id: idSchema,
  interviewerId: idSchema,
  interviewId: idSchema,
  subject: z.string(),
  body: z.string(),
  tone: z.enum(THANK_YOU_TONES),
  /** What the checker found when the note was last saved. */
  problems: z.array(NoteProblemSchema),
  sentAt: storedInstantSchema.nullable(),
  sentVia: sentViaSchema.nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type ThankYouNote = z.infer<typeof thankYouNoteSchema>;

export const thankYouSaveSchema = z.object({
  subject: z.string().max(500, 'at most 500 characters').default(''),
  body: z.string().max(NOTE_MAX_CHARS, `at most ${NOTE_MAX_CHARS} characters`),
  tone: z.enum(THANK_YOU_TONES).default('warm'),
});
export type ThankYouSave = z.output<typeof thankYouSaveSchema>;

/** Marking a message as sent: how, and when (default: now). */
export const markSentSchema = z.object({
  via: sentViaSchema,
  sentAt: instantSchema.optional(),
});
export type MarkSent = z.output<typeof markSentSchema>;

export const followUpSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  /** The interview this follows (the last one before it was planned), when there was one. */
  interviewId: idSchema.nullable(),
  kind: followUpKindSchema,
  plannedOn: z.string().nullable(),
  /** What the employer said about next steps, as said. */
  statedText: z.string().nullable(),
  /** The last day of their stated timeline, as read by the planner (`YYYY-MM-DD`). */
  statedUntil: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  sentAt: storedInstantSchema.nullable(),
  sentVia: sentViaSchema.nullable(),
  answered: z.boolean(),
  /** Their answer, pasted (feedback after a rejection, a reply to the follow-up). */
  answerText: z.string().nullable(),
  /** Why another follow-up after an unanswered one (required then). */
  reason: z.string().nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type FollowUp = z.infer<typeof followUpSchema>;

const optionalText = (max: number) => z.string().max(max, `at most ${max} characters`).nullish().transform((v) => (v == null || v.trim() === '' ? null : v));

export const followUpCreateSchema = z.object({
  kind: followUpKindSchema.default('follow_up'),
  /** What they said about next steps; left out, the debrief's next steps are used. */
  statedText: optionalText(5_000).optional(),
  /** A day the person picked; left out, the planner's day. */
  plannedOn: isoDateSchema.nullish(),
  reason: optionalText(2_000).optional(),
  subject: z.string().max(500).optional(),
  body: z.string().max(50_000).optional(),
});
export type FollowUpCreate = z.output<typeof followUpCreateSchema>;

export const followUpPatchSchema = z.object({
  plannedOn: isoDateSchema.nullable(),
  statedText: optionalText(5_000),
  subject: z.string().max(500),
  body: z.string().max(50_000),
  sentAt: instantSchema.nullable(),
  sentVia: sentViaSchema.nullable(),
  answered: z.boolean(),
  answerText: optionalText(100_000),
  reason: optionalText(2_000),
}).partial();
export type FollowUpPatch = z.output<typeof followUpPatchSchema>;

/** What the planner is asked: the stated timeline and, optionally, the person's own day and reason. */
export const followUpPlanRequestSchema = z.object({
  statedText: z.string().max(5_000).nullish(),
  proposedOn: isoDateSchema.nullish(),
  reason: z.string().max(2_000).nullish(),
});

/*
 * Backup rows: the columns as stored. Problems are JSON text and `answered` 0/1 so that SQLite and
 * PostgreSQL store the same values.
 */
export const thankYouNoteBackupSchema = z.object({
  id: idSchema, interviewerId: idSchema, interviewId: idSchema, subject: z.string().max(500), body: z.string().max(NOTE_MAX_CHARS), tone: z.string().max(100),
  problems: z.string().max(2_000_000), sentAt: z.string().max(40).nullable(), sentVia: z.string().max(100).nullable(), createdAt: z.string().max(40), updatedAt: z.string().max(40),
});
export const followUpBackupSchema = z.object({
  id: idSchema, applicationId: idSchema, interviewId: idSchema.nullable(), kind: z.string().max(100), plannedOn: z.string().max(40).nullable(),
  statedText: z.string().max(5_000).nullable(), statedUntil: z.string().max(40).nullable(), subject: z.string().max(500), body: z.string().max(50_000),
  sentAt: z.string().max(40).nullable(), sentVia: z.string().max(100).nullable(), answered: z.number().int().min(0).max(1),
  answerText: z.string().max(50_000).nullable(), reason: z.string().max(2_000).nullable(), createdAt: z.string().max(40), updatedAt: z.string().max(40),
});
export type ThankYouNoteRow = z.infer<typeof thankYouNoteBackupSchema>;
export type FollowUpRow = z.infer<typeof followUpBackupSchema>;

// Built on first use and kept: a zod schema costs far more to build (and to compile its parser
// for) than to run, and the Diagnosis reads every note.
let problemListSchema: z.ZodArray<typeof NoteProblemSchema> | undefined;

/**
 * A stored thank-you row as the API shows it (problems parsed; an unreadable list is empty).
 * @example thankYouFromRow({ …row, problems: '[]' }).problems // []
 */
export function thankYouFromRow(row: ThankYouNoteRow): ThankYouNote {
  let problems: ThankYouNote['problems'] = [];
  try {
    const parsed = (problemListSchema ??= z.array(NoteProblemSchema)).safeParse(JSON.parse(row.problems));
    if (parsed.success) problems = parsed.data;
  } catch {
    problems = [];
  }
  const tone = (THANK_YOU_TONES as readonly string[]).includes(row.tone) ? (row.tone as ThankYouNote['tone']) : 'warm';
  const sentVia = sentViaSchema.safeParse(row.sentVia);
  return { ...row, tone, problems, sentVia: sentVia.success ? sentVia.data : null };
}

/**
 * A stored follow-up row as the API shows it.
 * @example followUpFromRow({ …row, answered: 1 }).answered // true
 */
export function followUpFromRow(row: FollowUpRow): FollowUp {
  const kind = followUpKindSchema.safeParse(row.kind);
  const sentVia = sentViaSchema.safeParse(row.sentVia);
  return { ...row, kind: kind.success ? kind.data : 'follow_up', sentVia: sentVia.success ? sentVia.data : null, answered: row.answered !== 0 };
}
