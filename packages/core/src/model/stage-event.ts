import { z } from 'zod';
import { idSchema, storedInstantSchema, isoDateSchema, optionalText } from './common';
import { stageSchema } from './stage';

/** One step in an application's history. Events are appended; correcting one edits its date or reason. */
export const stageEventSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  stage: stageSchema,
  date: isoDateSchema,
  reason: z.string().max(2_000).nullable(),
  createdAt: storedInstantSchema,
});
export type StageEvent = z.infer<typeof stageEventSchema>;

export const stageEventInputSchema = z.object({
  stage: stageSchema,
  date: isoDateSchema,
  reason: optionalText(2_000),
});
export type StageEventInput = z.output<typeof stageEventInputSchema>;

export const stageEventPatchSchema = z.object({ date: isoDateSchema, reason: optionalText(2_000) }).partial();
export type StageEventPatch = z.output<typeof stageEventPatchSchema>;
