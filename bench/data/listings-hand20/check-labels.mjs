// Checks the twentieth hand-written listing split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-hand20/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'test'), 'h20', {
  // Tools labelled in a normalised form that is not written as such (README, "Labels").
  normalised: {},
  entities: { amp: '&', nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', middot: '·', eacute: 'é', euro: '€', pound: '£', bull: '•', rsaquo: '›', larr: '←', copy: '©', euml: 'ë' },
});
