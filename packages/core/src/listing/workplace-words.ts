// The words for working from home or remotely, in each language: the one source that the
// workplace word lists build on. Home is said as the place the work is done from ("von zu
// Hause", "depuis chez vous", "desde tu casa"); a Dutch compound on "thuis" is home working only
// when it is one of work ("thuiswerken", "thuiswerkdag"): "thuiszorg", "thuisverzorging",
// "thuisbezorging" are care, skincare or deliveries at a customer's home.
const HOME_WORDS: Record<'en' | 'de' | 'fr' | 'es' | 'nl', string[]> = {
  en: [String.raw`telework\p{L}*`, String.raw`remote\p{L}*`, 'work(?:ing)? from home', '(?:from|at) home', 'wfh'],
  de: [String.raw`telearbeit\p{L}*`, 'home[- ]?office', String.raw`mobile[ns]? arbeit\p{L}*`, 'mobil arbeiten', 'von zu ?hause(?: aus)?', String.raw`zu ?hause arbeit\p{L}*`],
  fr: [String.raw`télétravail\p{L}*`, 'à distance', String.raw`(?:depuis|de) chez (?:vous|toi|soi)`, 'depuis (?:votre|ton|son) domicile'],
  es: ['teletrabajo', 'en remoto', 'remoto', 'desde (?:tu |su )?casa', 'desde (?:tu |su )?domicilio'],
  nl: [String.raw`thuis(?:werk\p{L}*|kantoor)?(?![\p{L}])`, String.raw`telewerk\p{L}*`, 'vanuit huis', 'op afstand'],
};
export const HOME = `(?:${Object.values(HOME_WORDS).flat().join('|')})`;

// What says a thing is not on offer, in the five languages: "not possible", "not offered", "not
// an option", "nicht vorgesehen", "nicht möglich", "n'est pas prévu", "pas envisageable", "no está
// previsto", "no se contempla", "niet mogelijk", "niet voorzien".
const NOT_OFFERED = [
  String.raw`not\s+(?:possible|offered|available|an\s+option|provided|foreseen|planned|permitted|allowed)`,
  String.raw`nicht\s+(?:vorgesehen|möglich|angeboten|gegeben|geplant|gestattet|erlaubt|machbar)`,
  String.raw`(?:n['’]est|ne\s+sera|n['’]y\s+a)\s+pas\s+(?:possible|prévu|proposé|envisageable|autorisé|permis|ouvert)`,
  String.raw`no\s+(?:es|está|será|resulta)\s+(?:posible|previsto|contemplado|disponible|viable)|no\s+se\s+(?:contempla|ofrece|permite|prevé)`,
  String.raw`niet\s+(?:mogelijk|voorzien|aan\s+de\s+orde|toegestaan|haalbaar|van\s+toepassing)`,
].join('|');

/**
 * Home or remote work named and then said not to be on offer, in the same clause, in the five
 * languages: "Eine Tätigkeit im Homeoffice ist aufgrund der Aufgaben nicht vorgesehen", "Home
 * working is not offered for this post", "Le télétravail n'est pas prévu sur ce poste", "El
 * teletrabajo no está contemplado", "Thuiswerken is bij deze functie niet voorzien". A comma or a
 * conjunction starts another clause ("Homeoffice möglich, Reisen nicht vorgesehen").
 */
export const HOME_DENIED = new RegExp(
  String.raw`(?<![\p{L}])(?:${HOME}|home[- ]?work\p{L}*)(?:(?!(?<![\p{L}])(?:aber|but|mais|pero|maar|und|and|et|y|en|sondern|however|jedoch)(?![\p{L}]))[^.;:!?\n,]){0,60}?(?<![\p{L}])(?:${NOT_OFFERED})(?![\p{L}])`,
  'iu',
);
