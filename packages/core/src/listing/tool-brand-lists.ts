import { CHANNEL } from './tool-noise';
import { isPlaceIn, isPlaceName } from './tool-place';
import { DEGREE, isOrdinaryWord, isToolCandidate, JOB_OR_BUSINESS, namesNoMaker, NOT_BRAND_HOLDER, NOT_MODEL_BRAND, NOT_TOOL_HOLDER, type ToolContext } from './tool-words';

// A maker's name in a list: a capitalised word, maybe with a second ("Mitsubishi Electric", "John
// Deere") or after a short name in capitals ("TK Elevator").
const LIST_BRAND = String.raw`(?:\p{Lu}\p{Ll}[\p{L}\d&+-]*|\p{Lu}{2,4}(?= \p{Lu}\p{Ll}))(?: \p{Lu}[\p{L}\d&+-]*)?`;
// The makers of the job's equipment listed after its noun, in English, French, Spanish and Dutch:
// "ascensores Orona, Schindler, Otis y Thyssen", "le suivi des parcs Aristocrat et Novomatic",
// "especialistas de Valmet y Andritz", "lifts from Otis, Kone and Schindler". Two names or more,
// the last joined by a conjunction, that end the phrase. (German capitalises its nouns: a list
// there is read in brackets.)
const BRANDS_AFTER_NOUN = new RegExp(
  String.raw`(?<![\p{L}'’-])(\p{Ll}{4,})(?:[ ](?:de|del|des|van|von|of|from|by))?[ ]((?:${LIST_BRAND})(?:, (?:${LIST_BRAND}))*,? (?:and|et|y|en|or|ou|o|of|e|u) (?:${LIST_BRAND}))(?=[ ]*(?:$|[,;.:)]|[ ][\p{Ll}(]))`,
  'gmu',
);

/**
 * The makers a listing names in a list after the noun of what they make (see BRANDS_AFTER_NOUN):
 * every name in the list must be one ({@link isToolCandidate}, no place, no person's first name
 * and surname before a comma) or a tool found already, else the list is of something else and
 * none counts.
 * @example brandsAfterNoun('- Mantenimiento de ascensores Orona, Schindler, Otis y Thyssen', new Set(), { language: 'es', notTools: [] }) // ['Orona', 'Schindler', 'Otis', 'Thyssen']
 */
export function brandsAfterNoun(text: string, have: ReadonlySet<string>, ctx: ToolContext): string[] {
  if (ctx.language === 'de') return [];
  const out: string[] = [];
  for (const m of text.matchAll(BRANDS_AFTER_NOUN)) {
    const noun = m[1] ?? '';
    // "clustermanager Facilitair en Ondersteuning": a person's title names the units they run.
    if (namesNoMaker(noun) || NOT_BRAND_HOLDER.test(noun) || NOT_TOOL_HOLDER.test(noun) || /(?:manager|directeur|director|directora|directrice|leider|leiding|hoofd|chef|head|lead|coördinator|coordinator|coordinador|coordinatrice|officer|adviseur|advisor|responsable|verantwoordelijke)$/iu.test(noun)) continue;
    const items = (m[2] ?? '').split(/,? (?:and|et|y|en|or|ou|o|of|e|u) |, /u).map((it) => it.trim());
    if (items.length < 2) continue;
    // A maker may share its name with a town: one such name is let through in a list of three or
    // more makers, never in a pair ("de Bilbao y Acme").
    const places = items.filter((it) => isPlaceName(it) || it.split(' ').some((w) => isPlaceName(w) && w.length > 3));
    if (places.length > (items.length >= 3 ? 1 : 0)) continue;
    const ok = items.every((it) => {
      // A maker the rules found elsewhere ("la app Orona …") is one of the list's makers.
      if (have.has(it.toLowerCase())) return true;
      const words = it.split(' ');
      if (NOT_MODEL_BRAND.test(words[0] ?? '') || JOB_OR_BUSINESS.test(words[words.length - 1] ?? '') || DEGREE.test(it) || CHANNEL.test(it)) return false;
      if (places.includes(it)) return !isPlaceIn(it, text, true, ctx) && !isOrdinaryWord(it, text, ctx.language);
      return isToolCandidate(it, text, have, ctx, false) && !words.every((w) => isOrdinaryWord(w, text, ctx.language));
    });
    if (ok) out.push(...items);
  }
  return out;
}
