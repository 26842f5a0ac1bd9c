// Numbers written as words, in the five languages listings and mail are read in: one table for
// the listing's headcounts ("a team of six", "zwei Monteure") and the mail's spelled clock times
// ("a las nueve", "halb zehn"), so a word added for one is read by both.

/**
 * The cardinal numbers one to twelve in words, per language (`en`, `de`, `fr`, `es`, `nl`): a
 * word's index plus one is its value. "One" is the form a clock says ("une heure", "la una").
 * @example CARDINALS.de.indexOf('zehn') + 1 // 10
 */
export const CARDINALS: Readonly<Record<string, readonly string[]>> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  de: ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  fr: ['une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  es: ['una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  nl: ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
};

// Round counts past twelve that a listing gives for a team: fifteen and twenty.
const ROUND_COUNTS: Readonly<Record<string, readonly string[]>> = {
  en: ['fifteen', 'twenty'],
  de: ['fünfzehn', 'zwanzig'],
  fr: ['quinze', 'vingt'],
  es: ['quince', 'veinte'],
  nl: ['vijftien', 'twintig'],
};

// Number words that are as often another word: one (a pronoun, an article: "one of", "une équipe",
// "una tienda", "een ploeg"), French "onze" (Dutch "our": "onze monteurs") and Spanish "once"
// (English "once"). A count in running text does not read them.
const NOT_ONLY_COUNTS = new Set(['one', 'eins', 'une', 'una', 'een', 'onze', 'once']);

/**
 * The number words a headcount in running text is written with, in the five languages: two to
 * twelve, fifteen and twenty, without those that are as often another word ("een", "onze",
 * "once"); each word once.
 * @example COUNT_WORDS.includes('zwölf') // true
 */
export const COUNT_WORDS: readonly string[] = [
  ...new Set(Object.keys(CARDINALS).flatMap((lang) => [...CARDINALS[lang]!, ...ROUND_COUNTS[lang]!].filter((w) => !NOT_ONLY_COUNTS.has(w)))),
];

/**
 * The count words of the given languages (`COUNT_WORDS`' words of those languages), as a regular
 * expression's alternation, for a pattern that reads a headcount in running text.
 * @example countWordsOf('en').startsWith('two|three') // true
 */
export function countWordsOf(...languages: string[]): string {
  return [...new Set(languages.flatMap((lang) => [...(CARDINALS[lang] ?? []), ...(ROUND_COUNTS[lang] ?? [])].filter((w) => !NOT_ONLY_COUNTS.has(w))))].join('|');
}
