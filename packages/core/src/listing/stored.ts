import type { StoredListingAnalysis } from './storage';

// Reading kept analyses loads none of the listing rules: writing them is in `storage.ts`.

/**
 * The version of the listing rules and of story matching's terms that wrote a stored analysis (and
 * the terms kept with each story, `stories/stored-terms.ts`). Any change to the rules in
 * `listing/`, to the skill taxonomy, the tokeniser or `stories/terms.ts` that changes what
 * `analyzeListing`, `detectWorkplace`, `detectCulture`, `textTerms` or `storyTerms` return for some
 * text MUST bump this number: analyses and terms stored by another version are recomputed when
 * next read, while a forgotten bump leaves the Diagnosis reading stale ones. `stored.test.ts`
 * compares fresh analyses of the demo's listings and terms of its stories with the fingerprints
 * recorded for this version, so a rule change without a bump fails there.
 */
export const ANALYSER_VERSION = 47;

/** What `readKeptJson` answers for JSON another `ANALYSER_VERSION` wrote, none at all, or JSON that does not parse. */
export const STALE: unique symbol = Symbol('stale');

/**
 * JSON kept with a record (an analysis, a story's terms) as read back, before its reader checks
 * its shape: the parsed value, or `STALE` when it is missing, was written by another
 * `ANALYSER_VERSION` or does not parse, so the caller works it out again.
 * @example readKeptJson('[1]', ANALYSER_VERSION) // [1]
 */
export function readKeptJson(json: string | null, version: number | null): unknown {
  if (json === null || version !== ANALYSER_VERSION) return STALE;
  try {
    return JSON.parse(json);
  } catch {
    return STALE;
  }
}

/**
 * A stored analysis as read back: undefined when it was written by another `ANALYSER_VERSION`,
 * is missing or does not parse, so the caller recomputes it; null when stored as "no text".
 * @example readStoredListingAnalysis('null', ANALYSER_VERSION) // null
 */
export function readStoredListingAnalysis(json: string | null, version: number | null): StoredListingAnalysis | null | undefined {
  const value = readKeptJson(json, version);
  if (value === STALE) return undefined;
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
  const terms = (value as { terms?: unknown }).terms;
  if (!Array.isArray(terms)) return false;
  if (analysis === null) return true;
  if (typeof analysis !== 'object' || analysis === undefined) return false;
  const a = analysis as { requirements?: unknown; isManagerRole?: unknown };
  return Array.isArray(a.requirements) && a.requirements.length === terms.length && typeof a.isManagerRole === 'boolean';
}
