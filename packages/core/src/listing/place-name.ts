import placeNames from '../taxonomy/places.json';

// Whether a name is a place by the name itself: read by the title reader and by the tools reader
// (./tool-place, which adds how the listing writes a name).

// English and Dutch counties' and towns' names by their endings ("Gloucestershire", "Dordrecht").
const PLACE_SHAPE = /^\p{Lu}\p{Ll}+(?:shire|drecht|chester|caster|mouth|borough|bury|wijk|hoven|dam)$/u;
// Towns and cities of 10,000 people or more where our listings' languages are spoken (GeoNames, see
// the taxonomy's ATTRIBUTION.md), built by `scripts/build-places.ts`.
let places: ReadonlySet<string> | null = null;
// German place names by their endings ("Hamburg", "Nürnberg", "Frankfurt", "Düsseldorf", "Berlin").
const GERMAN_PLACE = /(?:burg|berg|furt|dorf|hausen|heim|stadt|feld|hafen|in|au|ach|ingen|bach|brück|brücken|tal|see|rode|stedt|leben|kirchen|born|hagen|werder|ow|itz|ig)$/u;

/**
 * Whether a name is a town, a city or a county: in the place list, or shaped like an English or
 * Dutch county's or town's name ("Gloucestershire", "Zwijndrecht"); in German also a name with a
 * German place's ending ("Hamburg", "Nürnberg", "Düsseldorf"), when `language` is 'de'.
 * @example isPlaceName('Amersfoort') // true
 * @example isPlaceName('Rüsselsheim', 'de') // true
 */
export function isPlaceName(name: string, language = ''): boolean {
  places ??= new Set(placeNames as string[]);
  if (language === 'de' && GERMAN_PLACE.test(name)) return true;
  // "Amsterdam-Noord", "San Sebastián de los Reyes": a place's quarter or a longer place name.
  return places.has(name) || PLACE_SHAPE.test(name) || places.has(name.split(/[ -]/u)[0] ?? '');
}

