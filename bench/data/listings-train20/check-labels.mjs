// Checks the twentieth training listing split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-train20/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'train'), 't20', {
  normalised: {},
  entities: { amp: '&', nbsp: ' ' },
});
