import { z } from 'zod';
import { CULTURE_SIGNALS, detectCulture, detectWorkplace } from './signals';

// In a file of its own so the Diagnosis can read kept signals without loading the detectors.
export { listingHead } from './head';

// Kept apart from `stored.ts` so the culture-fit check can read them without loading the listing
// analysis and its skill taxonomy.

/** The workplace and culture signals the culture-fit check reads, from the listing's raw text. */
export const FitSignalsSchema = z.object({
  workplace: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  cultureEvidence: z.array(z.object({ signal: z.enum(CULTURE_SIGNALS), text: z.string() })),
});
export type ListingFitSignals = z.infer<typeof FitSignalsSchema>;

/**
 * Workplace and culture signals of a listing head (see `listingHead`), as the culture-fit check reads them.
 * @example fitSignals('Fully remote, fast-paced team').workplace // 'remote'
 */
export function fitSignals(head: string): ListingFitSignals {
  return { workplace: detectWorkplace(head), cultureEvidence: detectCulture(head) };
}

