import { z } from 'zod';
import { idSchema, instantSchema, storedInstantSchema, optionalText, optionalUrl, requiredText, storedUrl, timeZoneSchema } from './common';

export const interviewKindSchema = z.enum(['phone_screen', 'technical', 'behavioural', 'panel', 'final', 'other']);
export const interviewFormatSchema = z.enum(['video', 'phone', 'onsite']);
export type InterviewKind = z.infer<typeof interviewKindSchema>;
export type InterviewFormat = z.infer<typeof interviewFormatSchema>;

const interviewFields = {
  /** 0 is the recruiter screen, 1 the first interview round, and so on. */
  round: z.number().int().min(0).max(20),
  kind: interviewKindSchema,
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** The person's IANA time zone, kept beside the UTC instants so times show as they were agreed. */
  timeZone: timeZoneSchema,
  format: interviewFormatSchema,
  location: optionalText(2_000),
  notes: optionalText(100_000),
};

function endsAfterStart(i: { startsAt?: string; endsAt?: string }): boolean {
  return i.startsAt == null || i.endsAt == null || i.endsAt > i.startsAt;
}

export const interviewInputSchema = z
  .object(interviewFields)
  .refine(endsAfterStart, { message: 'endsAt must be after startsAt', path: ['endsAt'] });
export type InterviewInput = z.output<typeof interviewInputSchema>;

export const interviewPatchSchema = z.object(interviewFields).partial();
export type InterviewPatch = z.output<typeof interviewPatchSchema>;
export { endsAfterStart as interviewEndsAfterStart };

export const interviewSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  round: z.number().int(),
  kind: interviewKindSchema,
  startsAt: storedInstantSchema,
  endsAt: storedInstantSchema,
  timeZone: z.string().max(64),
  format: interviewFormatSchema,
  location: z.string().max(2_000).nullable(),
  notes: z.string().max(100_000).nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type Interview = z.infer<typeof interviewSchema>;

const emailSchema = z.email('expected an email address').max(320).nullish().or(z.literal('')).transform((v) => (v ? v : null));

const interviewerFields = {
  name: requiredText(200),
  title: optionalText(200),
  email: emailSchema,
  pronunciation: optionalText(200),
  notes: optionalText(20_000),
};

export const interviewerInputSchema = z.object(interviewerFields);
export type InterviewerInput = z.output<typeof interviewerInputSchema>;
export const interviewerPatchSchema = z.object(interviewerFields).partial();
export type InterviewerPatch = z.output<typeof interviewerPatchSchema>;

export const interviewerSchema = z.object({
  id: idSchema,
  interviewId: idSchema,
  name: z.string().max(200),
  title: z.string().max(200).nullable(),
  email: z.string().max(320).nullable(),
  pronunciation: z.string().max(200).nullable(),
  notes: z.string().max(20_000).nullable(),
  createdAt: storedInstantSchema,
});
export type Interviewer = z.infer<typeof interviewerSchema>;

const contactFields = {
  applicationId: idSchema.nullish().transform((v) => v ?? null),
  name: requiredText(200),
  title: optionalText(200),
  company: optionalText(200),
  email: emailSchema,
  phone: optionalText(50),
  url: optionalUrl(2_000, true),
  notes: optionalText(20_000),
};
export const contactInputSchema = z.object(contactFields);
export type ContactInput = z.output<typeof contactInputSchema>;
export const contactPatchSchema = z.object(contactFields).partial();
export type ContactPatch = z.output<typeof contactPatchSchema>;

export const contactSchema = z.object({
  id: idSchema,
  applicationId: idSchema.nullable(),
  name: z.string().max(200),
  title: z.string().max(200).nullable(),
  company: z.string().max(200).nullable(),
  email: z.string().max(320).nullable(),
  phone: z.string().max(50).nullable(),
  url: storedUrl(2_000, true),
  notes: z.string().max(20_000).nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type Contact = z.infer<typeof contactSchema>;

/**
 * The form of a name two entries share when they are the same person on one round: case,
 * accents' composition and spacing do not make a second interviewer.
 * @example sameInterviewerName('Dana  Reyes', 'dana reyes') // true
 */
export function sameInterviewerName(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return key(a) === key(b);
}
