import { canonicalSkill } from '../taxonomy/matcher';
import { NAME_WORD, SEPARATOR } from './tool-lists';
import { isPlaceName } from './tool-place';
import { isOrdinaryWord, isToolCandidate, JOB_OR_BUSINESS, NOT_MODEL_BRAND, type ToolContext } from './tool-words';

// Listings enumerate what the person will use after a phrase that says so: "experience with",
// "Kenntnisse in", "maîtrise de", "manejo de", "ervaring met", and after the kind of tool given by
// example ("library systems like", "Systeme wie", "logiciels comme", "programas como", "pakketten
// zoals"). The words of those phrases are a closed class of each language, written out here; the
// names after them are read by their shape, never from a list of names.
const CUE: Readonly<Record<string, string>> = {
  en: String.raw`(?:experience (?:with|in|of|on|using)|knowledge of|familiar(?:ity)? with|proficien(?:t|cy) (?:in|with)|skilled (?:in|with)|competent (?:in|with)|confident (?:with|using)|hands-on with|you(?:['’]ll| will) use|we use)`,
  de: String.raw`(?:(?:Kenntnis(?:se)?|Erfahrung(?:en)?|sicher(?:e[nr]?)?)[ ]im[ ]Umgang[ ]mit|Kenntnis(?:se)?(?: in| im| mit| von| der| des)|Erfahrung(?:en)? (?:mit|in|im)|Umgang mit|vertraut mit|nutzt|nutzen)`,
  fr: String.raw`(?:maîtrise (?:de|du|des|d['’])|connaissances? (?:de|du|des|d['’])|expérience (?:de|du|des|sur|avec|d['’])|pratique (?:de|du|des|d['’])|utilisation (?:de|du|des|d['’])|(?:tu utilises|vous utilisez|tu travailles sur|vous travaillez sur))`,
  es: String.raw`(?:manejo (?:de|del)|conocimientos? (?:de|del|en)|experiencia (?:con|en)|dominio (?:de|del)|uso (?:de|del)|(?:utilizarás|usarás|trabajarás con))`,
  nl: String.raw`(?:ervaring (?:met|in)|kennis van|bekend met|werken met|werkt met|vaardig in|gebruik van|je gebruikt)`,
};
// The kind of tool, then a word that gives examples of it: "systems like", "Software wie".
const KIND_EXAMPLES = String.raw`(?:systems?|software|tools?|platforms?|apps?|Systemen?|Systeme?|Software|Programme?n?|Plattformen?|logiciels?|outils?|applications?|sistemas?|programas?|herramientas?|aplicaciones|plataformas?|systemen|pakketten|programma['’]s|applicaties)[ ](?:like|such as|e\.g\.|wie|z\.[ ]?B\.|comme|tels? que|como|tales como|zoals|bijv\.)`;
const CUED = Object.fromEntries(
  Object.entries(CUE).map(([lang, cue]) => [lang, new RegExp(String.raw`(?<![\p{L}])(?:${cue}|(?<kind>${KIND_EXAMPLES}))(?:[ ]|(?<=['’]))`, lang === 'de' ? 'gu' : 'giu')]),
);
// Words between the cue and the names: possessives and "some". (After an article comes a thing
// or a body by its name: "the Code of Practice", "de Haarlemse woningmarkt", "a Buying Assistant".)
const LEAD = /^(?:our|some|unserer?|unseren|unsere|nos|notre|nuestros?|nuestras?|onze)$/iu;
// Where the list ends: a sentence's or clause's end, a bracket, a line end.
const LIST_END = /[.;:!?](?=\s|$)|[()\n]/u;

/**
 * The names of the list after a cue: each item of the list (split at commas, slashes and the
 * language's "and" and "or") is a run of name-shaped words at its start, with at most two words in
 * lower case after it (the kind of kit: "Alfa Laval kit", "ASSA systems"); the list ends at the
 * first item that is prose.
 */
function namesOfList(after: string): string[] {
  const end = LIST_END.exec(after);
  let clause = (end ? after.slice(0, end.index) : after).slice(0, 160);
  // "ISAD(G)": a bracket glued to a word makes it a code, not a name.
  if (end && end[0] === '(' && /\S$/u.test(clause)) clause = clause.replace(/\S+$/u, '');
  const names: string[] = [];
  for (const item of clause.split(SEPARATOR)) {
    const words = item.replace(/\*\*/g, '').trim().split(/\s+/u).filter(Boolean);
    while (words.length > 0 && LEAD.test(words[0] ?? '')) words.shift();
    const run: string[] = [];
    while (run.length < words.length && NAME_WORD.test(words[run.length] ?? '')) run.push(words[run.length] ?? '');
    const rest = words.slice(run.length);
    if (run.length === 0 || run.length > 3 || (rest.length > 0 && !/^\p{Ll}/u.test(rest[0] ?? ''))) break;
    names.push(run.join(' '));
    // "Koha is a bonus", "Alfa Laval kit helps": words after the name end the list.
    if (rest.length > 0) break;
  }
  return names;
}

// A model's code after its maker ("Abloy Protec2", "Pellant ST", "Siemens PLCs"): the maker is
// the tool, as the labels name a maker and its model. (A product line of words stays whole.)
function makerOf(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length === 2 && /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') && (/^\p{Lu}{1,4}s?$/u.test(last) || /\d/u.test(last))) return words.slice(0, -1).join(' ');
  return name;
}

// The languages that capitalise words other than names (see toolsAfterCue).
const ANCHORED_LANGUAGES = new Set(['en', 'de', 'es']);

// One word written as any word is at a sentence's start.
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u;

function isTaxonomyTool(name: string): boolean {
  const c = canonicalSkill(name);
  return c !== null && /^[\p{Lu}\d.]/u.test(c);
}

/**
 * Tools named in a list after a phrase that says the job uses them ("Experience with Tetra Pak or
 * Alfa Laval kit", "Kenntnisse in Vexora und Plantix", "maîtrise de Comptavio", "library systems
 * like Alma or Koha"). A name counts when it is no ordinary word of the language, place, job word,
 * grade or standard, and no acronym of three letters or fewer; the taxonomy's names are found by
 * the taxonomy.
 * @example toolsAfterCue('- Experience with Tetra Pak or Alfa Laval kit helps', [], { language: 'en', notTools: [] }) // ['Tetra Pak', 'Alfa Laval']
 */
export function toolsAfterCue(text: string, known: readonly string[], ctx: ToolContext): string[] {
  const re = CUED[ctx.language];
  if (re === undefined) return [];
  const have = new Set(known.map((k) => k.toLowerCase()));
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    // A question names a field the employer asks about ("Heb je ervaring met Leidinggeven?").
    if (/^[^\n.!]*\?/u.test(after)) continue;
    const written = namesOfList(after).map((n) => n.replace(/[.,;:'’]+$/u, ''));
    const listed = written.map((n) => (canonicalSkill(n) === null ? makerOf(n) : n));
    // One ordinary word of the language in the list makes it a list of nouns ("Gleisbau,
    // Sicherungsposten/Sakra", "Leidinggeven, Verkoop, Planning"), not of names.
    if (listed.some((n) => canonicalSkill(n) === null && !have.has(n.toLowerCase()) && n.split(' ').some((w) => PLAIN_WORD.test(w) && isOrdinaryWord(w, text, ctx.language)))) continue;
    // English capitalises a field or a market in a list as often as a name ("Retail, Hospitality
    // or Events"), German every noun, Spanish a field of study or of law ("Derecho Mercantil"):
    // there a plain word counts after the kind of tool ("systems like") or beside a
    // tool or a name of a product's shape only.
    const anchored = m.groups?.kind !== undefined || written.some((n) => isTaxonomyTool(n) || have.has(n.toLowerCase()) || !PLAIN_NAME.test(n));
    for (const name of listed) {
      const first = name.split(' ')[0] ?? '';
      if (canonicalSkill(name) !== null || have.has(name.toLowerCase()) || out.has(name)) continue;
      if (ANCHORED_LANGUAGES.has(ctx.language) && PLAIN_NAME.test(name) && !anchored) continue;
      // "Vpb", "TVöD": an abbreviation; "DVGW-Regelwerk", "Analytics-Tools": a German compound
      // whose head is a noun.
      if (name.split(/[ -]/u).some((w) => !/[aeiouyäöüàâéèêëíîïóôúûùáñ\d]/iu.test(w)) || (name.length <= 4 && !PLAIN_WORD.test(name))) continue;
      if (ctx.language === 'de' && /-\p{Lu}\p{Ll}{3,}$/u.test(name)) continue;
      // Capitals and digits alone are as often a standard, a rule or a body ("CDISC", "HOAI",
      // "SIP2") as a product.
      if (!/\p{Ll}/u.test(name) || NOT_MODEL_BRAND.test(first) || JOB_OR_BUSINESS.test(name.split(' ').pop() ?? '') || isPlaceName(name, ctx.language)) continue;
      if (isToolCandidate(name, text, have, ctx, false)) out.add(name);
    }
  }
  return [...out];
}
