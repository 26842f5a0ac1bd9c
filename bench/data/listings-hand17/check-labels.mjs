// Checks the seventeenth hand-written listing split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-hand17/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'test'), 'h17', {
  // Tools labelled in a normalised form that is not written as such (README, "Labels").
  normalised: {},
  entities: { amp: '&', nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', middot: '·', oacute: 'ó', iacute: 'í', aacute: 'á', ntilde: 'ñ', auml: 'ä', ouml: 'ö', uuml: 'ü', eacute: 'é', euml: 'ë', euro: '€', pound: '£' },
});
