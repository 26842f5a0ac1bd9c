/**
 * The words that deny what follows them in a clause, in the five languages: "no", "not", "never",
 * "won't", "kein", "nicht", "ohne", "pas", "sans", "aucun", "sin", "ningún", "nunca", "geen",
 * "niet", "zonder". The manager call reads them before a signal ("there is no team reporting to
 * you") and before a charge over others ("sin responsabilidad sobre otros").
 */
export const NEGATION_WORD =
  "(?<![\\p{L}])(?:no|not|nor|ni|never|without|\\p{L}+n['’]t|cannot|nobody|none|neither|kein\\p{L}*|nicht|ohne|niemand|pas|sans|aucun\\p{L}*|jamais|sin|ningun[oa]?|ningún|ninguna|nunca|nadie|geen|niet|zonder|nooit)(?![\\p{L}])";
