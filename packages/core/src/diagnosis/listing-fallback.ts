import { analyzeListingForMatch } from '../listing/analyze';
import { fitSignals } from '../listing/fit-signals';
import type { StoredListingAnalysis } from '../listing/storage';
import type { MatchableListing } from '../stories/match';
import { matchableListing, type ListingReader } from './listing-reader';

/**
 * A reader that takes the analysis kept with a listing when there is one and analyses the text
 * with the same rules otherwise. Applications often share a listing text (the same posting saved
 * twice, a demo's templates): each text is analysed once per reader. Only what matching reads:
 * the requirements and the manager-role call.
 * @example analysingListingReader().analysisOf('a1', 'Data Analyst\nRequirements:\n- SQL')?.requirements.length // 1
 */
export function analysingListingReader(stored?: ReadonlyMap<string, StoredListingAnalysis | null>): ListingReader {
  const analyses = new Map<string, MatchableListing | null>();
  const analysisOf = (text: string): MatchableListing | null => {
    if (analyses.has(text)) return analyses.get(text)!;
    let analysis: MatchableListing | null;
    try {
      analysis = analyzeListingForMatch(text);
    } catch {
      analysis = null;
    }
    analyses.set(text, analysis);
    return analysis;
  };
  return {
    analysisOf: (id, text) => {
      const saved = stored?.get(id);
      return saved !== undefined ? matchableListing(saved) : analysisOf(text);
    },
    fitOf: (id, head) => stored?.get(id)?.fit ?? fitSignals(head),
  };
}
