// Checks the eighteenth hand-written listing split without analysing it (see ../check-listing-labels.mjs).
// Run: node bench/data/listings-hand18/check-labels.mjs
import { join } from 'node:path';
import { checkListingLabels } from '../check-listing-labels.mjs';

checkListingLabels(join(import.meta.dirname, 'test'), 'h18', {
  // Tools labelled in a normalised form that is not written as such (README, "Labels").
  normalised: {},
  entities: { amp: '&', nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', middot: '·', oacute: 'ó', iacute: 'í', aacute: 'á', ntilde: 'ñ', auml: 'ä', ouml: 'ö', uuml: 'ü', eacute: 'é', euml: 'ë', euro: '€', pound: '£', szlig: 'ß', rsaquo: '›', larr: '←', rarr: '→', laquo: '«', raquo: '»', agrave: 'à', egrave: 'è', ocirc: 'ô', ecirc: 'ê', acirc: 'â' },
});
