// Folding text for spelling a name in a domain, shared by the mail's and the listing's company readings.

/** Without accents, in lower case, spaces and punctuation kept: 'Pâtisserie Müller' → 'patisserie muller'. */
export function unaccentLower(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Fold accents so 'Énergie' meets 'energie' and 'Mühlbach' meets 'muehlbach'. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
}
/** Accents dropped without spelling out umlauts, letters and digits only: 'Kötter' → 'kotter'. */
export function foldPlain(s: string): string {
  return unaccentLower(s).replace(/[^a-z0-9]/g, '');
}

/** A place name folded for lookup: lower case, no accents, dots and apostrophes dropped, hyphens and underscores as spaces ("St. John's" and St_Johns are "st johns"). */
export function foldPlace(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[.'’]/g, '').replace(/[-_\s]+/g, ' ').trim();
}
