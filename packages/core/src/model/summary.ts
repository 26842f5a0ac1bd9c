import { z } from 'zod';
import { applicationLabelsSchema, applicationSchema } from './application';
import { closingStageSchema, progressStageSchema, stageSchema } from './stage';
import { stageEventSchema } from './stage-event';
import { contactSchema, interviewSchema, interviewerSchema } from './interview';

/** An application with what the board needs, derived from its events. */
export const applicationSummarySchema = applicationSchema
  .omit({ listingText: true, notes: true })
  .extend({
    stage: stageSchema.nullable(),
    furthestStage: progressStageSchema.nullable(),
    outcome: closingStageSchema.nullable(),
    stageSince: z.string().nullable(),
    interviewCount: z.number().int(),
    nextInterviewAt: z.string().nullable(),
    hasListing: z.boolean(),
  })
  .extend(applicationLabelsSchema.shape);
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const interviewDetailSchema = interviewSchema.extend({ interviewers: z.array(interviewerSchema) });
export type InterviewDetail = z.infer<typeof interviewDetailSchema>;

/** One application with everything recorded about it. */
export const applicationDetailSchema = applicationSchema.extend(applicationLabelsSchema.shape).extend({
  stage: stageSchema.nullable(),
  furthestStage: progressStageSchema.nullable(),
  outcome: closingStageSchema.nullable(),
  stageSince: z.string().nullable(),
  events: z.array(stageEventSchema),
  interviews: z.array(interviewDetailSchema),
  contacts: z.array(contactSchema),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;
