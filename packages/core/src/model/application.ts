import { z } from 'zod';
import { idSchema, storedInstantSchema, isoDateSchema, optionalText, optionalUrl, requiredText, storedUrl } from './common';
import { stageSchema } from './stage';
import { prioritySchema, tagsSchema } from '../board/board';

/** Limits on text fields: generous for real listings, bounded so one request cannot bloat the store. */
export const LIMITS = {
  name: 200,
  shortText: 500,
  url: 2_000,
  listingText: 200_000,
  notes: 100_000,
} as const;

export const workplaceSchema = z.enum(['remote', 'hybrid', 'onsite']);
export type Workplace = z.infer<typeof workplaceSchema>;

const salary = z.number().int().min(0).max(100_000_000).nullish().transform((v) => v ?? null);

const applicationFields = {
  company: requiredText(LIMITS.name),
  role: requiredText(LIMITS.name),
  listingText: optionalText(LIMITS.listingText),
  listingUrl: optionalUrl(LIMITS.url),
  source: optionalText(LIMITS.shortText),
  location: optionalText(LIMITS.shortText),
  workplace: workplaceSchema.nullish().transform((v) => v ?? null),
  salaryMin: salary,
  salaryMax: salary,
  salaryCurrency: z
    .string()
    .max(3)
    .regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code such as USD')
    .nullish()
    .transform((v) => v ?? null),
  notes: optionalText(LIMITS.notes),
  /** Short labels of the person's own ("remote", "dream job"): at most 10 of 30 characters. */
  tags: tagsSchema.optional(),
  priority: prioritySchema.optional(),
};

function salaryOrdered(a: { salaryMin?: number | null; salaryMax?: number | null }): boolean {
  return a.salaryMin == null || a.salaryMax == null || a.salaryMin <= a.salaryMax;
}

/** What a person gives to create an application: company and role, the rest later. */
export const applicationInputSchema = z
  .object({
    ...applicationFields,
    /** Optional first stage recorded with the application (defaults to `saved`). */
    stage: stageSchema.optional(),
    stageDate: isoDateSchema.optional(),
  })
  .refine(salaryOrdered, { message: 'salaryMin must not exceed salaryMax', path: ['salaryMin'] });
export type ApplicationInput = z.input<typeof applicationInputSchema>;
export type ApplicationCreate = z.output<typeof applicationInputSchema>;

export const applicationPatchSchema = z
  .object(applicationFields)
  .partial()
  .refine(salaryOrdered, { message: 'salaryMin must not exceed salaryMax', path: ['salaryMin'] });
export type ApplicationPatch = z.output<typeof applicationPatchSchema>;

/** An application as stored (no stage: that is derived from its events). */
export const applicationSchema = z.object({
  id: idSchema,
  company: z.string().max(LIMITS.name),
  role: z.string().max(LIMITS.name),
  listingText: z.string().max(LIMITS.listingText).nullable(),
  listingUrl: storedUrl(LIMITS.url),
  source: z.string().max(LIMITS.shortText).nullable(),
  location: z.string().max(LIMITS.shortText).nullable(),
  workplace: workplaceSchema.nullable(),
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  salaryCurrency: z.string().max(3).nullable(),
  notes: z.string().max(LIMITS.notes).nullable(),
  createdAt: storedInstantSchema,
  updatedAt: storedInstantSchema,
});
export type Application = z.infer<typeof applicationSchema>;

/**
 * The person's own labels on an application, as read back. Kept out of `applicationSchema` so code
 * that builds an application by hand need not know them; the defaults let backups written before
 * tags and priority existed still restore.
 */
export const applicationLabelsSchema = z.object({
  tags: z.array(z.string()).default([]),
  priority: prioritySchema.default('normal'),
});
