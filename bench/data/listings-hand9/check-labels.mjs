// Checks the ninth hand-written listing split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-hand9/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'test'), 'h9', {
  // Tools labelled in a normalised form that is not written as such (README, "Labels").
  normalised: { 'h9-de-010.txt': ['SAP PSM'], 'h9-nl-009.txt': ['Leica TS16'] },
  entities: { amp: '&', nbsp: ' ' },
});
