import type { StoredListingAnalysis } from '../listing/storage';
import type { StoryTerms } from '../stories/terms';
import type { DiagnosisInput } from './input';
import { diagnosisInputFrom, type DiagnosisBackup } from './input-from';
import { analysingListingReader } from './listing-fallback';

// Exported from the package's index by `export *` only, not from `diagnosis/index.ts`: the CLI's
// bundler brings every module that index names into each command that reads the Diagnosis, and
// this one brings the listing rules (apps/cli/scripts/what-loads.mjs shows what a command loads).

/**
 * Build the diagnosis input from a backup (the store exports an owner's data in that shape).
 * Only what exists today is filled: applications, their stage events and interviews with their
 * interviewers; every later-feature part is left out, so the rules say "not recorded yet".
 * `listingAnalyses` (by application id, from the store) are the analyses saved with the listings;
 * a listing without one is analysed here, with the same rules and the same result; `storyTerms`
 * (by story id) are the terms kept with the stories, and a story without them is read here.
 * @example diagnosisInputFromBackup(await store.backup.export(LOCAL_OWNER_ID)).applications.length
 */
export function diagnosisInputFromBackup(backup: DiagnosisBackup, listingAnalyses?: ReadonlyMap<string, StoredListingAnalysis | null>, storyTerms?: ReadonlyMap<string, StoryTerms>): DiagnosisInput {
  return diagnosisInputFrom(backup, analysingListingReader(listingAnalyses), storyTerms);
}
