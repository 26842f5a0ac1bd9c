import { z } from 'zod';
import { CULTURE_SIGNALS, detectCulture, detectWorkplace } from './signals';

// Kept apart from `stored.ts` so the culture-fit check can read them without loading the listing
// analysis and its skill taxonomy.

/** Characters of a stored listing the culture-fit check reads (the analysis reads as many). */
const HEAD_CHARS = 60_000;

/** The workplace and culture signals the culture-fit check reads, from the listing's raw text. */
export const FitSignalsSchema = z.object({
  workplace: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  cultureEvidence: z.array(z.object({ signal: z.enum(CULTURE_SIGNALS), text: z.string() })),
});
export type ListingFitSignals = z.infer<typeof FitSignalsSchema>;

/**
 * The part of a stored listing text the culture-fit check reads: trimmed, and capped (a pasted
 * page can be large; the signals sit in the first part of any real listing).
 * @example listingHead('  Remote role  ') // 'Remote role'
 */
export function listingHead(text: string): string {
  const head = text.trim();
  return head.length > HEAD_CHARS ? head.slice(0, HEAD_CHARS) : head;
}

/**
 * Workplace and culture signals of a listing head (see `listingHead`), as the culture-fit check reads them.
 * @example fitSignals('Fully remote, fast-paced team').workplace // 'remote'
 */
export function fitSignals(head: string): ListingFitSignals {
  return { workplace: detectWorkplace(head), cultureEvidence: detectCulture(head) };
}

