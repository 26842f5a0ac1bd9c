import { z } from 'zod';
import { analyzeListing, ListingAnalysisSchema, type ListingAnalysis } from './analyze';
import { FitSignalsSchema, fitSignals, listingHead } from './fit-signals';

/**
 * The version of the listing rules that wrote a stored analysis. Any change to the rules in
 * `listing/` or to the skill taxonomy that changes what `analyzeListing`, `detectWorkplace` or
 * `detectCulture` return for some text MUST bump this number: analyses stored by another version
 * are recomputed when next read, while a forgotten bump leaves the Diagnosis reading stale ones.
 * `stored.test.ts` compares fresh analyses of the demo's listings with the fingerprints recorded
 * for this version, so a rule change without a bump fails there.
 */
export const ANALYSER_VERSION = 5;

/**
 * What is kept with a listing so nothing re-reads its text: `analysis` is `analyzeListing`'s
 * answer, or null when the text cannot be read as a listing (it threw); `fit` is what the
 * culture-fit check reads, taken from the text as stored (not HTML-stripped), as it always was.
 */
export const StoredListingAnalysisSchema = z.object({
  analysis: ListingAnalysisSchema.nullable(),
  fit: FitSignalsSchema,
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
  return { analysis, fit: fitSignals(listingHead(text)) };
}

/**
 * A stored analysis as read back: undefined when it was written by another `ANALYSER_VERSION`,
 * is missing or does not parse, so the caller recomputes it; null when stored as "no text".
 * @example readStoredListingAnalysis('null', ANALYSER_VERSION) // null
 */
export function readStoredListingAnalysis(json: string | null, version: number | null): StoredListingAnalysis | null | undefined {
  if (json === null || version !== ANALYSER_VERSION) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (value === null) return null;
  return looksStored(value) ? value : undefined;
}

// The JSON was written by `analyzeListingForStorage` of this very version (the version is checked
// first), so the shape is only checked as far as readers rely on it: a full schema parse of every
// kept analysis cost the Diagnosis about 30 ms at each start, for no different answer.
function looksStored(value: unknown): value is StoredListingAnalysis {
  if (typeof value !== 'object' || value === null) return false;
  const { analysis, fit } = value as { analysis?: unknown; fit?: unknown };
  if (typeof fit !== 'object' || fit === null || !Array.isArray((fit as { cultureEvidence?: unknown }).cultureEvidence)) return false;
  if (analysis === null) return true;
  if (typeof analysis !== 'object' || analysis === undefined) return false;
  const a = analysis as { requirements?: unknown; isManagerRole?: unknown };
  return Array.isArray(a.requirements) && typeof a.isManagerRole === 'boolean';
}
