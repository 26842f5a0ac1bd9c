import { escapeRegExp } from '../regexp';
import { isPlaceIn, isPlaceName } from './tool-place';

// The words of a listing that name no product, and the checks a name read by the tool rules must
// pass before it counts: not a language, month, department, job word, institution, the company, a
// place the listing names, nor an ordinary word of the listing's language.

// Kinds of business system, as acronyms.
export const KIND_ACRONYM = String.raw`(?:ERP|CRM|WMS|MES|GMAO|CMMS|HRIS|SIRH|ATS|LMS|PIM|EDC|TMS|DMS|PMS|EHR|EPD|ECD|CAFM|BIM|LIMS|SCM|APS|PLM|GED|TPV)`;


// Words that follow those prepositions and name no product: languages, months, days, seasons,
// places in general, time, teams.
export const NOT_PRODUCT = new RegExp(
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


// A German noun by its ending or letters ("Statistik", "Erfahrung", "Teamarbeit", "Bürosoftware"):
// in German a capitalised word alone is a noun unless it looks like a product.
export const GERMAN_NOUN = /(?:ung|heit|keit|eit|schaft|tät|ion|ik|nis|tum|ling|chen|ei|ur|enz|anz|ismus|ment|ing|e|en|er|el|ern|st|sch|ten|ten)$|[äöüß]/iu;
// Letter groups of German words that product names rarely have ("Ausbau", "Zahlungsverkehr").
export const GERMAN_LETTERS = /sch|ch|ck|tz|pf|ß|ei|au|eu|äu|ie|ung/iu;
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
  // A count before a capitalised word names a number of things or an area ("4 Vallées", "3 Sisters",
  // "12 Apostelen"): a product's number follows its name ("Sage 50") or is joined to it ("7shifts").
  if (/^\d+ \p{Lu}\p{Ll}+$/u.test(name)) return false;
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
  if (tail && (/^\p{Ll}/u.test(tail) || isOrdinaryWord(tail, text, ctx.language) || (ctx.language === 'de' && isPlaceName(tail, 'de')))) return false;
  if (ctx.language === 'de' && words.length === 1 && !/\d|\p{Ll}\p{Lu}|^\p{Lu}+$/u.test(name) && isPlaceName(name.split('-')[0] ?? '', 'de')) return false;
  if (words.length === 1 && strong && (JOB_OR_BUSINESS.test(name) || NOT_PRODUCT.test(name))) return false;
  return !isPlaceIn(name, text, false, ctx) && !isReportedTo(name, text);
}

// The verbs of a reporting line in the five languages: the name after them is a person's.
const REPORT_TO = String.raw`(?:report(?:s|ing)?(?:[ ]directly)?[ ](?:in)?to|berichte\p{L}*(?:[ ]direkt)?[ ]an|unterstellt|rend(?:s|re|ez|ra)?[ ]compte[ ](?:à|a)|rattachée?[ ](?:à|a)|reporta\p{L}*(?:[ ]directamente)?[ ](?:a|al)|depend\p{L}*[ ]de|rapporteer\p{L}*[ ]aan|legt?[ ]verantwoording[ ]af[ ]aan|valt[ ]onder)`;

/**
 * Whether the listing writes `name`, or its first word, as the person one reports to ("you'll report
 * to Maeve Carrick", "rapporteert aan Sanne", "reportarás a Lucía"): a person, not a product.
 * @example isReportedTo('Maeve', "You'll report to Maeve Carrick, our Head of Data") // true
 */
export function isReportedTo(name: string, text: string): boolean {
  const first = name.split(' ')[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  const starts = reportingPlaces(text);
  if (starts.length === 0) return false;
  let after = AFTER_REPORT_TO.get(first);
  if (!after) {
    after = new RegExp(String.raw`(?<![\p{L}])${REPORT_TO}[ ](?:(?:the|our|your|de|der|die|unser\p{L}*|notre|votre|nuestr\p{L}*|onze|het|la|le|el)[ ])?(?:\p{Lu}\p{Ll}+[ ]){0,1}${escapeRegExp(first)}(?![\p{L}])`, 'iuy');
    AFTER_REPORT_TO.set(first, after);
  }
  for (const at of starts) {
    after.lastIndex = at;
    if (after.test(text)) return true;
  }
  return false;
}

// Where a text has a reporting verb, found once per text (the tool check asks for every name of a
// listing), and one compiled pattern per name, bounded.
const REPORT_TO_AT = new RegExp(String.raw`(?<![\p{L}])(?=${REPORT_TO}[ ])`, 'giu');
const AFTER_REPORT_TO = new Map<string, RegExp>();
let lastReportingText: string | null = null;
let lastReportingPlaces: number[] = [];

function reportingPlaces(text: string): number[] {
  if (text === lastReportingText) return lastReportingPlaces;
  if (AFTER_REPORT_TO.size > 2000) AFTER_REPORT_TO.clear();
  const places: number[] = [];
  REPORT_TO_AT.lastIndex = 0;
  for (let m = REPORT_TO_AT.exec(text); m; m = REPORT_TO_AT.exec(text)) {
    places.push(m.index);
    REPORT_TO_AT.lastIndex = m.index + 1;
  }
  lastReportingText = text;
  lastReportingPlaces = places;
  return places;
}

// A school, a university, a council or an authority named by its kind: "Hull College", "Hochschule
// Bremen", "Autoridad Portuaria", "Capitanía Marítima".
export const INSTITUTION = /(?:^|[ ])(?:College|University|Universität|Hochschule|School|Academy|Akademie|Institute|Institut|Université|Universidad|Universiteit|Hogeschool|Escuela|École|Lycée|Gymnasium|Council|Authority|Autoridad|Capitanía|Autorité|Behörde|Amt|Gemeente|Ayuntamiento|Mairie|Hospital|Hôpital|Ziekenhuis|Klinikum)(?:[ ]|$)/u;

export interface ToolContext {
  language: string;
  /** Names that are not tools here: the company, the places the listing names. */
  notTools: readonly string[];
}

// Words before a capitalised name that make it a place, a person, a customer, a market or a
// perk rather than a brand: prepositions of place, places, people's titles, clients, channels,
// and a vendor's range or business model ("la suite Adobe", "vente SaaS").
export const NOT_BRAND_HOLDER = /^(?:pour|avec|dans|chez|sous|sans|vers|entre|depuis|jusqu|para|como|desde|hasta|sobre|contra|según|durante|mediante|tras|donde|cuando|hacia|nuestr\p{L}*|notre|votre|leurs|nous|vous|ville|villes|région|régions|département|ciudad|ciudades|provincia|provincias|zona|zonas|comunidad|municipio|barrio|quartier|secteur|sector|canal|pass|carte|tarjeta|ticket|tickets|restaurant|resto|client|clients|cliente|clientes|clientèle|marque|marques|marca|marcas|groupe|grupo|société|empresa|segment|squad|équipe|equipo|manager|responsable|director\p{L}*|directeur|directrice|madame|monsieur|señor|señora|contact|contacto|centro|centre|sede|oficina|bureau|agence|agencia|tienda|magasin|planta|usine|site|campus|avenue|rue|boulevard|chemin|place|calle|avenida|plaza|paseo|carretera|pôle|service|direction|division|unité|área|departamento|división|mutuelle|mutua|seguro|assurance|prévoyance|grado|licence|licenciatura|máster|master|diplôme|título|formation|formación|études|estudios|école|escuela|universidad|université|suite|gamme|paquete|pack|offre|oferta|vente|venta|modèle|modelo|mode)$/iu;

// Words that number a grade, a level, a part or a place rather than name a product's model.
export const NOT_MODEL_BRAND = /^(?:Art|Abs|Lit|Level|Levels|Grade|Band|Stage|Key|Part|Section|Room|Unit|Units|Class|Category|Cat|Type|Model|Version|Route|Step|Phase|Tier|Year|Years|Niveau|Nivel|Stufe|Klasse|Gruppe|Entgeltgruppe|Tarif|Article|Artikel|Artículo|Paragraph|Annex|Anhang|Anexo|Box|Page|Seite|Chapter|Kapitel|Room|Zone|Gate|Hall|Halle|Building|Gebäude|Floor|Etage|Suite|Postcode|PLZ|Ref|Reference|Referenz|Job|Jobs|Vacancy|ID|No|Nr|Number|Nummer|Numéro|Número|Tel|Phone|Fax|Top|Fortune|Covid|COVID|ISO|DIN|EN|IEC|NEN|UNE|NF|BS|IATF|VDA|GDPR|DSGVO|RGPD|AVG|SOC|PCI|ATEX|CE|SAP|Salary|Gehalt|Salaire|Salario|Salaris|Airbus|Boeing|Embraer|ATR|Bombardier|Cessna|Dassault|FRS|IFRS|IAS|GAAP|SSAP|TJM|SaaS|CACES|Certifica\p{L}*|Certificering|Zertifi\p{L}*|Exam|Examen|Prüfung|Law|Ley|Loi|Wet|Gesetz|Decreto|Décret|Besluit|Verordnung|SIRET|SIREN|RCS|HRB|HRA|KvK|CIF|NIF|NIE|BTW|RSIN|VAT|TVA|USt|UID|EORI|CRN|PC|CP|CAO)$/u;
// (Aircraft types are the licence's scope, not a tool: "Airbus A320", "B757". A law, a company's
// register or tax number and a joint committee are numbered by their kind: "Ley 1581", "SIRET
// 812 345 678", "HRB 4711", "Wet 2019", "CRN 09876543", "PC 302".)


// German nouns that name no maker: abstract endings, and the words a number follows ("Raum 203",
// "Kennziffer 4711", "Linie 803").
export const GERMAN_ABSTRACT_NOUN = /^(?:Über|Unter|Bis|Ab|Rund|Etwa|Circa|Ca|Mehr|Mindestens|Von|Bei|Mit|Seit|Nach|Vor|Pro|Je)$|(?:ung|heit|keit|schaft|tät|ion|ik|nis|tum|ling|chen|ziffer|nummer|raum|zimmer|linie|gruppe|stufe|klasse|halle|tor|gleis|fach|straße|str|weg|platz|bus|bahn|jahr|e)$/iu;

// Nouns that say the name written after them makes nothing the job uses: a task done for, with or
// on behalf of someone ("Auftrag von", "on behalf of"), people, groups and places ("klanten van",
// "teams from"), examples and prepositions before a list ("such as", "zoals", "dans"), and in Dutch
// the heads of compounds that name a place, a group, a way of working or a quality
// ("Randstad-regio", "Agile-werkwijze", "Lean-methode"). One list, by language.
const NOT_A_MAKER: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl', readonly string[]>> = {
  en: [
    'possession', 'customers?', 'clients?', 'colleagues?', 'members?', 'partners?', 'people', 'candidates', 'graduates', 'students', 'support', 'help', 'guidance', 'instructions', 'requests?', 'referrals', 'visitors', 'guests', 'staff', 'part', 'subsidiary', 'projects?', 'delegation', 'behalf', 'away', 'apart', 'free', 'far', 'calls', 'emails', 'feedback',
    'across', 'throughout', 'within', 'around', 'among', 'amongst', 'under', 'near', 'into', 'onto', 'upon', 'about', 'after', 'before', 'during', 'towards?', 'beyond', 'outside', 'inside',
    'department', 'departments', 'division', 'divisions', 'directorate', 'unit', 'units', 'business', 'businesses', 'functions?', 'disciplines?', 'areas?', 'zones', 'regions?', 'cities', 'counties', 'countries', 'towns?', 'provinces?',
    'like', 'such', 'including', 'include', 'includes', 'incl', 'namely', 'especially', 'particularly', 'mainly', 'with', 'than', 'then', 'from', 'between', 'and', 'or', 'also', 'both', 'either', 'neither',
    'visit', 'visiting', 'serve', 'serving', 'sell', 'selling',
  ],
  de: [
    'Auftrag', 'Leitung', 'Vertretung', 'Unterstützung', 'Betreuung', 'Beratung', 'Begleitung', 'Anleitung', 'Führung', 'Seiten', 'Namen', 'Kunden', 'Mitarbeit\\p{L}*', 'Kolleg\\p{L}*', 'Team\\p{L}*', 'Gruppe', 'Abteilung', 'Tochter\\p{L}*', 'Teil', 'Mitglied\\p{L}*', 'Partner\\p{L}*', 'Projekte?n?', 'Register', 'Plattform', 'Portal', 'Website', 'Fragen', 'Anfragen', 'Wünsche', 'Besitz',
    'und', 'oder',
  ],
  fr: ['dans', 'chez', 'vers', 'après', 'avant', 'comme', 'dont', 'notamment', 'surtout', 'principalement', 'avec', 'pour', 'aussi', 'ainsi', 'visite', 'servir', 'vendre', 'pays'],
  es: ['durante', 'hacia', 'hasta', 'cerca', 'dentro', 'fuera', 'como', 'incluido', 'incluyendo', 'sobre todo', 'principalmente', 'sobre', 'para', 'entre', 'también', 'tanto', 'visitar', 'vender', 'países'],
  nl: [
    'bezit', 'opdracht', 'leiding', 'namens', 'klanten', 'vragen', 'wensen', 'register', 'registratie', 'platform', 'portaal', 'website', 'collega\\p{L}*', 'team', 'teams', 'ondersteuning', 'begeleiding', 'afdeling', 'afdelingen', 'dochter\\p{L}*', 'onderdeel', 'deel', 'lid', 'leden', 'partners?', 'projecten',
    'vanuit', 'naast', 'rond', 'rondom', 'binnen', 'buiten', 'tijdens', 'cluster', 'clusters', 'departement', 'divisie', 'domein', 'domeinen', 'vakgebied', 'vakgebieden', 'directie', 'functies', 'zoals', 'waaronder', 'vooral', 'voornamelijk', 'voor', 'door', 'over', 'naar', 'tussen', 'ook', 'zowel', 'bezoek', 'bedienen', 'verkopen', 'gemeenten', 'steden', 'plaatsen', 'provincies', 'landen',
    'regio', 'gebied', 'streek', 'centrum', 'stad', 'dorp', 'wijk', 'kust', 'land', 'provincie', 'groep', 'klant', 'project', 'methode', 'methodiek', 'werkwijze', 'aanpak', 'model', 'principe', 'principes', 'achtig', 'achtige', 'gerelateerde', 'gericht', 'gerichte', 'certificaat', 'certificering', 'diploma', 'opleiding', 'cursus', 'training', 'ervaring', 'kennis', 'taal', 'vestiging', 'kantoor', 'winkel', 'winkels', 'filiaal', 'locatie', 'markt', 'sector', 'branche', 'merk', 'merken', 'collega', "collega's", 'manager', 'specialist', 'monteur', 'medewerker', 'functie', 'rol', 'vacature', 'visie', 'cultuur', 'familie', 'traditie', 'stijl', 'manier', 'niveau', 'normen', 'norm', 'eisen', 'richtlijnen', 'regels',
  ],
};
const NOT_A_MAKER_WORD = new RegExp(`^(?:${Object.values(NOT_A_MAKER).flat().join('|')})$`, 'iu');
const NOT_A_MAKER_HEAD_NL = new RegExp(`(?:${NOT_A_MAKER.nl.join('|')})$`, 'u');

/**
 * Whether the names written after `word` are no makers of what the job uses: `word` is a noun or a
 * preposition of the list (any language: listings mix them), or, with `head`, the Dutch head of a
 * compound a name is joined to ("Randstad-regio", "Lean-methode").
 * @example namesNoMaker('klanten') // true
 * @example namesNoMaker('zorgregio', true) // true
 */
export function namesNoMaker(word: string, head = false): boolean {
  return head ? NOT_A_MAKER_HEAD_NL.test(word) : NOT_A_MAKER_WORD.test(word);
}

// Whose names a bracket after a noun gives when they are not the job's tools: customers,
// suppliers, partners, brands sold, places, people, teams, degrees and markets.
export const NOT_TOOL_HOLDER = /^(?:customers?|clients?|clientes?|clientèle|klanten|klant|Kunden\p{L}*|Kundinnen|partners?|Partner\p{L}*|partenaires?|socios?|suppliers?|Lieferanten|Zulieferer\p{L}*|fournisseurs?|proveedores?|leveranciers?|laboratories|labs|Labore|Laboratorien|laboratoires|laboratorios|laboratoria|brands?|Marken|marques?|marcas?|merken|retailers?|distribución|distribution|Handel|Händler\p{L}*|distribuidores|carriers?|airlines?|insurers?|banks?|funders?|subventions?|subvenciones|subsidies|subsidie\p{L}*|grants?|Fördermittel\p{L}*|Zuschüsse\p{L}*|investors?|sponsors?|members?|Mitglieder|membres|miembros|leden|countries|Ländern?|pays|países|landen|cities|Städte\p{L}*|villes|ciudades|steden|sites?|Standorte?\p{L}*|offices?|hubs?|studios?|estudio|oficinas?|bureaux?|kantoren|kantoor|campus|territoire|territorio|regions?|Regionen|régions?|regiones|regio|stores?|shops?|Filialen|magasins?|tiendas?|winkels?|colleagues?|Kolleg\p{L}*|collègues?|compañer\p{L}*|collega\p{L}*|teams?|Teams?|équipes?|equipos?|languages?|Sprachen|langues?|idiomas?|talen|markets?|Märkte\p{L}*|marchés?|mercados?|markten|sectors?|sectores?|secteurs?|sectoren|Branchen|industries|groups?|companies|Unternehmen|entreprises?|empresas?|bedrijven|Studium|studies|estudios|études|degree|Abschluss|diplôme|titulación|opleiding|annonces?|ads|adverts?|anuncios?|Anzeigen|vacatures?|Stellenanzeigen|job|jobs|Kontakt|contact|contacto|relations?|relaciones|requirements?|Anforderungen|exigences|requisitos|eisen|vereisten)$/iu;
// Degrees and school levels are certificates, not tools.
export const DEGREE = /^(?:Bachelor|Master|Diplom|Magister|Licence|Licenciatura|Grado|Máster|Doctorat|Doktor|PhD|MBA|BTS|DUT|BUT|HBO|MBO|WO|Bac)(?![\p{L}])/u;
