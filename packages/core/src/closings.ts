// The closing words of a mail or a note, in the five languages and the few others people sign
// English mail with ("Kind regards", "Mit freundlichen Grüßen", "Bien cordialement", "Un saludo",
// "Met vriendelijke groet"): one list, read by the listing's chrome (a line that is only a closing is
// never a title or a company) and by a note's layout (where its sign-off starts). Each entry is a
// regular-expression source without anchors or flags; the readers add their own line ending.
export const CLOSING_WORDS: readonly string[] = [
  // English
  'best(?:\\s+(?:regards|wishes))?', '(?:kind(?:est)?|warm(?:est)?|many|best)\\s+regards', 'warm(?:est)?\\s+wishes', 'regards', 'all\\s+the\\s+best',
  'thanks(?:\\s+(?:again|so\\s+much|a\\s+lot|very\\s+much|in\\s+advance))?', 'thank\\s+you(?:\\s+(?:again|so\\s+much|very\\s+much))?', 'many\\s+thanks', 'cheers',
  '(?:yours\\s+)?sincerely(?:\\s+yours)?', 'yours(?:\\s+(?:truly|sincerely|faithfully))?', 'warmly', 'respectfully', 'with\\s+(?:gratitude|appreciation|thanks)', 'gratefully',
  'take\\s+care', 'talk\\s+soon', 'speak\\s+soon',
  // German
  'mit\\s+(?:freundlichen|besten|herzlichen)\\s+gr(?:ü|ue)(?:ß|ss)en', '(?:viele|beste|liebe|herzliche|freundliche)\\s+gr(?:ü|ue)(?:ß|ss)e', 'gr(?:ü|ue)(?:ß|ss)e', 'gru(?:ß|ss)',
  'danke(?:\\s+schön)?', 'vielen\\s+dank',
  // French
  '(?:bien\\s+|très\\s+)?cordialement', 'bien\\s+à\\s+(?:vous|toi)', '(?:sincères\\s+|meilleures\\s+)?salutations(?:\\s+distinguées)?', 'amicalement',
  "merci(?:\\s+beaucoup|\\s+d'avance)?", 'à\\s+bientôt', 'bonne\\s+journée',
  // Spanish
  'un\\s+(?:cordial\\s+)?saludo', '(?:un\\s+)?saludos?(?:\\s+cordiales)?', 'atentamente', 'un\\s+abrazo', '(?:muchas\\s+)?gracias', 'cordialmente',
  // Dutch
  '(?:met\\s+)?(?:vriendelijke|hartelijke|beste|warme)\\s+groet(?:en)?', 'groet(?:en|jes)?', 'mvg', 'bedankt', 'dank\\s+je\\s+wel', 'alvast\\s+bedankt',
  // Italian and Portuguese
  '(?:cordiali\\s+)?saluti', 'atenciosamente', 'abra[çc]os',
];

/** The closing words as one alternation, for a reader to anchor and end as its lines need. */
export const CLOSING_SOURCE = CLOSING_WORDS.join('|');
