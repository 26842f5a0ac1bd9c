// A title's closing segment that names the employer or its kind of business, told by what the
// listing says the employer is (split from title-shape.ts, which keeps the title's other shapes).
import { canonicalSkill } from '../taxonomy/matcher';
import { escapeRegExp } from '../regexp';
import { JOB_WORD, SMALL_WORD, SUFFIX_ONLY, stripSuffixes } from './title-shape';

// The nouns a listing calls a business by when it describes one ("a leading container glass
// manufacturer", "ein Logistik-Unternehmen", "une entreprise de", "una empresa de", "een producent van").
const BUSINESS_NOUN = String.raw`(?:manufacturers?|makers?|producers?|suppliers?|compan(?:y|ies)|groups?|chains?|business(?:es)?|firms?|operators?|providers?|hersteller|unternehmen|betrieb|anbieter|fabricants?|entreprises?|producteurs?|fournisseurs?|groupes?|fabricantes?|empresas?|productor(?:es)?|proveedor(?:es)?|grupos?|cadenas?|fabrikant(?:en)?|bedrijf|producent(?:en)?|leverancier(?:s)?|onderneming|keten)`;
const ARTICLE = String.raw`(?:a|an|un|une|una|een|ein(?:e|en|em|er|es)?)`;
const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// The words that may stand between the listing's own word for the employer ("our", "is a") and the
// segment: adjectives and numbers ("our 92-bed rehabilitation centre", "one of the largest
// independent sawmills"), never a linking word, which would make the segment a part of something else.
const QUALIFIER = String.raw`(?:(?!(?:of|and|for|with|und|für|mit|von|et|de|des|du|pour|avec|y|con|para|en|van|voor|met|the|la|le|el|die|der|das|het)\s)[\p{L}\d'’-]+\s+)`;
// The employer's own site as the place the work is done: "across our 92-bed rehabilitation centre",
// "en nuestro obrador central", "dans notre scierie", "in unserer Wäscherei", "in onze wasserij".
const POSSESSIVE = String.raw`(?:in|at|across|within|dans|à|au|sur|en|bei|im|auf|bij|op)\s+(?:our|notre|nos|nuestr[oa]s?|onze|ons|unser(?:e|en|em|er)?)`;
// "Our client is a large commercial laundry", "Hollins Timber is one of the largest independent
// sawmills", "Wir sind ein Notariat", "Nous sommes une blanchisserie", "Somos un aserradero", "Wij zijn een wasserij".
const IS_A = String.raw`(?:is|are|ist|sind|est|sont|sommes|es|son|somos|zijn)\s+(?:one of (?:the\s+)?|l['’]une? des\s+|un[oa] de (?:los|las)\s+|eine[rs]? der\s+|een van de\s+)?(?:${ARTICLE}\s+)?`;
// "Clyde Recycling runs the materials recovery facility", "betreibt die Wäscherei", "exploite la scierie".
const RUNS = String.raw`(?:runs|operates|owns|betreibt|betreiben|führt|exploite|exploitons|gère|gérons|gestiona|gestionamos|explota|explotamos|runt|beheert|exploiteert)\s+(?:the|its|a|an|le|la|les|l['’]|un|une|el|los|las|una|den|die|das|einen|eine|ein|de|het|een)?\s*`;
// What may follow the segment for it to be the whole of the thing named: the sentence goes on, or ends.
// A unit of the employer the person works in is a part of the role, even when the listing calls it
// its own ("our busy 32-bedded Acute Medical Unit", "notre service de réanimation", "unsere Abteilung
// Finanzen", "nuestra unidad de cuidados", "onze afdeling Inkoop").
export const UNIT_NOUN = /(?<![\p{L}])(?:units?|wards?|departments?|teams?|sections?|divisions?|desks?|unités?|services?|secteurs?|pôles?|équipes?|unidad(?:es)?|servicios?|secci[oó]n|secciones|equipos?|área|abteilung(?:en)?|bereich|einheit|station|afdeling(?:en)?|eenheid|dienst)(?![\p{L}])/iu;
const PHRASE_END = String.raw`(?=\s*[.,;:!?()]|\s*$|\s+(?:is|are|was|has|in|at|on|near|de|du|des|del|en|à|a|y|et|and|und|im|in|van|te|bij|met|with|avec|con|mit|est|es|ist|zijn|sind|son|sont|für|for|pour|para|voor|que|qui|which|that|who|die|der|das|dat|où|donde|where|aus|from|of)(?![\p{L}]))`;

// A title that leads a team, a crew or a shift, in the five languages ("Chef d'équipe", "Jefe/a de
// turno", "Schichtleiter", "Ploegleider", "Crew Leader"): what follows its dash is the team's part of the trade.
const LEADS_CREW = /(?<![\p{L}])(?:team|teams|crew|shift|équipe|quart|brigade|turno|cuadrilla|schicht|partie|kolonne|ploeg)/iu;
// How many letters two folded words share from their start.
function commonStem(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A title without a segment after a dash, a bar or a comma, in closing brackets, or after a German
 * "im"/"in der", that names the employer or its kind of business, told by what the listing says the
 * segment is: every word of it is in the employer's name ("Teamleider Klantenservice – Energie" at
 * Windkracht Energie, "Teamleider Productie (Wasserij)" at Wasserij Het Blauwe Laken), the
 * compound ends in a word of that name ("in der Erwerbsimkerei" at Imkerei Sonnenhang), or the
 * listing describes the employer as one ("Furnace Manager – Container Glass": "a leading container
 * glass manufacturer"; "(Sawmill)": "one of the largest independent sawmills"; "– Planta de
 * Compostaje": "nuestra planta de compostaje"; "– Materials Recovery Facility": "runs the materials
 * recovery facility"). A segment that says what the person does stays ("– Small Animal",
 * "– Hospitality Linen" at Fairwash Linen Services, whose name has "Linen" but not "Hospitality";
 * "im allgemeinen Vollzugsdienst"). Hours the segment followed are taken off with it
 * ("Production Shift Supervisor (Nights) - Commercial Laundry").
 * @example dropEmployerBusiness('Receptionist – Dental Practice', 'Brightsmile Ltd', 'Brightsmile is a dental practice company.') // 'Receptionist'
 */
export function dropEmployerBusiness(title: string, company: string | null, text: string): string {
  const m = /^(.{3,}?)(?:\s*(?:\s[-–—|]|,)\s+([^-–—|,()]{2,60})|\s*\(\s*([^-–—|,()\d]{3,40}?)\s*\)|\s+(?:im|in der|in einem|in einer)\s+(\p{L}[^-–—|,()\d]{2,40}))$/u.exec(title);
  const head = (m?.[1] ?? '').trim();
  const seg = (m?.[2] ?? m?.[3] ?? m?.[4] ?? '').trim();
  if (!m || JOB_WORD.test(seg) || /\d/u.test(seg) || SUFFIX_ONLY.test(seg) || canonicalSkill(seg) !== null) return title;
  const words = seg.split(/[\s/]+/u).filter((w) => w.length >= 3 && !SMALL_WORD.test(w)).map(fold);
  if (words.length === 0) return title;
  const dropped = stripSuffixes(head);
  const companyWords = [...new Set((company ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(fold))];
  if (words.every((w) => companyWords.includes(w))) return dropped;
  // One compound whose last part is a word of the employer's name: "Erwerbsimkerei" at Imkerei Sonnenhang.
  const only = words.length === 1 ? (words[0] ?? '') : '';
  if (only.length >= 8 && companyWords.some((c) => c.length >= 5 && only.length > c.length + 2 && only.endsWith(c))) return dropped;
  // One word that shares its stem with a word of the employer's name, six letters or more, names the
  // kind of business ("– Champignonnière" at Les Champignons de …, "– Chocolatería" at Chocolates …),
  // unless the title leads a team or a shift, whose segment says which part of the trade it runs.
  if (only.length >= 6 && !LEADS_CREW.test(head) && companyWords.some((c) => commonStem(c, only) >= 6)) return dropped;
  const esc = escapeRegExp(seg).replace(/\s+/gu, String.raw`\s+`);
  const described = new RegExp(String.raw`(?<![\p{L}])${ARTICLE}\s+(?:[\p{L}-]+\s+){0,2}${esc}(?:\s+|-)${BUSINESS_NOUN}(?![\p{L}])`, 'iu');
  // The noun first, as French and Spanish put it ("une entreprise de transport frigorifique",
  // "un fabricante de envases de vidrio", "a manufacturer of container glass").
  const nounFirst = new RegExp(String.raw`(?<![\p{L}])${ARTICLE}\s+(?:[\p{L}-]+\s+){0,1}${BUSINESS_NOUN}(?:\s+[\p{L}-]+){0,1}\s+(?:of|de|d['’]|del|van|von|für)\s*(?:la\s+|l['’])?${esc}(?![\p{L}])`, 'iu');
  // The employer's own: "our Covent Garden flagship", "nuestro obrador central", "unsere Wäscherei";
  // what it is: "is one of the largest independent sawmills", "Wir sind ein Notariat"; what it runs:
  // "runs the materials recovery facility". The plural counts ("sawmills", "Notariate").
  // (A team's or a shift's lead works in the employer's own shed or shop: "notre tissage" is where the
  // team works, not the employer's kind.)
  const own = new RegExp(String.raw`(?<![\p{L}])(?:${LEADS_CREW.test(head) ? '' : String.raw`${POSSESSIVE}\s+|`}${IS_A}|${RUNS})${QUALIFIER}{0,3}${esc}(?:s|es|e|en|n)?${PHRASE_END}`, 'iu');
  const rest = text.replace(title, ' ');
  // A noun with its adjective after it, as French and Spanish write them ("– Obrador artesanal"): the
  // noun alone is what the listing says the employer is ("es un obrador de chocolate").
  const pair = /^(\p{Lu}\p{Ll}{3,})\s+\p{Ll}{4,}$/u.exec(seg);
  const ownNoun = pair ? new RegExp(String.raw`(?<![\p{L}])(?:${IS_A})${QUALIFIER}{0,2}${escapeRegExp(pair[1] ?? '')}${PHRASE_END}`, 'iu') : null;
  if (ownNoun && !UNIT_NOUN.test(seg) && !LEADS_CREW.test(head) && ownNoun.test(rest)) return dropped;
  return described.test(rest) || nounFirst.test(rest) || (!UNIT_NOUN.test(seg) && own.test(rest)) ? dropped : title;
}
