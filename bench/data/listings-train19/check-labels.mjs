// Checks the nineteenth listing training split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-train19/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'train'), 't19', {
  // Tools labelled in a normalised form that is not written as such (README, "Labels").
  normalised: { 't19-es-002.txt': ['Heska Element HT5'] },
  entities: { amp: '&', nbsp: ' ', ndash: '–', euro: '€', middot: '·' },
});
