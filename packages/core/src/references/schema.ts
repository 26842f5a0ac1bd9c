import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText, storedInstantSchema } from '../model/common';

/*
 * References (issue 10): the people a person names as references, how well each knows their work,
 * which of their stories each witnessed, and, per application, who was given, when they were
 * briefed and whether the employer checked. The Diagnosis compares what followed each check.
 */

export const REFERENCE_RELATIONSHIPS = ['manager', 'colleague', 'direct_report', 'client', 'teacher', 'mentor', 'other'] as const;
export type ReferenceRelationship = (typeof REFERENCE_RELATIONSHIPS)[number];

export const REFERENCE_RELATIONSHIP_LABELS: Record<ReferenceRelationship, string> = {
  manager: 'Former manager',
  colleague: 'Colleague',
  direct_report: 'Someone who reported to me',
  client: 'Client or customer',
  teacher: 'Teacher or professor',
  mentor: 'Mentor',
  other: 'Other',
};

const storyIds = z.array(idSchema).max(100, 'at most 100 stories');
const email = z
  .string()
  .trim()
  .max(320, 'at most 320 characters')
  .nullish()
  .transform((v) => (v == null || v === '' ? null : v))
  .refine((v) => v === null || /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(v), 'expected an e-mail address such as name@example.com');

const referenceFields = {
  name: requiredText(200),
  relationship: z.enum(REFERENCE_RELATIONSHIPS).default('colleague'),
  /** Where they worked together, their title then ("Team lead at Acme, 2019–2022"). */
  context: optionalText(300),
  /** How well they know the person's work, 1 (barely) to 5 (closely, for years). */
  knowsWork: z.number({ error: 'required: how well does this person know your work (1 to 5)?' }).int().min(1, 'from 1 to 5').max(5, 'from 1 to 5'),
  email,
  phone: optionalText(50),
  witnessedStoryIds: storyIds.default([]),
  lastContactOn: isoDateSchema.nullish().transform((v) => v ?? null),
  notes: optionalText(5_000),
};

export const referenceFormSchema = z.object(referenceFields);
export type ReferenceFormInput = z.input<typeof referenceFormSchema>;
export type ReferenceCreate = z.output<typeof referenceFormSchema>;

export const referencePatchSchema = z.object({
  name: referenceFields.name,
  relationship: z.enum(REFERENCE_RELATIONSHIPS),
  context: referenceFields.context,
  knowsWork: referenceFields.knowsWork,
  email,
  phone: referenceFields.phone,
  witnessedStoryIds: storyIds,
  lastContactOn: referenceFields.lastContactOn,
  notes: referenceFields.notes,
}).partial();
export type ReferencePatch = z.output<typeof referencePatchSchema>;

export const referenceRecordSchema = z.object({
  id: idSchema,
  name: z.string(),
  relationship: z.enum(REFERENCE_RELATIONSHIPS),
  context: z.string().nullable(),
  knowsWork: z.number().int(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  witnessedStoryIds: z.array(z.string()),
  lastContactOn: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type ReferenceRecord = z.infer<typeof referenceRecordSchema>;

/** A reference given for one application. */
export const referenceUseFormSchema = z.object({
  referenceId: idSchema,
  givenOn: isoDateSchema,
  /** When the person briefed this reference about this job; null: not yet. */
  briefedOn: isoDateSchema.nullish().transform((v) => v ?? null),
  /** When the employer checked this reference; null: no check known. */
  checkedOn: isoDateSchema.nullish().transform((v) => v ?? null),
  notes: optionalText(5_000),
});
export type ReferenceUseCreate = z.output<typeof referenceUseFormSchema>;

export const referenceUsePatchSchema = z.object({
  givenOn: isoDateSchema,
  briefedOn: isoDateSchema.nullable(),
  checkedOn: isoDateSchema.nullable(),
  notes: optionalText(5_000),
}).partial();
export type ReferenceUsePatch = z.output<typeof referenceUsePatchSchema>;

export const referenceUseRecordSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  referenceId: idSchema,
  givenOn: z.string(),
  briefedOn: z.string().nullable(),
  checkedOn: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type ReferenceUseRecord = z.infer<typeof referenceUseRecordSchema>;

/** Backup rows: lists are JSON text, as stored. */
export const referenceBackupSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(200),
  relationship: z.string().max(40),
  context: z.string().max(300).nullable(),
  knowsWork: z.number().int().min(1).max(5),
  email: z.string().max(320).nullable(),
  phone: z.string().max(50).nullable(),
  witnessedStoryIds: z.string().max(10_000),
  lastContactOn: z.string().max(10).nullable(),
  notes: z.string().max(5_000).nullable(),
  createdAt: z.string().max(64),
  updatedAt: z.string().max(64),
});
export const referenceUseBackupSchema = z.object({
  id: z.string().min(1).max(64),
  applicationId: z.string().min(1).max(64),
  referenceId: z.string().min(1).max(64),
  givenOn: z.string().max(10),
  briefedOn: z.string().max(10).nullable(),
  checkedOn: z.string().max(10).nullable(),
  notes: z.string().max(5_000).nullable(),
  createdAt: z.string().max(64),
  updatedAt: z.string().max(64),
});
