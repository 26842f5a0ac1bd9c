import { canonicalSkill } from '../taxonomy/matcher';
import { escapeRegExp } from '../regexp';
import { namesBeforeKind } from './tool-kind-names';
import { isPlaceIn, isPlaceName } from './tool-place';
import { GERMAN_ABSTRACT_NOUN, GERMAN_LETTERS, INSTITUTION, isOrdinaryWord, isReportedTo, isToolCandidate, JOB_OR_BUSINESS, KIND_ACRONYM, namesNoMaker, NOT_BRAND_HOLDER, NOT_MODEL_BRAND, NOT_PRODUCT, type ToolContext } from './tool-words';
// Sector products no list holds ("Tagetik", "Syntess", "Medidata Rave") are named the way every
// tool is: after the kind of system they are ("notre GMAO (Carl Source)", "Warenwirtschaftssystem
// GK Retail"), before it ("Manhattan WMS", "A3 ERP"), or as the place or means of a task ("process
// invoices in Xero", "consolidées dans Tagetik", "con A3Nom", "met Konnect"). These rules read that
// grammar, in the five languages; what they find is checked against places, languages, months and
// the listing's own company before it counts.

const KIND_WORD = String.raw`(?:software|logiciel|outil|tool|plateforme|platform|Plattform|plataforma|programa(?: de gestión)?|herramienta|systeem|pakket|[\p{L}-]*system|[\p{L}-]*systeem|[\p{L}-]*software|Warenwirtschaft|[\p{L}-]*programm|Programm|application|applicatie|aplicación|Anwendung|app|appli|programma|sistema)`;
// A product name: one to three words, the first capitalised or a digit, the others capitalised,
// all capitals or digits, a version maybe with its minor number ("Carl Source", "DATEV LODAS",
// "Sage 200", "7shifts", "A3Nom", "AUGIAS-Archiv 9.4").
const NAME = String.raw`(?:\p{Lu}[\p{L}\d&+.'’-]*|\d+[\p{L}][\p{L}\d]*)(?:[ ](?:\p{Lu}[\p{L}\d&+'’-]*|\d{1,4}(?:\.\d{1,2}(?!\d))?|online|Online))?(?:[ ](?:\p{Lu}[\p{L}\d&+'’-]*|\d{1,4}(?:\.\d{1,2}(?!\d))?))?`;
const AFTER_KIND = new RegExp(String.raw`(?<![\p{L}])(?:${KIND_ACRONYM}|${KIND_WORD})(?: actual| actuel| interne| intern)?\s*(?:\(\s*(${NAME})\s*\)|[ ](${NAME})(?=[\s,;.)]|$))`, 'gu');
const BEFORE_KIND = new RegExp(String.raw`(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d&-]*|\d+\p{L}*)) (${KIND_ACRONYM})(?![\p{L}])`, 'gu');
// The place or means of a task: "in Xero", "mit DATEV LODAS", "dans Tagetik", "con A3Nom", "met
// Konnect", "uit Freshdesk", "sur Klaxoon", "avec Intune et Active Directory". German puts the verb
// of a task last: "Aufträge in Ocuco Innovations pflegen", "Berichte in Lumiform führen" (the verb is
// the third group, read in German only: in Dutch a capitalised word there is as often a person,
// "met Jan overleggen").
const MEANS = new RegExp(
  String.raw`(?<![\p{L}])(?:in|with|using|via|on|into|from|mit|über|aus|dans|avec|sur|sous|depuis|en|con|mediante|desde|met|uit|binnen)[ ](?:\*\*)?(${NAME})(?:\*\*)?(?:[ ](?:and|und|et|y|en|or|oder|ou|o|of)[ ](?:\*\*)?(${NAME})(?:\*\*)?)?(?=\s*(?:$|[,;.)]|\n|[ ](?:and|und|et|y|en|or|oder|ou|o|of|to|for|für|pour|para|voor|zu|à|a|al|para|junto|et|und|e)\b)|[ ](?:zu[ ]|te[ ])?(\p{Ll}{3,}(?:en|n|t))(?=[ ]*(?:$|[,;.)])))`,
  'gmu',
);

// Kinds of equipment, each language's singular and plural ("presses", "analyseurs", "Maschinen").
// Engines and drives, hoists and lifts, grooming and workshop tools, stage and medical kit are
// equipment as much as presses are: "Volvo Penta engines", "Andis clippers", "Stryker stretchers",
// "Corghi tyre changers", "Epson projectors". (A "kit" is anything: "First Aid kit". Boilers are
// named by their maker as a class, in the plural, "Vaillant boilers"; one boiler is an installation
// a site names as its own, "the Kelvin boiler".)
const EQUIPMENT_EN = String.raw`(?:press|presses|vehicles?|machines?|trucks?|forklifts?|scanners?|analy[sz]ers?|robots?|tractors?|mowers?|consoles?|printers?|buses|coaches|microscopes?|sequencers?|lasers?|excavators?|cranes?|handhelds?|terminals?|engines?|outboards?|gearboxes|generators?|compressors?|boilers|hoists?|lifts|telehandlers?|loaders?|clippers|trimmers|dryers?|stretchers?|defibrillators?|ventilators?|changers?|balancers?|projectors?|microphones?|mics|sorters?|chainsaws?|skis|looms?|routers?|kilns?|welders?|motors|extractors?|temperers?|enrobers?|shears|handlers|plotters?|cutters?|lathes|mills|frames|ovens|mixers)`;
// A word read whole, then its ending checked once where it ends (each ending a look-behind of
// fixed length): a compound by its last part ("Druckmaschinen", "Etikettierroboter") with no
// letter given back and tried again. `group` names the word's capture, one per pattern.
const wordEndingIn = (group: string, endings: readonly string[]): string => String.raw`(?=(?<${group}>\p{L}+))\k<${group}>(?:${endings.map((e) => `(?<=${e})`).join('|')})`;
const EQUIPMENT_OTHER = String.raw`(?:${wordEndingIn('equipment', ['maschinen', 'maschine', 'roboter', 'traktoren', 'fahrzeuge', 'analysatoren', 'geräte', 'stapler', 'drucker', 'pressen', 'scanner', 'scanners', 'robot', 'robots'])}|Maschinen|Roboter|Traktoren|Fahrzeuge|Geräte|Stapler|Drucker|Pressen|presses?|machines?|analyseurs?|tracteurs?|robots?|imprimantes?|véhicules|chariots?|scanners?|automates?|máquinas?|prensas?|analizadores?|tractores?|vehículos|impresoras?|carretillas?|escáneres|autómatas?|tractoren|voertuigen|apparatuur|heftrucks?|Motoren|moteurs?|motor(?:es)?|motoren|tondeuses?|brancards?|camillas?|Tragen|Defibrillatoren|défibrillateurs?|desfibriladores?|defibrillatoren|Hebebühnen|élévateurs?|elevadores?|hefbruggen|Projektoren|projecteurs?|proyectores?|projectoren|esquís|skis|telares?|weefgetouwen|fresadoras?|fraiseuses?|freesmachines|plotters?|temperadoras?|tempéreuses?|tempereermachines|hornos?|fours|ovens|soldadoras?|soudeuses?|lasers?|láser|camions?|camiones|camionetas?|furgonetas?|fourgons?|bestelwagens?|vrachtwagens?|hoogtewerkers?|nacelles?)`;
// A brand: a capitalised name of up to three words ("Heidelberg Speedmaster"), or one word in
// capitals ("IDEXX"); a paper size or model code ("B1", "CX 102") is not one.
const BRAND = String.raw`(?:\p{Lu}\p{Ll}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]+){0,2}(?: & \p{Lu}\p{Ll}+)?|\p{Lu}{4,}(?![\p{L}\d-]))`;
// One word in lower case may say what the machine is for ("Linde counterbalance trucks", "Corghi
// tyre changers", "Shure radio mics"), not a function word ("Leeds and the trucks").
const BRANDS_BEFORE_EQUIPMENT = new RegExp(String.raw`(?<![\p{L}\d])((?:${BRAND})(?:, ${BRAND})*(?:,? (?:and|or) ${BRAND})?)(?: (?!(?:and|or|the|our|your|their|its|with|for|from|all|new|old|own|other|these|those|some|any|more|most|many)[ ])(\p{Ll}{3,}))? ${EQUIPMENT_EN}(?![\p{L}])`, 'gu');
const EQUIPMENT_THEN_BRAND = new RegExp(String.raw`(?<![\p{L}])(?:${EQUIPMENT_OTHER}|${EQUIPMENT_EN})(?: (?:van|von|de|de la|del|of|from|is van|sont de|son de))? (?<brand>${BRAND})(?![\p{L}\d])`, 'gu');
// The maker or model of a machine written in brackets after it, in the five languages: "mit dem
// Futtermischwagen (Siloking)", "Blisterautomaten (Baxter)", "the deck ovens (MIWE, Daub)", "fours
// (Bongard)", "hornos (Salva)", "heftrucks (Linde en Still)". The noun is a kind of machine (its
// German compound read by its last part); the bracket holds one to three names and nothing else.
const MACHINE_NOUN = String.raw`(?:${EQUIPMENT_OTHER}|${EQUIPMENT_EN}|${wordEndingIn('machine', ['automaten', 'automat', 'wagen', 'öfen', 'ofen', 'anlagen', 'anlage', 'mischer', 'waagen', 'waage', 'scanner', 'kassen', 'kasse'])}|ovens?|mixers?|tugs?|fours?|pétrins?|hornos?|amasadoras?|básculas?|balances?|weegschalen|kassa's|automaten)`;
const MACHINE_THEN_BRACKET = new RegExp(String.raw`(?<![\p{L}])${MACHINE_NOUN} \((?<brands>${BRAND}(?:, ${BRAND}){0,2}(?: (?:und|and|et|y|en|or|oder|ou|o|of) ${BRAND})?)\)`, 'gu');
// A maker written after the thing it makes, in German, Dutch and English: "Bohrwagen von Sandvik,
// Fahrlader von GHH und Paus", "ademluchttoestellen van Dräger", "glasswashers from Winterhalter
// and Hobart". The noun is a German noun or a lower-case word; a second maker may be joined by
// "und", "en" or "and" that ends the phrase. A maker followed by its product line, a model or a
// domain ("von Microsoft 365", "van Bosch (Performance Line CX)", "van LetsGrow.com") is read
// whole by the other rules.
const THING_FROM_MAKER = new RegExp(String.raw`(?<![\p{L}])(\p{L}[\p{L}-]{3,}) (?:von|van|from) (${BRAND}|\p{Lu}{3})(?: (?:und|en|and) (${BRAND}|\p{Lu}{3})(?=[ ]*(?:[,;.)]|$)))?(?![\p{L}\d&'’-]|\.\p{L}|[ ][\p{Lu}\d(])`, 'gmu');

function looksLikeProductInGerman(name: string, text: string): boolean {
  if (name.split(' ').some((w) => /^[\p{Lu}\d]{2,}$/u.test(w) || /\d/.test(w) || /\p{Ll}\p{Lu}/u.test(w))) return true;
  // Two or three words none of which is a German noun or a place: "Ocuco Innovations", "Mais Flexis".
  const words = name.split(' ');
  if (words.length > 1 && words.every((w) => !isOrdinaryWord(w, text, 'de') && !isPlaceName(w, 'de'))) return true;
  // One word that has neither a German noun's nor a German place's ending, and that the listing
  // never writes in lower case: "Quinyx", "Pinia", "Storybook", not "Vollzeit", "Hamburg".
  return !name.includes(' ') && !isOrdinaryWord(name, text, 'de') && !isPlaceName(name, 'de');
}


// Prepositions of the means or the system of a task, in running prose. "from", "aus", "uit" and
// "desde" say where someone comes from as often as which system data comes from; the Dutch "en" is
// "and".
const PROSE_MEANS = /^(?:in|with|using|via|on|mit|über|im|dans|avec|sur|sous|con|mediante|met|binnen|en)$/u;
// Words before "in" that make the name after it a place: where one is based, lives, works or sells.
const PLACE_BEFORE = /(?:^|[\s(])(?:based|located|live|living|lives|offices?|sites?|stores?|shops?|branches|customers?|clients?|members?|born|studied|work|works|working|Sitz|Standort\p{L}*|Kunden|wohnen|arbeiten|arbeitest|bureaux?|clients?|travailler|travaillez|habiter|sede|oficinas?|clientes|trabajar|trabajarás|vivir|kantoor|klanten|vestiging\p{L}*|werken|werkt|wonen)[\s(]*$/iu;
// Words before "with" that make the name after it a person or an organisation one works with, or
// one talks with ("an interview with Martin", "entretien avec Claire", "gesprek met Sanne"). (A
// call or a chat is as often made with a tool: "calls with Aircall".)
const PEOPLE_BEFORE = /(?:^|[\s(])(?:report|reports|reporting|contact|opnemen|bel|app|bellen|rapporteer\p{L}*|contacter|contactez|contactar|closely|together|directly|alongside|colleagues?|partners?|people|team|teams|eng|étroitement|directement|estrechamente|directamente|nauw|samen|direct|conversation|interview|Gespräch|Kennenlerngespräch|entretien|rendez-vous|entrevista|gesprek|kennismaking|kennismakingsgesprek)[\s(]*$/iu;
const PLACE_PREP = /^(?:in|im|en|dans|binnen|on)$/u;
// A degree, a diploma or a course of study before "in" or "en": the name after it is the field
// of study ("Degree in Chemical Engineering", "Licenciatura en ADE o Economía", "Título de Técnico
// Superior en Audiología", "PhD in HPC", "opleiding in informatica").
const STUDY_BEFORE = /(?:^|[\s(/-])(?:degrees?|BSc|BA|MSc|MA|MEng|PhD|doctorate|diploma|qualification|HND|HNC|NVQ|apprentices?|apprenticeship|grado|graduado|graduada|licenciatura|licenciado|licenciada|máster|master|doctorado|título|titulación|técnico|técnica|superior|ciclo|formativo|FP|aprendices|diplôme|diplômée?|licence|BTS|DUT|BUT|doctorat|ingénieur|Studium|Abschluss|Bachelor|Diplom|opleiding|hbo-opleiding|wo-opleiding|mbo-opleiding|studie|graad|bachelor)(?:[ ](?:superior|universitario|universitaria|supérieure?|of[ ]Science|of[ ]Arts))?[ ]$/iu;
// Nouns of dealing with someone before "with", "mit", "avec", "con" or "met".
const RELATION_BEFORE = /(?:^|[\s(])(?:together|closely|alongside|jointly|samen|nauw|zusammen|eng|ensemble|étroitement|conjuntamente|estrechamente|junto|relations?|relationships?|liaison|liaise|liaising|contact|contacts|cooperation|co-operation|collaboration|partnership|relación|relaciones|contacto|interlocución|coordinación|colaboración|Beziehung\p{L}*|Kontakt|Kontakte|Zusammenarbeit|Abstimmung|Austausch|relation|relationnel|échanges?|interface|interlocuteur|contacten|samenwerking|afstemming|overleg)[\s(]*$/iu;

/**
 * Whether a name after a preposition in running prose is a tool the task is done in or with: the
 * preposition one of means, right after a lower-case word of the task ("registreert meldingen in
 * Ultimo", "rotas on Deputy", "congés dans Lucca", "(in Injixo)"), not after a word of place ("based in",
 * "customers in", "work in") or of people ("closely with"), and the name no town, city or county.
 * @example inProseTask('Je registreert meldingen ', 'in Ultimo', 'Ultimo', 'nl') // true
 */
export function inProseTask(before: string, phrase: string, name: string, language: string, after = '', text = ''): boolean {
  const prep = phrase.split(' ')[0] ?? '';
  if (!PROSE_MEANS.test(prep) || (prep === 'en' && language !== 'fr' && language !== 'es')) return false;
  // (German capitalises the nouns of a task: "meldet Störungen über X".)
  if (!(language === 'de' ? /(?<![\p{L}])\p{Lu}?\p{Ll}{2,}[ ]\(?$/u : /(?<![\p{L}])\p{Ll}{3,}[ ]\(?$/u).test(before) || PEOPLE_BEFORE.test(before) || (PLACE_PREP.test(prep) && PLACE_BEFORE.test(before))) return false;
  // "Art. 88 DSGVO", "Phase 2": a numbered article, part or grade; "en CDI": a contract or job word;
  // "in Losgröße 1": a German noun.
  const first = name.split(/[ .]/u)[0] ?? '';
  if (NOT_MODEL_BRAND.test(first) || JOB_OR_BUSINESS.test(first) || (language === 'de' && GERMAN_ABSTRACT_NOUN.test(first))) return false;
  // "met Marjolein Bakker, clustermanager": a first name and a surname before a comma and a role.
  if (/^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}-]+)+$/u.test(name) && /^\s*,/u.test(after)) return false;
  // A name written alone on a line elsewhere is a heading or a menu item ("Premium").
  if (text !== '' && new RegExp(String.raw`^[ \t]*${escapeRegExp(name)}[ \t]*$`, 'mu').test(text)) return false;
  return !isPlaceName(name.replace(/[.,;:'’]+$/u, ''));
}


/**
 * Tools named by the grammar around them: after or before the kind of system they are, and as the
 * place or means of a task ("invoices in Xero", "dans Tagetik", "met Konnect"). `known` are the
 * skills found already (their case-folded names are skipped). Each name is checked: not a language,
 * month, day, region, department or pronoun; not one of `notTools`; not written elsewhere as a
 * place; in German only a name that looks like a product.
 * @example toolsFromContext('- Approve purchase orders in Procura and Excel', [], { language: 'en', notTools: [] }) // ['Procura']
 */
export function toolsFromContext(text: string, known: readonly string[], ctx: ToolContext): string[] {
  const have = new Set(known.map((k) => k.toLowerCase()));
  const blocked = new Set(ctx.notTools.filter(Boolean).map((n) => n.toLowerCase()));
  const out = new Set<string>();
  // `listed`: a name in a list of names, where a comma and a capital after it is the list's shape.
  const consider = (raw: string | undefined, strict: boolean, listed = false): void => {
    const name = (raw ?? '').replace(/[.'’]+$/, '').trim();
    if (name.length < 2 || name.length > 40) return;
    const low = name.toLowerCase();
    if (have.has(low) || blocked.has(low) || out.has(name)) return;
    // "Java 21", "MS Excel": a version or a vendor's short name on a tool already found.
    if (name.split(' ').some((w) => have.has(w.toLowerCase()))) return;
    // "3x8", "2x8": a pattern of shifts, not a product.
    if (/^\d+[x×]\d+$/u.test(name)) return;
    // "CI", "RH", "SLAs", "RFPs": two-letter and plural acronyms are business words, not products.
    if (/^\p{Lu}{1,2}$/u.test(name) || /^\p{Lu}{2,}s$/u.test(name)) return;
    if (NOT_PRODUCT.test(name) || NOT_PRODUCT.test(name.split(' ')[0] ?? '') || INSTITUTION.test(name)) return;
    if ([...blocked].some((b) => b.includes(low) || low.includes(b))) return;
    if (strict && ctx.language === 'de' && !looksLikeProductInGerman(name, text)) return;
    // A name and its version ("AUGIAS-Archiv 9.4, Online-Präsentation") is no town before its region.
    if (isPlaceIn(name, text, !listed && !/[ ]\d/u.test(name), ctx) || isReportedTo(name, text)) return;
    out.add(name);
  };
  for (const m of text.matchAll(AFTER_KIND)) consider(m[1] ?? m[2], m[2] !== undefined);
  // A German name joined to "-App" or "-System" is a product when it has no German noun's
  // ending and the listing never writes it in lower case ("Papershift-App", not "Kassen-System").
  for (const { name: x, joined } of namesBeforeKind(text)) {
    const german = joined && ctx.language === 'de';
    if (german && (isOrdinaryWord(x, text, 'en') || GERMAN_ABSTRACT_NOUN.test(x) || /(?:en|er|ern|s)$|[äöüß]/u.test(x))) continue;
    // The device or the platform an app runs on ("our Android app", "unsere Web-App") is no product.
    if (/^(?:Web|Android|iOS|Mobile|Desktop|Online|Cloud|Windows|Mac|Smartphone|Tablet)$/u.test(x)) continue;
    if (isToolCandidate(x, text, have, ctx, german)) consider(x, ctx.language === 'de' && !german);
  }
  for (const m of text.matchAll(BEFORE_KIND)) if (!NOT_PRODUCT.test(m[1] ?? '') && !/^(?:Ihr|Unser|Notre|Nuestro|Our|Your|Het|Ons|Das|Die|Der|Le|La|El)$/u.test(m[1] ?? '')) consider(`${m[1]} ${m[2]}`, false);
  // Equipment by its brand: "Heidelberg Speedmaster presses", "Volvo and Wright vehicles",
  // "analyseurs NIR Foss", "analizadores IDEXX", "handscanner van Zebra", "Fräsmaschinen Amann Girrbach".
  for (const m of text.matchAll(BRANDS_BEFORE_EQUIPMENT)) {
    const items = (m[1] ?? '').split(/\s*(?:,|\s(?:and|or)\s)\s*/u);
    // A word that opens a line or a sentence before a noun phrase is as often its verb ("Watch
    // sorter performance", "Check tyre changers daily", "Service forklifts"): there the first name
    // needs a second word or a product's shape. After a colon a list of things begins.
    const opens = /(?:^|[.!?]\s|^\s*(?:[-•·*–▪◦]|\d+[.)])\s*)$/u.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index));
    if (opens && /^\p{Lu}\p{Ll}+$/u.test(items[0] ?? '')) items.shift();
    // A machine's noun in the singular before another noun qualifies it ("boiler room", "engine
    // bay", "crane hire", "truck stop"): the name before is the room's, the firm's or the
    // place's ("the Kelvin boiler house"), not a maker's. A
    // participle after it is the machine's state ("the Halvern engine running").
    if (!/s$/u.test(m[0]) && /^[ ](?!(?:and|or|with|for|in|on|at|to|from|of|is|are|was|were|will|can|that|which|as|by|when|if|so|but|we|you|they|it|has|have|had|must|should|would|could|may|the|a|an)(?![\p{L}]))(?!\p{Ll}+(?:ing|ed)(?![\p{L}]))\p{Ll}{3,}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "Selmi Plus EX and Selmi One temperers": two models of one maker name the maker.
    const maker = items[0]?.split(' ')[0] ?? '';
    const one = items.length >= 2 && items.every((x) => x === maker || x.startsWith(`${maker} `)) ? [maker] : items;
    for (const x of one) if (isToolCandidate(x, text, have, ctx, false)) consider(x, false, true);
  }
  for (const m of text.matchAll(THING_FROM_MAKER)) {
    const noun = m[1] ?? '';
    // The thing is a concrete noun, not a task ("Koordination von …") nor a tool ("Python von Vorteil").
    if (namesNoMaker(noun) || !(ctx.language === 'de' ? /^\p{Lu}[\p{Ll}-]+$/u : /^\p{Ll}[\p{Ll}-]+$/u).test(noun) || /(?:ung|heit|keit|schaft|tät|ion|ik|nis|tum)$/u.test(noun) || canonicalSkill(noun) !== null) continue;
    for (const maker of [m[2], m[3]]) {
      if (maker === undefined || isPlaceName(maker, ctx.language) || canonicalSkill(maker) !== null) continue;
      // In German every noun is capitalised: a maker is a word with neither a German noun's
      // ending nor its letters ("Sandvik", "GHH"; not "Vorteil", "Planern", "Stadt").
      if (ctx.language === 'de' && (isOrdinaryWord(maker, text, 'en') || /(?:ung|heit|keit|schaft|tät|ion|nis|tum|ling|n)$/u.test(maker) || (/\p{Ll}/u.test(maker) && GERMAN_LETTERS.test(maker)))) continue;
      if (isToolCandidate(maker, text, have, ctx, true)) consider(maker, false, true);
    }
  }
  for (const m of text.matchAll(MACHINE_THEN_BRACKET)) {
    for (const x of (m.groups?.brands ?? '').split(/\s*(?:,|\s(?:und|and|et|y|en|or|oder|ou|o|of)\s)\s*/u)) {
      // The bracket's place says "maker", so a German word's loose shape ("Siloking", "Baxter") is
      // not held against it; a word the listing writes in lower case, or a German noun of an abstract
      // kind or of time ("Vollzeit", "Anlagen"), is still no maker.
      if (canonicalSkill(x) !== null || isOrdinaryWord(x, text, ctx.language === 'de' ? 'en' : ctx.language)) continue;
      if (ctx.language === 'de' && (GERMAN_ABSTRACT_NOUN.test(x) || /(?:zeit|en|ern)$|[äöüß]/u.test(x))) continue;
      if (isToolCandidate(x, text, have, ctx, true)) consider(x, false, true);
    }
  }
  for (const m of text.matchAll(EQUIPMENT_THEN_BRAND)) {
    const x = m.groups?.brand ?? '';
    if (isToolCandidate(x, text, have, ctx, true)) consider(x, false);
  }
  for (const m of text.matchAll(MEANS)) {
    if (m[3] !== undefined && ctx.language !== 'de') continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^(?:in|en)[ ]/u.test(m[0]) && STUDY_BEFORE.test(text.slice(Math.max(lineStart, m.index - 40), m.index))) continue;
    // In the listing's running prose "in X" is as often a region ("customers in Overijssel") or a
    // person ("with Anna") as a tool: there a name counts only as {@link inProseTask} reads it.
    if (!/^\s*(?:[-•·*–▪◦]|\d+[.)])\s/u.test(text.slice(lineStart, lineStart + 6))) {
      for (const name of [m[1], m[2]]) if (name !== undefined && inProseTask(text.slice(lineStart, m.index), m[0], name, ctx.language, text.slice(m.index + m[0].length, m.index + m[0].length + 3), text)) consider(name, true);
      continue;
    }
    // A paragraph of prose under a duties heading (two sentences or more) says where as often as
    // with what ("practices in Gloucestershire and Wiltshire", "op in Dordrecht en Zwijndrecht"):
    // there a word shaped like a county's or a town's name is a place.
    const lineEnd = text.indexOf('\n', m.index);
    const prose = /[.!?] \p{Lu}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\b(?:e\.g|i\.e|z\.\s?B|bzw|ca|etc|p\.\s?ex|bijv)\. /giu, ''));
    // "Relación con Puertos Canarios", "Abstimmung mit Vertrieb", "liaison with Harbour Board": the
    // people or bodies one deals with.
    if (RELATION_BEFORE.test(text.slice(Math.max(lineStart, m.index - 40), m.index))) continue;
    // A town, a region or a country is a place in a bullet too ("clientes en Portugal e Irlanda").
    for (const name of [m[1], m[2]]) if (name !== undefined && !isPlaceName(name.replace(/[.,;:'’]+$/u, ''))) consider(name, true);
  }
  // French and Spanish write a brand after the noun of the thing it makes: "sondeur Furuno",
  // "jumbos Epiroc", "tunnel de lavage Lavatec", "equipos de respiración Dräger". A capitalised
  // word there is a proper name; in a task or requirement bullet, one that is not a place,
  // a person's title or a market is the job's equipment or software.
  if (ctx.language === 'fr' || ctx.language === 'es') {
    for (const m of text.matchAll(NOUN_THEN_BRAND)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (!/^\s*(?:[-•·*–▪◦]|\d+[.)])\s/u.test(text.slice(lineStart, lineStart + 6))) continue;
      const noun = (m[1] ?? '').split(/[ -]/u)[0] ?? '';
      const name = m[2] ?? '';
      // A name the taxonomy knows is found by it ("suite Adobe", "dans Node").
      if (NOT_BRAND_HOLDER.test(noun) || NOT_MODEL_BRAND.test(name) || canonicalSkill(name) !== null || !isToolCandidate(name, text, have, ctx, false)) continue;
      consider(name, false, true);
      // "machines à coudre Juki et Brother": a second brand joined to the first.
      const next = /[ ](?:et|y|o|ou|e|u)[ ](\p{Lu}\p{Ll}[\p{L}\d-]*)(?![\p{L}\d]|[ ]\p{Lu})/uy;
      next.lastIndex = m.index + m[0].length;
      const n = next.exec(text)?.[1];
      if (n !== undefined && canonicalSkill(n) === null && isToolCandidate(n, text, have, ctx, false)) consider(n, false, true);
    }
  }
  return [...out];
}

// A lower-case noun, maybe with its complement ("tunnel de lavage"), then one capitalised word
// (not an acronym: "qualité RABC", "valorable MBA" name no brand) that ends the phrase: the brand of a thing ("sondeur Furuno", "machines à coudre Juki et Brother").
const NOUN_THEN_BRAND = new RegExp(String.raw`(?<![\p{L}'’])(\p{Ll}{4,}(?:[ -](?:de|à|del)[ ]\p{Ll}{3,})?)[ ](\p{Lu}\p{Ll}[\p{L}\d-]*)(?=[ ]*(?:$|[,;.)]|[ ](?:et|y|o|ou|e|u)[ ]))`, 'gmu');
