import type { ListingFitSignals } from '../listing/fit-signals';
import type { StoredListingAnalysis } from '../listing/storage';
import type { MatchableListing } from '../stories/match';

/**
 * What the Diagnosis reads of each application's listing: the requirements and manager call that
 * story matching needs, and the workplace and culture signals the culture-fit check reads.
 * `analysisOf` is asked only for a non-blank text; `fitOf` gets the text's head (`listingHead`).
 */
export interface ListingReader {
  analysisOf(applicationId: string, text: string): MatchableListing | null;
  fitOf(applicationId: string, head: string): ListingFitSignals;
}

const NO_SIGNALS: ListingFitSignals = { workplace: null, cultureEvidence: [] };

/**
 * A reader of the analyses kept with the listings only, which loads none of the listing rules:
 * for callers that made sure every listing has one (`listingsWithoutAnalysis` is empty). A listing
 * missing from `stored` reads as one with no requirements and no signals.
 * @example storedListingReader(new Map()).analysisOf('a1', 'Data Analyst') // null
 */
export function storedListingReader(stored: ReadonlyMap<string, StoredListingAnalysis | null>): ListingReader {
  return {
    analysisOf: (id) => matchableListing(stored.get(id)),
    fitOf: (id) => stored.get(id)?.fit ?? NO_SIGNALS,
  };
}

/**
 * The applications whose non-blank listing has no kept analysis in `stored`: the Diagnosis must
 * analyse those texts itself (`diagnosisInputFromBackup` does).
 * @example listingsWithoutAnalysis([{ id: 'a1', listingText: 'Data Analyst' }], new Map()) // ['a1']
 */
export function listingsWithoutAnalysis(applications: ReadonlyArray<{ id: string; listingText: string | null }>, stored: ReadonlyMap<string, StoredListingAnalysis | null>): string[] {
  return applications.filter((a) => a.listingText !== null && a.listingText.trim() !== '' && !stored.has(a.id)).map((a) => a.id);
}

/**
 * What story matching reads of a kept analysis: its requirements with the terms kept beside them.
 * @example matchableListing(null) // null
 */
export function matchableListing(stored: StoredListingAnalysis | null | undefined): MatchableListing | null {
  const analysis = stored?.analysis;
  if (!analysis) return null;
  const terms = stored.terms;
  return { isManagerRole: analysis.isManagerRole, requirements: analysis.requirements.map((r, i) => ({ text: r.text, kind: r.kind, skills: r.skills, terms: terms[i] })) };
}
