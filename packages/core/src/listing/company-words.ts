// What a name or a line beside the title is, for the company's readers and for the choice among
// their names: a legal form, a field's label, an addressee, the subject of a sentence about the
// employer, a place, a word of the work's mode or contract, or a kind that is never the employer.
import { escapeRegExp } from '../regexp';
import { JOB_WORD } from './title-shape';
import { isPlaceName } from './place-name';

// A field's label may name the employer twice, joined by a slash ("Dienstherr/Arbeitgeber:", "Entreprise / Employeur :").
const COMPANY_LABEL = '(?:firma|société|company|employer|organi[sz]ation|hiring organi[sz]ation|agency|company name|unternehmen|arbeitgeber|dienstgeber|dienstherr|entreprise|employeur|empresa|empleador|organismo|entidad|bedrijf|werkgever|organisatie|business area)';
export const FIELD_COMPANY = new RegExp(`^[*_]*${COMPANY_LABEL}(?:\\s*\\/\\s*${COMPANY_LABEL})*[*_]*\\s*:[*_]*\\s*(.{2,100})$`, 'imu');

export const LEGAL_FORMS = /S\.?A\.? de C\.?V\.?|e\.K\.|SpA|S\.A\.S\.?|PartG mbB|mbB|S\. de R\.L\.(?: de C\.V\.)?|GmbH & Co\. KG|GmbH|AG|SE|KG|eG|e\.\s?V\.|UG|gGmbH|SAS|SA|SARL|S\.?R\.?L\.?|S\.p\.A\.|S\.A\.[AC]\.|S\.?L\.?[PU]\.?|S\.?L\.?|S\.?A\.?|B\.?V\.?|N\.?V\.?|U\.A\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|Co\.|Corp\.?|Corporation|Group|Grupo|Groupe/;
export const LEGAL_FORM = new RegExp(`\\s(${LEGAL_FORMS.source})$`, 'u');

// "Salaire : 48 k€", "Standort: Berlin": a name that opens a line as a field's label is the label.
// "To: Tom", "An: Frau Weber", "À : Julien": the person a forwarded mail is addressed to or sent by
// is not the employer.
export function isAddressee(name: string, text: string): boolean {
  // A person's name is short; a long line is no addressee (and would make a huge pattern).
  if (name.length > 60 || name.includes('\n')) return false;
  return new RegExp(`^[ \\t>]*(?:to|an|aan|à|para|pour|from|von|van|de|cc)[ \\t\\u00a0]*:[^\\n]*(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'imu').test(text);
}

export function isFieldLabel(name: string, text: string): boolean {
  // French puts a space (often a no-break one) before the colon; a label may also open a sentence
  // in a paragraph of conditions ("… au musée. Rémunération : 2 150 € brut").
  return new RegExp(`(?:^|\\n|[.!?;][ \\t\\u00a0]+)[*_•·-]*[ \\t]*${escapeRegExp(name)}[*_]*[ \\t\\u00a0\\u202f]*:`, 'u').test(text);
}

// A line the listing goes on to use as the subject of a sentence about the employer ("Tillerman
// Architects is a 35-person practice", "Acme GmbH ist", "Acme aide…"), or one with a legal form,
// names the company, even when one of its words is a job's ("Architects").
const EMPLOYER_VERB = String.raw`(?:is|are|has|helps|builds|makes|runs|ist|sind|hat|hilft|baut|entwickelt|est|a|aide|édite|conçoit|es|ayuda|tiene|desarrolla|is een|heeft|helpt|bouwt|maakt)`;

export function namesEmployer(line: string, text: string): boolean {
  if (LEGAL_FORM.test(line) && !JOB_WORD.test(line.replace(LEGAL_FORM, ''))) return true;
  if (line.split(' ').length > 5 || /[.!?:]$/.test(line)) return false;
  // "Pollard Quay Architects" over "Pollard Quay is a practice…": the name without its trade word.
  const words = line.split(' ');
  // "Ashworth & Pell Funeral Directors" over "Ashworth & Pell has cared…": two trade words off.
  const names = words.length >= 3 && /^\p{Lu}/u.test(words[words.length - 1] ?? '') ? [line, words.slice(0, -1).join(' '), ...(words.length >= 4 && /^\p{Lu}/u.test(words[words.length - 2] ?? '') ? [words.slice(0, -2).join(' ')] : [])] : [line];
  return names.some((n) => new RegExp(`(?:^|[.!?]\\s+|\\n)${escapeRegExp(n)},?\\s+${EMPLOYER_VERB}\\s`, 'u').test(text));
}

/**
 * Whether a line is a firm's name with its legal form whose last word names its trade, the way a
 * firm's name may ("Pulso Consultora S.R.L.", "Aguas del Bajío Operadora, S.A. de C.V.", "Nordlicht
 * Berater GmbH", "Atelier Lumière Architectes SARL", "Brandwacht Noord Monteurs B.V.",
 * "Kestrel Engineers Ltd"): the trade word last, every word before it capitalised or a joining word
 * and none of them a job's word. A job's title before a name ("Software Engineer Acme GmbH") keeps
 * its job word before the name, and one joined by a preposition ("Consultor para Acme S.L.") is a title.
 * @example tradeNameWithForm('Pulso Consultora S.R.L.') // true
 */
export function tradeNameWithForm(line: string): boolean {
  if (!LEGAL_FORM.test(line)) return false;
  const words = line.replace(LEGAL_FORM, '').replace(/,$/u, '').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  const last = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  return /^\p{Lu}/u.test(last) && JOB_WORD.test(last) && before.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_JOINER.test(w)) && !before.some((w) => JOB_WORD.test(w));
}
// A country or a region as a subsidiary's name writes it after its parent's ("Acme UK Ltd", "Acme Deutschland GmbH").
export const COUNTRY = /^(?:UK|GB|US|USA|EU|DE|NL|FR|ES|BE|IE|CH|AT|Britain|England|Scotland|Wales|Ireland|Deutschland|Germany|Österreich|Schweiz|France|Belgique|België|Belgium|Nederland|Netherlands|Holland|España|Spain|Iberia|Benelux|Europe|Europa|International|Internacional)$/u;
// A brand by its spelling: capitals ("IKEA", "KFC"), a capital inside ("JumpXL", "BrewDog") or a digit ("Fit4Life").
const BRAND_SPELLING = /^(?:\p{Lu}{2,}[\p{L}\d]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*|\p{L}+\d[\p{L}\d]*)$/u;

/**
 * A brand's name without the town of the branch written after it ("JumpXL Eindhoven", "KFC Utrecht",
 * "BrewDog Manchester", "ASML Veldhoven", "Fit4Life Sevilla"): the brand, as one word spelled as a
 * brand is; a name of ordinary words keeps its town ("Stadtwerke Uelzen", "Gemeente Heerveld"), and a
 * subsidiary its country ("PakketPost Nederland", "IKEA Deutschland").
 * @example withoutBranchTown('JumpXL Eindhoven') // 'JumpXL'
 */
export function withoutBranchTown(name: string): string {
  const m = /^(\S+)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)$/u.exec(name);
  return m && BRAND_SPELLING.test(m[1] ?? '') && !LEGAL_FORM.test(name) && isPlaceName(m[2] ?? '') && !COUNTRY.test(m[2] ?? '') ? (m[1] ?? name) : name;
}

// Words that join the capitalised words of a firm's name.
const NAME_JOINER = /^(?:&|and|of|the|und|der|die|das|des|et|de|du|la|le|les|y|del|los|las|van|den|het|en)$/u;

// Words that say where or how the work is done, or the contract: a line of them is not a company.
const NOT_COMPANY_WORDS = String.raw`all jobs|alle jobs|toutes les offres|todas las ofertas|alle vacatures|open roles|remote|hybrid|on-?site|in office|hybride|híbrido|télétravail|teletrabajo|remoto|thuiswerken|homeoffice|vor ort|full[- ]?time|part[- ]?time|vollzeit|teilzeit|temps plein|jornada|voltijd|permanent|cdi|cdd|empleo|jobs?|careers?|karriere|vacatures?|offres?`;
// A name that is nothing but such a word ("CDI", "Remote") is no employer, whichever rule found it.
export const NOT_COMPANY_WHOLE = new RegExp(`^(?:${NOT_COMPANY_WORDS})$`, 'iu');
export const NOT_COMPANY = new RegExp(`^(?:${NOT_COMPANY_WORDS})\\b`, 'iu');
// "Werken bij Acme", "Careers at Acme": the page's owner.
// "All jobs from Acme", "Alle Jobs von Acme": a board's link to the employer's other ads names it.
export const OWNER_PREFIX = /^(?:werken (?:bij|voor)|carrière (?:bij|chez)|carreras? en|jobs (?:at|bei)|careers? at|karriere bei|jobs bei|carrières chez|emplois chez|trabaja (?:en|con)|empleo en|vacatures bij|all (?:jobs|openings|roles) (?:at|from|by)|alle (?:jobs|stellen|stellenangebote) (?:von|bei)|toutes les offres (?:de|d['’]|chez)|todas las ofertas de|más ofertas de|alle vacatures (?:van|bij))\s*/iu;
// Words before a place name ("our Leipzig office", "Standort Leipzig", "basée à Lille").
const PLACE_BEFORE = /(?:\b(?:in|near|from|based in|located in|office in|offices in|Standort|Standorten|im|am|aus|nach|à|en|te|naar|op|vanuit|hub in|oficinas? de|sede de|bureaux? de|site de|région de|kantoor in)|unserem Standort|notre site de|\b(?:in|at) our|\b(?:arbeitsort|location|standort|lieu|ubicación|locatie|ort)\s*:)\s+$/iu;

// A legal form written before the name, as French does ("SAS Trinité Nautisme", "SARL Boulangerie Riou"):
// the forms once, the prefix alone (to compare a name with and without it) and the whole name.
const FORMS_BEFORE = String.raw`(?:SAS|SASU|SARL|EURL|SCOP|SNC|SCI|SCP|SELARL)\s+`;
export const FORM_BEFORE_NAME_PREFIX = new RegExp(String.raw`^${FORMS_BEFORE}(?=\p{Lu})`, 'u');
export const FORM_BEFORE_NAME = new RegExp(String.raw`^${FORMS_BEFORE}\p{Lu}[\p{L}'’&.-]*(?:\s+(?:de|du|des|la|le|et|&|[\p{Lu}\d][\p{L}\d'’&.-]*)){0,5}$`, 'u');

// A public body's or a charity's name: "Northaven Borough Council", "Northern Sinfonia Trust".
export const ORG_WORD = /^\p{Lu}[^,]{2,60}\s(?:Council|Trust|Authority|University|College|Foundation|Society|Association)$/u;

/** Whether every other mention of a name reads as a place ("Präsenz am Standort Leipzig"). */
// For a name of two words or more, only words that cannot precede a company ("en Acme Foods" can).
const PLACE_BEFORE_STRONG = /(?:\b(?:based in|located in|office in|offices in|Standort|Standorten|oficinas? de|sede de|bureaux? de|site de|région de|kantoor in))\s+$/iu;

export function readsAsPlace(name: string, text: string): boolean {
  const before = name.includes(' ') ? PLACE_BEFORE_STRONG : PLACE_BEFORE;
  let mentions = 0;
  let asPlace = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    mentions++;
    if (before.test(text.slice(Math.max(0, i - 24), i))) asPlace++;
  }
  return mentions > 1 && asPlace === mentions - 1;
}

// What a line beside the title can be that is no employer, by what it is:
// a page's reference ("Stellenangebot ID 1294471", "Réf. 2026-118", "Vacaturenummer 4411", "Nr. 12/2027");
const REFERENCE = /(?<![\p{L}])(?:ID|Ref\.?|Réf\.?|Nr\.?|No\.?|Kennziffer|Referenz(?:nummer)?|Referencia|Ref\.? oferta|Vacaturenummer|Job ID|Offre n°)\s*[:#°]?\s*(?:[\w-]*\d{3,}|\d{1,4}\s*\/\s*\d{2,4})/iu;
// the client an agency recruits for, named only as such ("Unser Mandant", "notre client", "our client").
const AGENCY_CLIENT = /^(?:unser(?:e[mnr]?)?|our|notre|nos|nuestro|nuestra|onze)\s+(?:mandant\p{L}*|kunde\p{L}*|kundin|auftraggeber\p{L}*|clients?|clientes?|cliënt|klant|opdrachtgever)(?![\p{L}])/iu;
// a mode of work ("BARCELONA O REMOTO", "Lyon ou télétravail", "Utrecht / hybride") beside a town.
export const WORK_MODE = /(?<![\p{L}])(?:remote|hybrid|remoto|híbrido|hibrido|télétravail|teletrabajo|thuiswerken|homeoffice|home office|hybride|à distance|op afstand)(?![\p{L}])/iu;

// Where the advert was put up, as a board prints it under the listing: "Publicado en Milanuncios",
// "Posted on Gumtree", "Veröffentlicht auf Kleinanzeigen", "Publié sur Leboncoin", "Geplaatst op Marktplaats".
const PUBLISHED_ON = /^(?:published|posted|publicad[oa]|publiée?|veröffentlicht|gepubliceerd|geplaatst)\s+(?:on|in|at|via|en|el|sur|dans|le|auf|am|bei|in|op|via)\s/iu;

/**
 * Whether a name a rule found is of a kind that is never the employer: a page's reference number,
 * an agency's client named only as such, where the advert was published, or a town with a mode of work.
 * @example notEmployerKind('BARCELONA O REMOTO (ESPAÑA)') // true
 */
export function notEmployerKind(name: string): boolean {
  if (LEGAL_FORM.test(name)) return false;
  if (REFERENCE.test(name) || AGENCY_CLIENT.test(name) || PUBLISHED_ON.test(name)) return true;
  const words = name.split(/[\s/()]+/u).filter(Boolean).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  return WORK_MODE.test(name) && words.some((w) => isPlaceName(w));
}

// The words that open a noun phrase without naming anyone: an article or a quantifier ("Some are
// essential", "Eine Führungsaufgabe ist…", "Chaque équipe…", "Cada turno…", "Elke ploeg…").
const DETERMINER = /^(?:a|an|some|any|each|every|many|most|all|both|several|few|ein|eine|einen|einem|einer|jede[rmns]?|alle|einige|mehrere|viele|beide|kein|keine|un|une|chaque|plusieurs|quelques|certain(?:e|s|es)?|tou(?:s|tes)|aucun(?:e)?|uno|una|unos|unas|cada|algun(?:o|a|os|as)|vari(?:os|as)|much(?:os|as)|tod(?:os|as)|ningun(?:o|a)|ningún|een|elke|ieder(?:e)?|enkele|sommige|veel|geen)$/iu;
// A listing's field labels, the nouns a form or a board puts before a value ("Arbeitsort ist…",
// "Location is…", "Lieu : …", "Horario:", "Standplaats"): a page's words, not a name.
const FIELD_LABEL_WORD = /^(?:arbeitsort|einsatzort|dienstort|standort|arbeitszeit(?:en)?|gehalt|vergütung|eintritt|beginn|befristung|location|salary|hours|start date|contract|workplace|lieu|lieu de travail|localisation|salaire|rémunération|horaires?|contrat|prise de poste|ubicación|lugar de trabajo|salario|sueldo|horario|jornada|contrato|incorporación|locatie|standplaats|werkplek|werklocatie|salaris|werktijden|uren|contract|startdatum)$/iu;

/**
 * Whether a name a sentence opens with is only the sentence's own words: an article or a quantifier
 * with at most one word after it ("Some", "Eine Führungsaufgabe"), a field's label ("Arbeitsort"),
 * or one word the listing writes elsewhere in lower case ("Visits" beside "tuning visits to homes").
 * A name that opens with such a word but goes on in capitals stays ("Some Like It Hot").
 * @example isSentenceWords('Visits', 'Visits are booked. We make tuning visits to homes.') // true
 */
export function isSentenceWords(name: string, text: string): boolean {
  const words = name.split(/\s+/u);
  if (DETERMINER.test(words[0] ?? '') && words.length <= 2) return true;
  if (FIELD_LABEL_WORD.test(name)) return true;
  if (words.length !== 1 || !/^\p{Lu}\p{Ll}/u.test(name)) return false;
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  return new RegExp(`(?<![\\p{L}\\d.@/-])${escapeRegExp(lower)}(?![\\p{L}\\d@]|\\.[\\p{L}\\d])`, 'u').test(text);
}

// The plural words for job adverts, as a page's own headings and menus write them.
const VACANCY_PLURAL = /(?<![\p{L}])(?:jobs|vacancies|openings|stellen|stellenangebote|stellenanzeigen|offres|emplois|ofertas|empleos|vacantes|vacatures|functies)(?![\p{L}])/iu;
// Words that join a name's capitalised words and may be in lower case inside a name.
const JOINER = /^(?:&|and|of|for|the|und|für|im|am|an|der|die|das|den|des|et|de|du|la|le|les|d['’]\p{L}*|l['’]\p{L}*|y|del|e|en|van|voor|het|op|aan|bij|in|à|au|aux)$/u;

/**
 * Whether a name is a heading of the page: a phrase in sentence case (a word after the first in lower
 * case that joins no name) that speaks of job adverts ("Gelijkaardige vacatures", "Ces offres pourraient
 * vous intéresser", "Stellenangebote im öffentlichen Dienst", "Ofertas de empleo parecidas").
 * @example isPageHeading('Gelijkaardige vacatures') // true
 */
export function isPageHeading(name: string): boolean {
  if (LEGAL_FORM.test(name)) return false;
  const words = name.split(/\s+/u);
  return words.length >= 2 && VACANCY_PLURAL.test(name) && words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !JOINER.test(w));
}
