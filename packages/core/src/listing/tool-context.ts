import { canonicalSkill } from '../taxonomy/matcher';
import { escapeRegExp } from '../regexp';
import placeNames from '../taxonomy/places.json';
// Sector products no list holds ("Tagetik", "Syntess", "Medidata Rave") are named the way every
// tool is: after the kind of system they are ("notre GMAO (Carl Source)", "Warenwirtschaftssystem
// GK Retail"), before it ("Manhattan WMS", "A3 ERP"), or as the place or means of a task ("process
// invoices in Xero", "consolidées dans Tagetik", "con A3Nom", "met Konnect"). These rules read that
// grammar, in the five languages; what they find is checked against places, languages, months and
// the listing's own company before it counts.

// Kinds of business system, as acronyms and as words.
const KIND_ACRONYM = String.raw`(?:ERP|CRM|WMS|MES|GMAO|CMMS|HRIS|SIRH|ATS|LMS|PIM|EDC|TMS|DMS|PMS|EHR|EPD|ECD|CAFM|BIM|LIMS|SCM|APS|PLM|GED|TPV)`;
const KIND_WORD = String.raw`(?:software|logiciel|outil|tool|plateforme|platform|Plattform|plataforma|programa(?: de gestión)?|herramienta|systeem|pakket|[\p{L}-]*system|[\p{L}-]*systeem|[\p{L}-]*software|Warenwirtschaft|[\p{L}-]*programm|Programm|application|applicatie|aplicación|Anwendung)`;
// A product name: one to three words, the first capitalised or a digit, the others capitalised,
// all capitals or digits ("Carl Source", "DATEV LODAS", "Sage 200", "7shifts", "A3Nom").
const NAME = String.raw`(?:\p{Lu}[\p{L}\d&+.'’-]*|\d+[\p{L}][\p{L}\d]*)(?:[ ](?:\p{Lu}[\p{L}\d&+'’-]*|\d{1,4}|online|Online))?(?:[ ](?:\p{Lu}[\p{L}\d&+'’-]*|\d{1,4}))?`;
const AFTER_KIND = new RegExp(String.raw`(?<![\p{L}])(?:${KIND_ACRONYM}|${KIND_WORD})(?: actual| actuel| interne| intern)?\s*(?:\(\s*(${NAME})\s*\)|[ ](${NAME})(?=[\s,;.)]|$))`, 'gu');
const BEFORE_KIND = new RegExp(String.raw`(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d&-]*|\d+\p{L}*)) (${KIND_ACRONYM})(?![\p{L}])`, 'gu');
// The place or means of a task: "in Xero", "mit DATEV LODAS", "dans Tagetik", "con A3Nom", "met
// Konnect", "uit Freshdesk", "sur Klaxoon", "avec Intune et Active Directory".
const MEANS = new RegExp(
  String.raw`(?<![\p{L}])(?:in|with|using|via|on|into|from|mit|über|aus|dans|avec|sur|sous|depuis|en|con|mediante|desde|met|uit|binnen)[ ](?:\*\*)?(${NAME})(?:\*\*)?(?:[ ](?:and|und|et|y|en|or|oder|ou|o|of)[ ](?:\*\*)?(${NAME})(?:\*\*)?)?(?=\s*(?:$|[,;.)]|\n|[ ](?:and|und|et|y|en|or|oder|ou|o|of|to|for|für|pour|para|voor|zu|à|a|al|para|junto|et|und|e)\b))`,
  'gmu',
);

// Kinds of equipment, each language's singular and plural ("presses", "analyseurs", "Maschinen").
const EQUIPMENT_EN = String.raw`(?:press|presses|vehicles?|machines?|trucks?|forklifts?|scanners?|analy[sz]ers?|robots?|tractors?|mowers?|consoles?|printers?|buses|coaches|microscopes?|sequencers?|lasers?|excavators?|cranes?|handhelds?|terminals?)`;
const EQUIPMENT_OTHER = String.raw`(?:[\p{L}]*(?:maschinen|maschine|roboter|traktoren|fahrzeuge|analysatoren|analysegeräte|geräte|stapler|drucker|pressen)|Maschinen|Roboter|Traktoren|Fahrzeuge|Geräte|Stapler|Drucker|Pressen|presses?|machines?|analyseurs?|tracteurs?|robots?|imprimantes?|véhicules|chariots?|scanners?|automates?|máquinas?|prensas?|analizadores?|tractores?|vehículos|impresoras?|carretillas?|escáneres|autómatas?|tractoren|voertuigen|apparatuur|heftrucks?|[\p{L}]*scanners?|[\p{L}]*robots?)`;
// A brand: a capitalised name of up to three words ("Heidelberg Speedmaster"), or one word in
// capitals ("IDEXX"); a paper size or model code ("B1", "CX 102") is not one.
const BRAND = String.raw`(?:\p{Lu}\p{Ll}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]+){0,2}|\p{Lu}{4,}(?![\p{L}\d-]))`;
const BRANDS_BEFORE_EQUIPMENT = new RegExp(String.raw`(?<![\p{L}\d])((?:${BRAND})(?:, ${BRAND})*(?: (?:and|or) ${BRAND})?) ${EQUIPMENT_EN}(?![\p{L}])`, 'gu');
const EQUIPMENT_THEN_BRAND = new RegExp(String.raw`(?<![\p{L}])(?:${EQUIPMENT_OTHER}|${EQUIPMENT_EN})(?: (?:van|von|de|de la|del|of|from|is van|sont de|son de))? (${BRAND})(?![\p{L}\d])`, 'gu');
// A maker written after the thing it makes, in German, Dutch and English: "Bohrwagen von Sandvik,
// Fahrlader von GHH und Paus", "ademluchttoestellen van Dräger", "glasswashers from Winterhalter
// and Hobart". The noun is a German noun or a lower-case word; a second maker may be joined by
// "und", "en" or "and" that ends the phrase. A maker followed by its product line, a model or a
// domain ("von Microsoft 365", "van Bosch (Performance Line CX)", "van LetsGrow.com") is read
// whole by the other rules.
const THING_FROM_MAKER = new RegExp(String.raw`(?<![\p{L}])(\p{L}[\p{L}-]{3,}) (?:von|van|from) (${BRAND}|\p{Lu}{3})(?: (?:und|en|and) (${BRAND}|\p{Lu}{3})(?=[ ]*(?:[,;.)]|$)))?(?![\p{L}\d&'’-]|\.\p{L}|[ ][\p{Lu}\d(])`, 'gmu');
// Nouns before "von", "van" or "from" whose maker is a person, a client or an employer: a task done
// for, with or on behalf of someone, people and the places and groups they come from.
export const NOT_MADE_BY = /^(?:Auftrag|Leitung|Vertretung|Unterstützung|Betreuung|Beratung|Begleitung|Anleitung|Führung|Seiten|Namen|Kunden|Mitarbeit\p{L}*|Kolleg\p{L}*|Team\p{L}*|Gruppe|Abteilung|Tochter\p{L}*|Teil|Mitglied\p{L}*|Partner\p{L}*|Projekte?n?|Register|Plattform|Portal|Website|Fragen|Anfragen|Wünsche|Besitz|bezit|possession|opdracht|leiding|namens|klanten|vragen|wensen|register|registratie|platform|portaal|website|collega\p{L}*|team|teams|ondersteuning|begeleiding|afdeling|dochter\p{L}*|onderdeel|deel|lid|leden|partners?|projecten|customers?|clients?|colleagues?|members?|partners?|people|candidates|graduates|students|support|help|guidance|instructions|requests?|referrals|visitors|guests|staff|teams?|part|division|subsidiary|projects?|delegation|behalf|away|apart|free|far|calls|emails|feedback)$/iu;

// Words that follow those prepositions and name no product: languages, months, days, seasons,
// places in general, time, teams.
const NOT_PRODUCT = new RegExp(
  String.raw`^(?:` +
    [
      'english|englisch|anglais|inglés|engels|german|deutsch|allemand|alemán|duits|french|französisch|français|francés|frans|spanish|spanisch|espagnol|español|spaans|dutch|niederländisch|néerlandais|neerlandés|nederlands|italian|italienisch|italien|italiano|italiaans|portuguese|portugiesisch|portugais|portugués|portugees|polish|polnisch',
      'january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus',
      '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
      'europe|europa|emea|apac|latam|america|amérique|américa|asia|africa|afrique|áfrica|germany|deutschland|allemagne|alemania|duitsland|france|frankreich|francia|frankrijk|spain|spanien|espagne|españa|spanje|netherlands|niederlande|pays-bas|países bajos|nederland|belgium|belgien|belgique|bélgica|belgië|uk|usa|us|eu|dach|benelux|iberia|remote|hybrid|office|home|homeoffice',
      'the|a|an|our|your|this|der|die|das|den|dem|des|ein|eine|einem|einer|unser\\p{L}*|ihr\\p{L}*|le|la|les|l|un|une|notre|nos|votre|vos|el|los|las|una|nuestro\\p{L}*|su|sus|de|het|een|ons|onze|jouw|je|uw|team|teams|equipo|équipe|Team|Teams',
      'current|former|actuel|actuelle|ancien|ancienne|aktuell|ehemalig|ehemalige|actual|antiguo|antigua|huidig|huidige|voormalig|voormalige',
      'i|we|you|he|she|they|it|wir|sie|er|es|ich|du|nous|vous|il|elle|on|ils|je|tu|nosotros|usted|él|ella|ellos|wij|jij|hij|zij|ze|u',
      'rrhh|rh|finance|finanzen|sales|vertrieb|marketing|operations|hr|legal|engineering|product|produkt|produit|producto|product|support|it|ops|procurement|einkauf|achats|compras|inkoop|logistics|logistik|logistique|logística|logistiek|biostatistics|clinical|research|design|data|security|compliance|audit|controlling|qa|customer success|ventes|ventas|verkoop|recursos humanos|ressources humaines|personal|personalabteilung|direction|dirección|directie|management|leadership|board|vorstand|comex|cfo|ceo|cto|coo|cio|dsi|daf|drh',
    ].join('|') +
    String.raw`)$`,
  'iu',
);
// German capitalises every noun, so a bare word after "mit" or "in" is as often a noun ("mit
// Kunden", "in Vollzeit") as a product: in German a name after a preposition must look like one
// (all capitals, a digit, an inner capital, or two words).
function looksLikeProductInGerman(name: string, text: string): boolean {
  if (name.split(' ').some((w) => /^[\p{Lu}\d]{2,}$/u.test(w) || /\d/.test(w) || /\p{Ll}\p{Lu}/u.test(w))) return true;
  // One word that has neither a German noun's nor a German place's ending, and that the listing
  // never writes in lower case: "Quinyx", "Pinia", "Storybook", not "Vollzeit", "Hamburg".
  return !name.includes(' ') && !isOrdinaryWord(name, text, 'de') && !GERMAN_PLACE.test(name);
}
// English and Dutch counties' and towns' names by their endings ("Gloucestershire", "Dordrecht").
const PLACE_SHAPE = /^\p{Lu}\p{Ll}+(?:shire|drecht|chester|caster|mouth|borough|bury|wijk|hoven|dam)$/u;
// Towns and cities of 10,000 people or more where our listings' languages are spoken (GeoNames, see
// the taxonomy's ATTRIBUTION.md), built by `scripts/build-places.ts`.
let places: ReadonlySet<string> | null = null;

/**
 * Whether a name is a town, a city or a county: in the place list, or shaped like an English or
 * Dutch county's or town's name ("Gloucestershire", "Zwijndrecht").
 * @example isPlaceName('Amersfoort') // true
 */
export function isPlaceName(name: string): boolean {
  places ??= new Set(placeNames as string[]);
  // "Amsterdam-Noord", "San Sebastián de los Reyes": a place's quarter or a longer place name.
  return places.has(name) || PLACE_SHAPE.test(name) || places.has(name.split(/[ -]/u)[0] ?? '');
}

// Prepositions of the means or the system of a task, in running prose. "from", "aus", "uit" and
// "desde" say where someone comes from as often as which system data comes from; the Dutch "en" is
// "and".
const PROSE_MEANS = /^(?:in|with|using|via|on|mit|über|im|dans|avec|sur|sous|con|mediante|met|binnen|en)$/u;
// Words before "in" that make the name after it a place: where one is based, lives, works or sells.
const PLACE_BEFORE = /(?:^|[\s(])(?:based|located|live|living|lives|offices?|sites?|stores?|shops?|branches|customers?|clients?|members?|born|studied|work|works|working|Sitz|Standort\p{L}*|Kunden|wohnen|arbeiten|arbeitest|bureaux?|clients?|travailler|travaillez|habiter|sede|oficinas?|clientes|trabajar|trabajarás|vivir|kantoor|klanten|vestiging\p{L}*|werken|werkt|wonen)[\s(]*$/iu;
// Words before "with" that make the name after it a person or an organisation one works with.
const PEOPLE_BEFORE = /(?:^|[\s(])(?:report|reports|reporting|contact|opnemen|bel|app|bellen|rapporteer\p{L}*|contacter|contactez|contactar|closely|together|directly|alongside|colleagues?|partners?|people|team|teams|eng|étroitement|directement|estrechamente|directamente|nauw|samen|direct)[\s(]*$/iu;
const PLACE_PREP = /^(?:in|im|en|dans|binnen|on)$/u;
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
// German place names by their endings ("Hamburg", "Nürnberg", "Frankfurt", "Düsseldorf", "Berlin").
export const GERMAN_PLACE = /(?:burg|berg|furt|dorf|hausen|heim|stadt|feld|hafen|in|au|ach|ingen|bach|brück|brücken|tal|see|rode|stedt|leben|kirchen|born|hagen|werder|ow|itz|ig)$/u;

// A German noun by its ending or letters ("Statistik", "Erfahrung", "Teamarbeit", "Bürosoftware"):
// in German a capitalised word alone is a noun unless it looks like a product.
const GERMAN_NOUN = /(?:ung|heit|keit|eit|schaft|tät|ion|ik|nis|tum|ling|chen|ei|ur|enz|anz|ismus|ment|ing|e|en|er|el|ern|st|sch|ten|ten)$|[äöüß]/iu;
// Letter groups of German words that product names rarely have ("Ausbau", "Zahlungsverkehr").
const GERMAN_LETTERS = /sch|ch|ck|tz|pf|ß|ei|au|eu|äu|ie|ung/iu;
// Words of a job title or of business, which follow a tool's name without being a product.
export const JOB_OR_BUSINESS = /^(?:Director\p{L}*|Directeur\p{L}*|Directrice\p{L}*|Head|Chief|Officer\p{L}*|Coordinator\p{L}*|Engineer\p{L}*|Developer\p{L}*|Development|Architect\p{L}*|Admin\p{L}*|Consultant\p{L}*|Specialist\p{L}*|Analyst\p{L}*|Manager\p{L}*|Lead|Senior|Junior|Staff|Expert\p{L}*|Certified|Certification|Certificate|Zertifi\p{L}*|Experience|Erfahrung|Kenntnisse?|Knowledge|Skills?|Team\p{L}*|Projects?|Projekte?|Umfeld|Umgebung|Environment|Stack|Basis|Know|How|User\p{L}*|Anwender\p{L}*|Module?s?|Services?|Solutions?|Platform|Plattform|Systems?|Systeme\p{L}*|Implementation|Implementierung|Migration|Support|Partner|GmbH|AG|SE|Inc|Ltd|LLC|SAS|SL|SA|BV|NV|H|F|M|W|D|X|V|HF|H\/F|F\/H|m\/w\/d|w\/m\/d|CDI|CDD|Remote|Hybrid|E-?[Mm]ail|Mail|Corporation|Corp|Company|Group)$/u;

/**
 * A capitalised word the listing also writes in lower case ("Planning" beside "planning"), or in
 * German one shaped like a noun, is an ordinary word of the language, not a product's name.
 * @example isOrdinaryWord('Planning', 'Planning: weekly planning', 'en') // true
 */
export function isOrdinaryWord(word: string, text: string, language: string): boolean {
  if (JOB_OR_BUSINESS.test(word) || NOT_PRODUCT.test(word)) return true;
  if (/^[\p{Lu}\d]{2,}$/u.test(word) || /\d/.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return false;
  const low = word.toLowerCase();
  if (low !== word && new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(low)}(?![\p{L}])`, 'u').test(text)) return true;
  return language === 'de' && (GERMAN_NOUN.test(word) || GERMAN_LETTERS.test(word));
}

/**
 * Whether a name read from a list, a bracket or after a vendor may be a tool: not a language,
 * month, department or pronoun, not a job word, not the company, title or a place the listing
 * names, not an ordinary word of the listing's language, not a version ("Java 21"). `strong`
 * (a bracket after a tool or a kind of system) lets a single German noun-shaped word through.
 * @example isToolCandidate('Clari', 'Salesforce, Clari', new Set(['salesforce']), { language: 'en', notTools: [] }, false) // true
 */
export function isToolCandidate(raw: string, text: string, have: ReadonlySet<string>, ctx: ToolContext, strong: boolean): boolean {
  const name = raw.replace(/[.,;:'’]+$/u, '').trim();
  if (name.length < 2 || name.length > 40) return false;
  const low = name.toLowerCase();
  if (have.has(low)) return false;
  if (/^\p{Lu}{1,2}$/u.test(name) || /^\p{Lu}{2,}s$/u.test(name) || /^\d+$/.test(name)) return false;
  const words = name.split(' ');
  const first = words[0] ?? '';
  if (NOT_PRODUCT.test(name) || NOT_PRODUCT.test(first) || JOB_OR_BUSINESS.test(first) || INSTITUTION.test(name)) return false;
  // A version after a tool already found ("Java 21", "Vue.js 3"), not a product of its own.
  if (words.length === 2 && have.has(first.toLowerCase()) && /^(?:v?\d{1,2}(?:\.\d+)*|20\d\d)$/u.test(words[1] ?? '')) return false;
  const blocked = ctx.notTools.filter(Boolean).map((n) => n.toLowerCase());
  if (blocked.some((b) => b === low || b.includes(low) || low.includes(b))) return false;
  if (words.length === 1 && !strong && isOrdinaryWord(name, text, ctx.language)) return false;
  // "SAP-Kenntnisse", "Django-backend", "Hamburg-Bahrenfeld": a compound of a name and a word, or
  // of two places, is not a product's name.
  const tail = name.includes('-') ? (name.split('-').pop() ?? '') : '';
  if (tail && (/^\p{Ll}/u.test(tail) || isOrdinaryWord(tail, text, ctx.language) || (ctx.language === 'de' && GERMAN_PLACE.test(tail)))) return false;
  if (ctx.language === 'de' && words.length === 1 && !/\d|\p{Ll}\p{Lu}|^\p{Lu}+$/u.test(name) && GERMAN_PLACE.test(name.split('-')[0] ?? '')) return false;
  if (words.length === 1 && strong && (JOB_OR_BUSINESS.test(name) || NOT_PRODUCT.test(name))) return false;
  return !isPlaceIn(name, text, false, ctx);
}

// A school, a university, a council or an authority named by its kind: "Hull College", "Hochschule
// Bremen", "Autoridad Portuaria", "Capitanía Marítima".
export const INSTITUTION = /(?:^|[ ])(?:College|University|Universität|Hochschule|School|Academy|Akademie|Institute|Institut|Université|Universidad|Universiteit|Hogeschool|Escuela|École|Lycée|Gymnasium|Council|Authority|Autoridad|Capitanía|Autorité|Behörde|Amt|Gemeente|Ayuntamiento|Mairie|Hospital|Hôpital|Ziekenhuis|Klinikum)(?:[ ]|$)/u;

export interface ToolContext {
  language: string;
  /** Names that are not tools here: the company, the places the listing names. */
  notTools: readonly string[];
}

// A line of the job's facts: its contract, hours, pay or place of work, set apart by "·" or "|".
const FACTS_WORD = /(?:full[- ]?time|part[- ]?time|permanent|temporary|contract|hybrid|remote|on-?site|salary|per hour|Vollzeit|Teilzeit|befristet|Festanstellung|Gehalt|CDI|CDD|temps (?:plein|partiel)|télétravail|salaire|jornada|contrato|indefinido|salario|remoto|híbrido|presencial|voltijd|deeltijd|vast|salaris|thuiswerk|[€£$])/iu;

// The lines of the job's facts of each text a context reads, split once per listing rather than
// once per name checked.
const factsByContext = new WeakMap<ToolContext, Map<string, readonly string[]>>();

function factLines(text: string, ctx: ToolContext | undefined): readonly string[] {
  const memo = ctx === undefined ? undefined : (factsByContext.get(ctx) ?? new Map<string, readonly string[]>());
  const hit = memo?.get(text);
  if (hit !== undefined) return hit;
  const lines = text.split('\n').filter((l) => /[·|]/u.test(l) && l.length < 200 && FACTS_WORD.test(l));
  if (ctx !== undefined && memo !== undefined) {
    memo.set(text, lines);
    factsByContext.set(ctx, memo);
  }
  return lines;
}

/**
 * Whether `name` is a field of its own on a line of the job's facts ("Valladolid · Jornada parcial
 * · Indeed", "Brightwater · Bath (Hybrid)"): there a name is the place of work. The facts lines
 * are read once per text and context.
 */
function isFactsField(name: string, text: string, ctx: ToolContext | undefined): boolean {
  const lines = factLines(text, ctx);
  if (lines.length === 0) return false;
  const field = new RegExp(String.raw`(?:^|[·|])[ \t]*${escapeRegExp(name)}[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:[·|]|$)`, 'u');
  return lines.some((l) => field.test(l));
}

/** Whether the listing writes `name` as a place: a field of its facts line, after an office word, before ", Region". */
export function isPlaceIn(name: string, text: string, commaForm = true, ctx?: ToolContext): boolean {
  if (isFactsField(name, text, ctx)) return true;
  // "Bristol, England", "Burgos (Castilla)", "our office in Lyon", "Ubicación: Burgos". In a list
  // of tools a name before a comma and a capital is the list's shape, not a town's: `commaForm` off.
  const esc = escapeRegExp(name);
  return new RegExp(String.raw`(?:${commaForm ? String.raw`${esc},[ ]\p{Lu}|` : ''}(?:office|offices|based|located|Standort|Sitz|bureau|bureaux|basée?|sede|oficina|oficinas|kantoor|vestiging|ubicación|locatie|location|lieu|ort|arbeitsort|standplaats|plaats|localisation|city|ciudad|ville|stadt|stad)[^\n.]{0,14}${esc}(?![\p{L}]))`, 'iu').test(text);
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
    // "CI", "RH", "SLAs", "RFPs": two-letter and plural acronyms are business words, not products.
    if (/^\p{Lu}{1,2}$/u.test(name) || /^\p{Lu}{2,}s$/u.test(name)) return;
    if (NOT_PRODUCT.test(name) || NOT_PRODUCT.test(name.split(' ')[0] ?? '') || INSTITUTION.test(name)) return;
    if ([...blocked].some((b) => b.includes(low) || low.includes(b))) return;
    if (strict && ctx.language === 'de' && !looksLikeProductInGerman(name, text)) return;
    if (isPlaceIn(name, text, !listed, ctx)) return;
    out.add(name);
  };
  for (const m of text.matchAll(AFTER_KIND)) consider(m[1] ?? m[2], m[2] !== undefined);
  for (const m of text.matchAll(BEFORE_KIND)) if (!NOT_PRODUCT.test(m[1] ?? '') && !/^(?:Ihr|Unser|Notre|Nuestro|Our|Your|Het|Ons|Das|Die|Der|Le|La|El)$/u.test(m[1] ?? '')) consider(`${m[1]} ${m[2]}`, false);
  // Equipment by its brand: "Heidelberg Speedmaster presses", "Volvo and Wright vehicles",
  // "analyseurs NIR Foss", "analizadores IDEXX", "handscanner van Zebra", "Fräsmaschinen Amann Girrbach".
  for (const m of text.matchAll(BRANDS_BEFORE_EQUIPMENT)) {
    for (const x of (m[1] ?? '').split(/\s*(?:,|\s(?:and|or)\s)\s*/u)) if (isToolCandidate(x, text, have, ctx, false)) consider(x, false, true);
  }
  for (const m of text.matchAll(THING_FROM_MAKER)) {
    const noun = m[1] ?? '';
    // The thing is a concrete noun, not a task ("Koordination von …") nor a tool ("Python von Vorteil").
    if (NOT_MADE_BY.test(noun) || !(ctx.language === 'de' ? /^\p{Lu}[\p{Ll}-]+$/u : /^\p{Ll}[\p{Ll}-]+$/u).test(noun) || /(?:ung|heit|keit|schaft|tät|ion|ik|nis|tum)$/u.test(noun) || canonicalSkill(noun) !== null) continue;
    for (const maker of [m[2], m[3]]) {
      if (maker === undefined || isPlaceName(maker) || canonicalSkill(maker) !== null) continue;
      // In German every noun is capitalised: a maker is a word with neither a German noun's
      // ending nor its letters ("Sandvik", "GHH"; not "Vorteil", "Planern", "Stadt").
      if (ctx.language === 'de' && (isOrdinaryWord(maker, text, 'en') || /(?:ung|heit|keit|schaft|tät|ion|nis|tum|ling|n)$/u.test(maker) || (/\p{Ll}/u.test(maker) && GERMAN_LETTERS.test(maker)) || GERMAN_PLACE.test(maker))) continue;
      if (isToolCandidate(maker, text, have, ctx, true)) consider(maker, false, true);
    }
  }
  for (const m of text.matchAll(EQUIPMENT_THEN_BRAND)) {
    const x = m[1] ?? '';
    if (isToolCandidate(x, text, have, ctx, true)) consider(x, false);
  }
  for (const m of text.matchAll(MEANS)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
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
// Words before a capitalised name that make it a place, a person, a customer, a market or a
// perk rather than a brand: prepositions of place, places, people's titles, clients, channels,
// and a vendor's range or business model ("la suite Adobe", "vente SaaS").
export const NOT_BRAND_HOLDER = /^(?:pour|avec|dans|chez|sous|sans|vers|entre|depuis|jusqu|para|como|desde|hasta|sobre|contra|según|durante|mediante|tras|donde|cuando|hacia|nuestr\p{L}*|notre|votre|leurs|nous|vous|ville|villes|région|régions|département|ciudad|ciudades|provincia|provincias|zona|zonas|comunidad|municipio|barrio|quartier|secteur|sector|canal|pass|carte|tarjeta|ticket|tickets|restaurant|resto|client|clients|cliente|clientes|clientèle|marque|marques|marca|marcas|groupe|grupo|société|empresa|segment|squad|équipe|equipo|manager|responsable|director\p{L}*|directeur|directrice|madame|monsieur|señor|señora|contact|contacto|centro|centre|sede|oficina|bureau|agence|agencia|tienda|magasin|planta|usine|site|campus|avenue|rue|boulevard|chemin|place|calle|avenida|plaza|paseo|carretera|pôle|service|direction|division|unité|área|departamento|división|mutuelle|mutua|seguro|assurance|prévoyance|grado|licence|licenciatura|máster|master|diplôme|título|formation|formación|études|estudios|école|escuela|universidad|université|suite|gamme|paquete|pack|offre|oferta|vente|venta|modèle|modelo|mode)$/iu;

// Equipment and products written as a brand and a model code: "Trimble R12i", "Volvo A40G",
// "Stihl MS 500i", "Carestream CS 8100", "CAT 988", "Husqvarna 572 XP". The code has letters and
// digits, maybe joined by a hyphen ("Enercon E-82", "Topcon CT-1P", "Nidek ARK-1"), or is a number
// of three or four digits (not a year), maybe after a model line in capitals ("Zeiss VISUFIT
// 1000"); a suffix of the model line may follow, a word or one capital ("PistenBully 600 W").
const MODEL_BRAND = String.raw`\p{Lu}\p{Ll}[\p{L}&-]*|\p{Lu}{2,6}`;
// (A code of two or three capitals, a hyphen, maybe a letter and digits: "DS-50000", "IC-M330"; a
// number with a one-letter variant: "5010-H".)
const MODEL_CODE = String.raw`\p{Lu}{2,3}-\p{Lu}?\d{2,5}(?![\p{L}\d])|\p{Lu}{1,3}-?\d{1,4}\p{Lu}?\p{Ll}?|(?:\p{Lu}{1,3} |\p{Lu}{4,10} )?(?!(?:19|20)\d\d(?![\p{L}\d]))\d{3,4}\p{Ll}?(?:-\p{Lu}(?![\p{L}\d]))?`;
const BRAND_MODEL = new RegExp(String.raw`(?<![\p{L}\d&'’.-])(${MODEL_BRAND}) (${MODEL_CODE})(?: (XP|Plus|Pro|Max|II|III|IV|\p{Lu}(?= (?:\p{Ll}|&)|[ ]*(?:[,;.)\n]|$))))?(?![\p{L}\d@/'’-]|[.,]\d| \d\p{Lu}|\s?(?:€|%|[kK]€?|EUR|euros?|GBP|USD|£|\$)(?![\p{L}]))`, 'gu');
// Words that number a grade, a level, a part or a place rather than name a product's model.
export const NOT_MODEL_BRAND = /^(?:Art|Abs|Lit|Level|Levels|Grade|Band|Stage|Key|Part|Section|Room|Unit|Units|Class|Category|Cat|Type|Model|Version|Route|Step|Phase|Tier|Year|Years|Niveau|Nivel|Stufe|Klasse|Gruppe|Entgeltgruppe|Tarif|Article|Artikel|Artículo|Paragraph|Annex|Anhang|Anexo|Box|Page|Seite|Chapter|Kapitel|Room|Zone|Gate|Hall|Halle|Building|Gebäude|Floor|Etage|Suite|Postcode|PLZ|Ref|Reference|Referenz|Job|Jobs|Vacancy|ID|No|Nr|Number|Nummer|Numéro|Número|Tel|Phone|Fax|Top|Fortune|Covid|COVID|ISO|DIN|EN|IEC|NEN|UNE|NF|BS|IATF|VDA|GDPR|DSGVO|RGPD|AVG|SOC|PCI|ATEX|CE|SAP|Salary|Gehalt|Salaire|Salario|Salaris|Airbus|Boeing|Embraer|ATR|Bombardier|Cessna|Dassault|FRS|IFRS|IAS|GAAP|SSAP|TJM|SaaS|CACES|Certifica\p{L}*|Certificering|Zertifi\p{L}*|Exam|Examen|Prüfung)$/u;
// (Aircraft types are the licence's scope, not a tool: "Airbus A320", "B757".)

/**
 * Equipment and products named as a brand and a model code ("Trimble R12i", "Volvo A40G", "Stihl
 * MS 500i", "CAT 988"): the brand is not an ordinary word of the listing, a language, a month or a
 * place it names, nor a word that numbers a grade, a level or a part ("Level 3", "ISO 9001").
 * @example brandModels('- GPS Trimble R12i et station totale Trimble S7', { language: 'fr', notTools: [] }) // ['Trimble R12i', 'Trimble S7']
 */
export function brandModels(text: string, ctx: ToolContext): string[] {
  const out = new Set<string>();
  const blocked = ctx.notTools.filter(Boolean).map((n) => n.toLowerCase());
  for (const m of text.matchAll(BRAND_MODEL)) {
    const brand = m[1] ?? '';
    // "Valenciano C1", "licence B1", "SaaS B2B": a language level, a licence's category, a market.
    if (/^(?:[A-C][12]|B2[BC])$/u.test(m[2] ?? '')) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    // A line of the listing's facts ("Pontefract WF8 · Full-time") or of its own ("Daventry
    // NN11"): a town and its postcode district.
    if (/[·|]/u.test(line) || line.trim() === m[0]) continue;
    // In German every noun is capitalised: before a model code a brand is any word the listing
    // does not write in lower case that has no German abstract noun's ending ("Schindler 3300",
    // "Stoll CMS 530"), not only one without German letters.
    const ordinary = ctx.language === 'de' ? isOrdinaryWord(brand, text, 'en') || GERMAN_ABSTRACT_NOUN.test(brand) : isOrdinaryWord(brand, text, ctx.language);
    if (NOT_MODEL_BRAND.test(brand) || KIND_BEFORE_NAME.test(`${brand} `) || ordinary || blocked.some((b) => b === brand.toLowerCase())) continue;
    if (isPlaceIn(brand, text, true, ctx) || /^\p{Lu}{2,6}$/u.test(brand) === false && ctx.language === 'de' && GERMAN_PLACE.test(brand)) continue;
    out.add([brand, m[2], m[3]].filter(Boolean).join(' '));
    // "Enercon E-82 und E-115", "Volvo A40G, A30G": the maker's other models in the same list.
    const more = new RegExp(String.raw`(?:,[ ]|[ ](?:and|und|sowie|et|y|en|or|oder|ou|o|of)[ ])(${MODEL_CODE})(?![\p{L}\d@/'’.-]|[ ]?(?:€|%))`, 'uy');
    more.lastIndex = m.index + m[0].length;
    // Only a code of the same line (its letters before the digits alike): "TI C2000, STM32" names two makers' chips.
    const series = (code: string): string => code.replace(/[\d-].*$/u, '');
    for (let n = more.exec(text); n !== null && series(n[1] ?? '') !== '' && series(n[1] ?? '') === series(m[2] ?? ''); n = more.exec(text)) out.add(`${brand} ${n[1]}`);
  }
  return fullNames(text, [...out], ctx);
}

// German nouns that name no maker: abstract endings, and the words a number follows ("Raum 203",
// "Kennziffer 4711", "Linie 803").
const GERMAN_ABSTRACT_NOUN = /^(?:Über|Unter|Bis|Ab|Rund|Etwa|Circa|Ca|Mehr|Mindestens|Von|Bei|Mit|Seit|Nach|Vor|Pro|Je)$|(?:ung|heit|keit|schaft|tät|ion|ik|nis|tum|ling|chen|ziffer|nummer|raum|zimmer|linie|gruppe|stufe|klasse|halle|tor|gleis|fach|straße|str|weg|platz|bus|bahn|jahr|e)$/iu;

// A kind of system written before a product's name ("Zustellsystem ParcelOne", "Fachverfahren
// Infoma"): the kind is not part of the name.
const KIND_BEFORE_NAME = /^(?:\p{L}*(?:system|systeem|software|verfahren|programm|programma|applicatie|plattform)|PLC|SPS)[ ]/iu;

/**
 * Names the rules read, written in full: a kind of system before a product dropped ("Zustellsystem
 * ParcelOne" → "ParcelOne"), and the vendor or product line written just before a name added
 * ("ClaimCenter" in "on Guidewire ClaimCenter" → "Guidewire ClaimCenter", "Studio 2024" in
 * "Trados Studio 2024"). The vendor is a capitalised word that is not an ordinary word of the
 * listing, a language, a month, a job word or a place. `names` are the rules' names (not the
 * taxonomy's); the result keeps their order.
 * @example fullNames('All claims run on Guidewire ClaimCenter.', ['ClaimCenter'], { language: 'en', notTools: [] }) // ['Guidewire ClaimCenter']
 */
export function fullNames(text: string, names: readonly string[], ctx: ToolContext): string[] {
  return names.map((raw) => {
    const name = KIND_BEFORE_NAME.test(raw) && raw.replace(KIND_BEFORE_NAME, '').length >= 3 ? raw.replace(KIND_BEFORE_NAME, '') : raw;
    // A vendor of two words ("John Deere TimberMatic") is read one word at a time.
    const once = withVendor(text, name, ctx);
    return once === name ? name : withVendor(text, once, ctx);
  });
}

function withVendor(text: string, name: string, ctx: ToolContext): string {
  const esc = escapeRegExp(name);
  // A model without its maker ("Test-it 6100", "Vision-R 800", "VISUFIT 1000": a number after a
  // word with a hyphen, or in capitals; not "Schindrich 3300", which holds one); its maker may be
  // written after it ("le Vision-R 800 d'Essilor").
  const first = name.split(' ')[0] ?? '';
  const model = /\d/u.test(name) && name.split(' ').length <= 2 && !/^\p{Lu}\p{Ll}+$/u.test(first) && canonicalSkill(first) === null;
  const maker = model ? new RegExp(String.raw`(?<![\p{L}\d])${esc} (?:d['’]|de |del |van |von |of |from )(\p{Lu}[\p{L}\d&+-]+)(?![\p{L}\d])`, 'u').exec(text) : null;
  const m = maker === null ? new RegExp(String.raw`(?:^|[\s(:;,/"„“*_])(\p{Lu}[\p{L}\d&+]*) ${esc}(?![\p{L}\d])`, 'mu').exec(text) : null;
  const vendor = (maker ?? m)?.[1] ?? '';
  if (!vendor || vendor.length < 2 || name.startsWith(`${vendor} `) || name.includes(vendor) || KIND_BEFORE_NAME.test(`${vendor} `)) return name;
  // "MES HYDRA", "ERP Divalto": the kind of system; "Dropbox Google Drive": a list without commas.
  // A maker the taxonomy knows stays before a model it makes ("Dräger Test-it 6100").
  if (new RegExp(`^${KIND_ACRONYM}$`, 'u').test(vendor) || (vendor !== 'SAP' && vendor !== 'Microsoft' && !model && canonicalSkill(vendor) !== null)) return name;
  if (maker !== null) return NOT_MODEL_BRAND.test(vendor) || isOrdinaryWord(vendor, text, ctx.language === 'de' ? 'en' : ctx.language) || isPlaceIn(vendor, text, true, ctx) || ctx.notTools.filter(Boolean).some((n) => n.toLowerCase() === vendor.toLowerCase()) ? name : `${vendor} ${name}`;
  const at = (m?.index ?? 0) + (m?.[0].length ?? 0) - name.length - vendor.length - 1;
  // Not the first word of a sentence or a line: "Use Foo" is a verb before a product.
  if (/(?:^|[.!?•]\s*|^\s*[-*–]\s*)$/u.test(text.slice(Math.max(0, text.lastIndexOf('\n', at - 1) + 1), at))) return name;
  // In German every noun is capitalised: a vendor there is a word with no German noun's ending
  // ("Siemens WinCC"), whatever its letters.
  // Before a model a maker is judged as {@link brandModels} judges one ("Dräger Test-it 6100").
  const germanNoun = model ? GERMAN_ABSTRACT_NOUN : GERMAN_NOUN;
  const ordinary = ctx.language === 'de' ? isOrdinaryWord(vendor, text, 'en') || germanNoun.test(vendor) : isOrdinaryWord(vendor, text, ctx.language);
  if (ordinary || (NOT_MODEL_BRAND.test(vendor) && vendor !== 'SAP')) return name;
  // An acronym before a name of two words or more is the kind of device ("GPS Trimble R12i").
  if (/^[\p{Lu}\d]+$/u.test(vendor) && name.includes(' ')) return name;
  if (ctx.notTools.filter(Boolean).some((n) => n.toLowerCase() === vendor.toLowerCase()) || isPlaceIn(vendor, text, true, ctx)) return name;
  return `${vendor} ${name}`;
}
