// Checks the tenth hand-written listing split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-hand10/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'test'), 'h10', {
  // Tools labelled in a normalised form that is not written as such (README, "Labels").
  normalised: { 'h10-de-007.txt': ['Enercon E-115'], 'h10-de-009.html': ['Picanol OptiMax-i'], 'h10-fr-002.txt': ['Essilor Vision-R 800'] },
  entities: { amp: '&', nbsp: ' ', auml: 'ä', ouml: 'ö', uuml: 'ü', eacute: 'é', euml: 'ë', euro: '€', pound: '£' },
});
