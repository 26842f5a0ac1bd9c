// The listing rules, imported by `listingAnalysisColumns` only when a listing is written or a kept
// analysis is stale, so opening the store does not load them.
export { analyzeListingForStorage } from '@secondround/core';
