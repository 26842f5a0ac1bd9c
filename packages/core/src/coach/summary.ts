import { z } from 'zod';
import { reasonStatusSchema } from '../diagnosis/result';

/**
 * What the cohort view reads of one person's Diagnosis: the stall point's step and label, and
 * each reason's id, title and status. Kept per person by the server (`diagnosis_summaries`), so
 * a visit reads 200 small rows instead of rebuilding 200 Diagnoses.
 */
export const cohortSummarySchema = z.object({
  /** The summary's logic: a summary kept under another key is computed again. */
  key: z.string(),
  stallPoint: z.object({ transition: z.string(), label: z.string() }).nullable(),
  tooEarly: z.boolean(),
  reasons: z.array(z.object({ id: z.string(), title: z.string(), status: reasonStatusSchema })),
});
export type CohortSummary = z.infer<typeof cohortSummarySchema>;

/**
 * Changed whenever the Diagnosis's rules, settings or stall-point logic change what a summary
 * holds, so summaries kept by an older build are not shown as current. `cohort-summary.test.ts`
 * pins the demo's summary to this key: a change of the Diagnosis that alters it fails there until
 * the key is changed with it.
 */
export const COHORT_SUMMARY_KEY = 'diagnosis-1';

/**
 * The part of a Diagnosis the cohort shows, under the current COHORT_SUMMARY_KEY.
 * @example cohortSummaryOf({ stallPoint: null, tooEarly: true, reasons: [] }).key // 'diagnosis-1'
 */
export function cohortSummaryOf(d: { stallPoint: { transition: string; label: string } | null; tooEarly: boolean; reasons: ReadonlyArray<{ id: string; title: string; status: CohortSummary['reasons'][number]['status'] }> }): CohortSummary {
  return {
    key: COHORT_SUMMARY_KEY,
    stallPoint: d.stallPoint ? { transition: d.stallPoint.transition, label: d.stallPoint.label } : null,
    tooEarly: d.tooEarly,
    reasons: d.reasons.map((r) => ({ id: r.id, title: r.title, status: r.status })),
  };
}

/**
 * A kept summary read back: null when it is missing, unreadable or kept under another key.
 * @example readCohortSummary('not json') // null
 */
export function readCohortSummary(text: string | null): CohortSummary | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = cohortSummarySchema.safeParse(data);
  return parsed.success && parsed.data.key === COHORT_SUMMARY_KEY ? parsed.data : null;
}
