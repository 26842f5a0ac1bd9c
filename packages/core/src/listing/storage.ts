import { z } from 'zod';
import { analyzeListing, ListingAnalysisSchema, type ListingAnalysis } from './analyze';
import { FitSignalsSchema, fitSignals, listingHead } from './fit-signals';
import { textTerms } from '../stories/terms';

// Apart from `stored.ts` (the version and the reading back), so a reader of kept analyses, such as
// `secondround diagnose`, does not load the listing rules.

/**
 * What is kept with a listing so nothing re-reads its text: `analysis` is `analyzeListing`'s
 * answer, or null when the text cannot be read as a listing (it threw); `fit` is what the
 * culture-fit check reads, taken from the text as stored (not HTML-stripped), as it always was;
 * `terms` are story matching's terms of each requirement (`textTerms`), in the requirements'
 * order, so matching stories to the listing needs neither the stemmer nor the skill index.
 */
export const StoredListingAnalysisSchema = z.object({
  analysis: ListingAnalysisSchema.nullable(),
  fit: FitSignalsSchema,
  terms: z.array(z.object({ words: z.array(z.string()), skills: z.array(z.string()) })),
});
export type StoredListingAnalysis = z.infer<typeof StoredListingAnalysisSchema>;

/**
 * Everything later readers need of a saved listing text, computed once when it is saved; null
 * for no text or only blanks (nothing to read). Never throws: an unreadable text is kept as
 * `analysis: null`, which every reader treats as "no requirements".
 * @example analyzeListingForStorage('Data Analyst\nRequirements:\n- 3+ years of SQL')?.analysis?.requirements.length // 1
 */
export function analyzeListingForStorage(text: string | null | undefined): StoredListingAnalysis | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  let analysis: ListingAnalysis | null;
  try {
    analysis = analyzeListing(text);
  } catch {
    analysis = null;
  }
  return { analysis, fit: fitSignals(listingHead(text)), terms: (analysis?.requirements ?? []).map((r) => textTerms(r.text)) };
}
