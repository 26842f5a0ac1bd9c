// Story matching's term rules (the tokeniser, the stemmer, the skill index), imported by
// `storyTermsColumns` only when a story is written or its kept terms are stale, so opening the
// store does not load them.
export { storyTerms } from '@secondround/core';
