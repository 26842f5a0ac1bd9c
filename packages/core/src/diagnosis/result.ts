import { z } from 'zod';
import { rateSourceSchema } from './base-rates';

/*
 * The diagnosis as it leaves the core: the CLI prints it with --json, the server returns it and
 * the web page reads it. Field names follow the contract in ARCHITECTURE.md (`funnel`,
 * `stallPoint`, `tooEarly`, `reasons[]` with `id`, `score`, `evidence[]`, `fix`).
 */

const probability = z.number().min(0).max(1);

export const typicalRateViewSchema = z.object({
  rate: probability,
  low: probability,
  high: probability,
  source: z.string(),
  year: z.number().int(),
  label: z.string(),
  sources: z.array(rateSourceSchema),
  derivation: z.string(),
});

export const funnelStepSchema = z.object({
  id: z.string(),
  label: z.string(),
  from: z.string(),
  to: z.string(),
  /** Applications that reached the step's starting stage. */
  entered: z.number().int(),
  advanced: z.number().int(),
  /** Rejected, or no answer long after the waiting time. */
  notAdvanced: z.number().int(),
  /** Still within the waiting time: not counted. */
  open: z.number().int(),
  /** Closed by the employer's changed plans: counted apart, not in the rate. */
  notYou: z.number().int(),
  withdrawn: z.number().int(),
  /** advanced + notAdvanced: the only cases in the rate. */
  decided: z.number().int(),
  /** Observed advanced / decided; null when nothing is decided (never NaN). */
  rate: probability.nullable(),
  /** Posterior median, always inside `interval`. */
  estimate: probability,
  interval: z.object({ low: probability, high: probability, level: probability }),
  typical: typicalRateViewSchema.nullable(),
  /** Posterior probability that the person's rate is below the typical rate. */
  probBelowTypical: probability.nullable(),
  sampleNote: z.string(),
});
export type FunnelStep = z.infer<typeof funnelStepSchema>;

export const stallPointSchema = z.object({
  transition: z.string(),
  label: z.string(),
  sentence: z.string(),
  decided: z.number().int(),
  advanced: z.number().int(),
  rate: probability.nullable(),
  estimate: probability,
  interval: z.object({ low: probability, high: probability, level: probability }),
  typical: typicalRateViewSchema,
  probBelowTypical: probability,
});
export type StallPoint = z.infer<typeof stallPointSchema>;

export const reasonStatusSchema = z.enum(['evidence', 'no_data', 'clear']);
export type ReasonStatus = z.infer<typeof reasonStatusSchema>;

export const reasonResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: probability,
  evidence: z.array(z.string()),
  fix: z.object({ text: z.string(), href: z.string() }),
  status: reasonStatusSchema,
});
export type ReasonResult = z.infer<typeof reasonResultSchema>;

export const notYouApplicationSchema = z.object({
  applicationId: z.string(),
  company: z.string(),
  role: z.string(),
  stoppedAt: z.string().nullable(),
  stage: z.string(),
  reason: z.string().nullable(),
  date: z.string(),
});

export const notYouSchema = z.object({
  count: z.number().int(),
  message: z.string(),
  byTransition: z.record(z.string(), z.number().int()),
  applications: z.array(notYouApplicationSchema),
});
export type NotYouReport = z.infer<typeof notYouSchema>;

export const diagnosisResultSchema = z.object({
  funnel: z.array(funnelStepSchema),
  stallPoint: stallPointSchema.nullable(),
  tooEarly: z.boolean(),
  tooEarlyMessage: z.string().nullable(),
  notYou: notYouSchema,
  reasons: z.array(reasonResultSchema),
  baseRatesNote: z.string(),
  counts: z.object({
    applications: z.number().int(),
    applied: z.number().int(),
    decidedFirstRounds: z.number().int(),
    open: z.number().int(),
    withdrawn: z.number().int(),
    offers: z.number().int(),
  }),
  settings: z.object({ waitingDays: z.number().int(), priorWeight: z.number(), now: z.string() }),
});
export type DiagnosisResult = z.infer<typeof diagnosisResultSchema>;
