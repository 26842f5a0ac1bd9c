// Checks the eighteenth training listing split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-train18/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'train'), 't18', {
  // Tools labelled in a normalised form that is not written as such (README).
  normalised: {},
  entities: { amp: '&', nbsp: ' ', ndash: '–', mdash: '—', middot: '·', pound: '£' },
});
