import { canonicalSkill } from '../taxonomy/matcher';
import { isPlaceIn, isPlaceName } from './tool-place';
import { INSTITUTION, isOrdinaryWord, isToolCandidate, type ToolContext } from './tool-words';

// French, Spanish and Dutch write their nouns in lower case: a capitalised word after a
// preposition of means and an article, that ends the phrase, is a proper name standing for the
// machine or the program a task is done on ("soldadura láser con la Orotig", "je naait op de Pfaff
// en de Adler", "découpe sur la Zünd"). Prepositions of place ("in de Betuwe", "en el Litoral")
// are not read, nor "avec" and the Dutch "met", after which a person, a body or a service of the
// page is as often written ("avec le Président", "met de Belastingdienst", "met het
// Salariskompas"); a place or an ordinary word the
// listing also writes in lower case is not one, nor is a word after a possessive ("met onze
// Voorwaarden": a link of the page).
const PREPOSITION: Readonly<Record<string, string>> = {
  fr: 'sur',
  es: 'con',
  nl: 'op',
};
const ARTICLE: Readonly<Record<string, string>> = {
  fr: "(?:la|le|l['’])",
  es: '(?:la|el)',
  nl: '(?:de|het)',
};
const CONJUNCTION = '(?:et|ou|y|o|e|u|en|of)';
const AFTER_ARTICLE = Object.fromEntries(
  Object.keys(PREPOSITION).map((l) => [
    l,
    new RegExp(String.raw`(?<![\p{L}])${PREPOSITION[l]}[ ]${ARTICLE[l]}(?:(?<=['’])|[ ])(\p{Lu}\p{Ll}{2,}[\p{L}\d-]*)(?:[ ]${CONJUNCTION}[ ](?:${ARTICLE[l]}(?:(?<=['’])|[ ]))?(\p{Lu}\p{Ll}{2,}[\p{L}\d-]*))?(?=[ ]*(?:$|[,;.)!?]|[ ]${CONJUNCTION}[ ]))`, 'gmu'),
  ]),
);

/**
 * The names a French, Spanish or Dutch listing writes as the thing a task is done on, after a
 * preposition of means and an article (see AFTER_ARTICLE). `known` are the names found so far.
 * @example toolsAfterArticle('- Soldadura láser con la Brenvia', [], { language: 'es', notTools: [] }) // ['Brenvia']
 */
export function toolsAfterArticle(text: string, known: readonly string[], ctx: ToolContext): string[] {
  const re = AFTER_ARTICLE[ctx.language];
  if (re === undefined) return [];
  const have = new Set(known.map((k) => k.toLowerCase()));
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    for (const name of [m[1], m[2]]) {
      if (name === undefined || have.has(name.toLowerCase()) || canonicalSkill(name) !== null || INSTITUTION.test(name)) continue;
      if (isPlaceName(name, ctx.language) || isPlaceIn(name, text, false, ctx) || isOrdinaryWord(name, text, ctx.language)) continue;
      // A compound of a word the listing writes in lower case ("het Salariskompas" beside "salaris")
      // is a noun of the language, capitalised as a link or a heading.
      if (startsWithOrdinaryWord(name, text)) continue;
      if (isToolCandidate(name, text, have, ctx, false)) out.add(name);
    }
  }
  return [...out];
}

function startsWithOrdinaryWord(name: string, text: string): boolean {
  const low = name.toLowerCase();
  for (let n = 4; n <= low.length - 4; n++) if (new RegExp(String.raw`(?<![\p{L}])${low.slice(0, n)}(?![\p{L}])`, 'u').test(text)) return true;
  return false;
}
