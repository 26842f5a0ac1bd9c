// The company of a listing: the readers of one line beside the title (a legal form, a name the
// listing uses again, a board's company box), of a page title, and of the listing's own prose
// ("About Acme", "Acme is a…", "© 2026 Acme"), with the tidying every path's answer gets.
import { escapeRegExp } from '../regexp';
import { classifyHeading } from './sections';
import { readCrumb } from './layout';
import { BOARD_NAME, CHROME, GREETING, clean, isChrome, isLinkLabel } from './chrome';
import { JOB_WORD } from './title-shape';
import { isPlaceName } from './place-name';
import { fold as foldDomain, foldPlain, unaccentLower } from '../text-fold';

// A field's label may name the employer twice, joined by a slash ("Dienstherr/Arbeitgeber:", "Entreprise / Employeur :").
const COMPANY_LABEL = '(?:firma|société|company|employer|organi[sz]ation|hiring organi[sz]ation|agency|company name|unternehmen|arbeitgeber|dienstgeber|dienstherr|entreprise|employeur|empresa|empleador|organismo|entidad|bedrijf|werkgever|organisatie|business area)';
export const FIELD_COMPANY = new RegExp(`^[*_]*${COMPANY_LABEL}(?:\\s*\\/\\s*${COMPANY_LABEL})*[*_]*\\s*:[*_]*\\s*(.{2,100})$`, 'imu');

const LEGAL_FORMS = /S\.?A\.? de C\.?V\.?|e\.K\.|SpA|S\.A\.S\.?|PartG mbB|mbB|S\. de R\.L\.(?: de C\.V\.)?|GmbH & Co\. KG|GmbH|AG|SE|KG|eG|e\.\s?V\.|UG|gGmbH|SAS|SA|SARL|S\.?R\.?L\.?|S\.p\.A\.|S\.A\.[AC]\.|S\.?L\.?[PU]\.?|S\.?L\.?|S\.?A\.?|B\.?V\.?|N\.?V\.?|U\.A\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|Co\.|Corp\.?|Corporation|Group|Grupo|Groupe/;
export const LEGAL_FORM = new RegExp(`\\s(${LEGAL_FORMS.source})$`, 'u');
// A legal form with a profession after it (see companyFromLine).
const LEGAL_INSIDE = new RegExp(`^(\\p{Lu}.{2,60}?)\\s(?:${LEGAL_FORMS.source})(?:\\s+\\p{Lu}[\\p{L}-]+){1,2}$`, 'u');
// Site navigation that a saved page runs into the company's name ("Acme Karriere Kontakt").
const NAV_TAIL = /(?:\s+(?:karriere|kontakt|careers?|jobs|blog|about(?: us)?|contact|home|über uns|produkte|products|solutions|carrières|accueil|contacto|vacatures|werken bij|over ons|news|press|stellenangebote|offres|empleos)){2,}$/iu;

// "Salaire : 48 k€", "Standort: Berlin": a name that opens a line as a field's label is the label.
// "To: Tom", "An: Frau Weber", "À : Julien": the person a forwarded mail is addressed to or sent by
// is not the employer.
function isAddressee(name: string, text: string): boolean {
  // A person's name is short; a long line is no addressee (and would make a huge pattern).
  if (name.length > 60 || name.includes('\n')) return false;
  return new RegExp(`^[ \\t>]*(?:to|an|aan|à|para|pour|from|von|van|de|cc)[ \\t\\u00a0]*:[^\\n]*(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'imu').test(text);
}

function isFieldLabel(name: string, text: string): boolean {
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

// Words that say where or how the work is done, or the contract: a line of them is not a company.
const NOT_COMPANY_WORDS = String.raw`all jobs|alle jobs|toutes les offres|todas las ofertas|alle vacatures|open roles|remote|hybrid|on-?site|in office|hybride|híbrido|télétravail|teletrabajo|remoto|thuiswerken|homeoffice|vor ort|full[- ]?time|part[- ]?time|vollzeit|teilzeit|temps plein|jornada|voltijd|permanent|cdi|cdd|empleo|jobs?|careers?|karriere|vacatures?|offres?`;
// A name that is nothing but such a word ("CDI", "Remote") is no employer, whichever rule found it.
const NOT_COMPANY_WHOLE = new RegExp(`^(?:${NOT_COMPANY_WORDS})$`, 'iu');
const NOT_COMPANY = new RegExp(`^(?:${NOT_COMPANY_WORDS})\\b`, 'iu');
// "Werken bij Acme", "Careers at Acme": the page's owner.
// "All jobs from Acme", "Alle Jobs von Acme": a board's link to the employer's other ads names it.
export const OWNER_PREFIX = /^(?:werken (?:bij|voor)|carrière (?:bij|chez)|carreras? en|jobs (?:at|bei)|careers? at|karriere bei|jobs bei|carrières chez|emplois chez|trabaja (?:en|con)|empleo en|vacatures bij|all (?:jobs|openings|roles) (?:at|from|by)|alle (?:jobs|stellen|stellenangebote) (?:von|bei)|toutes les offres (?:de|d['’]|chez)|todas las ofertas de|más ofertas de|alle vacatures (?:van|bij))\s*/iu;
// Words before a place name ("our Leipzig office", "Standort Leipzig", "basée à Lille").
const PLACE_BEFORE = /(?:\b(?:in|near|from|based in|located in|office in|offices in|Standort|Standorten|im|am|aus|nach|à|en|te|naar|op|vanuit|hub in|oficinas? de|sede de|bureaux? de|site de|région de|kantoor in)|unserem Standort|notre site de|\b(?:in|at) our|\b(?:arbeitsort|location|standort|lieu|ubicación|locatie|ort)\s*:)\s+$/iu;

// A legal form written before the name, as French does ("SAS Trinité Nautisme", "SARL Boulangerie Riou"):
// the forms once, the prefix alone (to compare a name with and without it) and the whole name.
const FORMS_BEFORE = String.raw`(?:SAS|SASU|SARL|EURL|SCOP|SNC|SCI|SCP|SELARL)\s+`;
const FORM_BEFORE_NAME_PREFIX = new RegExp(String.raw`^${FORMS_BEFORE}(?=\p{Lu})`, 'u');
const FORM_BEFORE_NAME = new RegExp(String.raw`^${FORMS_BEFORE}\p{Lu}[\p{L}'’&.-]*(?:\s+(?:de|du|des|la|le|et|&|[\p{Lu}\d][\p{L}\d'’&.-]*)){0,5}$`, 'u');

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
const WORK_MODE = /(?<![\p{L}])(?:remote|hybrid|remoto|híbrido|hibrido|télétravail|teletrabajo|thuiswerken|homeoffice|home office|hybride|à distance|op afstand)(?![\p{L}])/iu;

/**
 * Whether a name a rule found is of a kind that is never the employer: a page's reference number,
 * an agency's client named only as such, or a town with a mode of work.
 * @example notEmployerKind('BARCELONA O REMOTO (ESPAÑA)') // true
 */
export function notEmployerKind(name: string): boolean {
  if (LEGAL_FORM.test(name)) return false;
  if (REFERENCE.test(name) || AGENCY_CLIENT.test(name)) return true;
  const words = name.split(/[\s/()]+/u).filter(Boolean).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  return WORK_MODE.test(name) && words.some((w) => isPlaceName(w));
}

/**
 * The company on a line next to the title: "Acme GmbH · Berlin", "Acme - Lille", "at Acme",
 * "**Acme** — Leipzig — Remote", or a bare "Acme Foods". Strong when a legal form, a name of two
 * words or more, or a name the listing uses again (not as a place) says so; weak otherwise (a
 * single word may be a city: "Leipzig · Finance"), and then other clues come first. A line with a
 * comma ("Columbus, OH") is a place.
 */
export function companyFromLine(line: string, text: string): { name: string; strong: boolean } | null {
  // "Soundwell Hearing Centres 3.6 ★", "Acme Hire ★ 3.6": a board's rating after the name.
  let raw = clean(line).replace(/^(?:at|bei|chez|@)\s+/i, '').replace(OWNER_PREFIX, '').replace(/\s+\d[.,]\d\s*★$|\s+★\s*\d[.,]\d$/u, '');
  // "Zahnärzte am Schwabentor – Dr. Lena Kaltenbach & Kollegen": the partners are a part of the name.
  const partners = /^(\p{Lu}[^–—|·]{2,60}?)\s+[–—-]\s+((?:Dr\.|Prof\.|Me|Mr|Dres\.)?[^–—|·]{2,50}?&\s*(?:Kollegen|Kolleginnen|Partner(?:in|innen|s)?|Associates|associés|asociados|Söhne|Sons|Co\.?))$/u.exec(raw);
  if (partners) return { name: raw, strong: true };
  const navLess = raw.replace(NAV_TAIL, '');
  if (navLess !== raw && navLess.length >= 2 && !/\s[·|•/–—-]\s/.test(raw)) raw = navLess;
  // "Acme Maschinenbau GmbH, Bielefeld": a legal form before the comma ends the name ("Acme
  // Software, Inc." keeps its legal form after the comma, below).
  const comma = /^([^,]+),\s*(.+)$/.exec(raw);
  if (comma && LEGAL_FORM.test(comma[1] ?? '')) return { name: (comma[1] ?? '').trim(), strong: true };
  // "The Quayside Hotel, Whitby" over "Location: Whitby": a name, then the town the listing gives as
  // the job's place.
  const town = comma ? (comma[2] ?? '').trim() : '';
  if (comma && /^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}$/u.test(town) && new RegExp(`(?:location|standort|arbeitsort|ort|lieu|localisation|ubicación|localidad|locatie|plaats|werkplek)\\s*:[^\\n]{0,20}(?<![\\p{L}])${escapeRegExp(town)}(?![\\p{L}])`, 'iu').test(text)) {
    const name = (comma[1] ?? '').trim();
    if (name.split(' ').length >= 2 && name.split(' ').length <= 6 && /^\p{Lu}/u.test(name) && !JOB_WORD.test(name) && !isChrome(name)) return { name, strong: true };
  }
  // "Radhaus Kiefer, Münster", "Pharmacie du Marché, Quimper (29)", "Apotheek De Linde, Amersfoort":
  // a name of two words or more, then a town by the town's own name (the place list), is the
  // employer and its town, whether or not a location field repeats the town ("Lugar: Costa Adeje,
  // Tenerife" is a field's label and its value).
  const townName = town.replace(/\s*\([^()]{1,30}\)$/u, '');
  if (comma && townName && isPlaceName(townName)) {
    const name = (comma[1] ?? '').trim();
    const nameWords = name.split(' ');
    if (nameWords.length >= 2 && nameWords.length <= 6 && !/\s[·|•/–—-]\s|:/u.test(name) && /^\p{Lu}/u.test(name) && /^\p{Lu}/u.test(nameWords.at(-1) ?? '') && !JOB_WORD.test(name) && !isChrome(name) && !isPlaceName(name) && !NOT_COMPANY.test(name) && classifyHeading(name) === null) return { name, strong: true };
  }
  // "Northaven Borough Council, Central Library, Market Square": a public body's or a charity's
  // name before its address ends the same way.
  if (comma && ORG_WORD.test((comma[1] ?? '').trim())) return { name: (comma[1] ?? '').trim(), strong: true };
  const parts = raw.split(/\s+[·|•/]\s+|\s+[–—-]\s+|\s{3,}/).map((p) => p.trim()).filter(Boolean);
  // "Lever · Routéo", "StepStone | Brandt Logistik": the tracker's or the board's name, then the employer's.
  const lead = parts.length === 2 && isChrome(parts[0] ?? '') && !isChrome(parts[1] ?? '') ? 1 : 0;
  const first = (parts[lead] ?? '').replace(/\s*\([^()]*\)$/, '').trim();
  // "Port de plaisance de La Trinité-sur-Mer – SAS Trinité Nautisme": French writes the legal form
  // before the name; a part so written is the employer, whatever the other parts say of its site.
  const formFirst = parts.find((p) => FORM_BEFORE_NAME.test(p));
  if (formFirst) return { name: formFirst, strong: true };
  // "Störungsnummer 24/7: 02641 555-0", "Salaire : 48 k€": a label and its value name no company.
  if (/^[\p{L} ]{2,25}:\s/u.test(first) || /:\s*[\d+]/u.test(first)) return null;
  if (first && isAddressee(first, text)) return null;
  if (first && !isChrome(first) && namesEmployer(first, text)) return { name: first, strong: true };
  // "Kanzlei Brandt Eichhorn Partnerschaft mbB Steuerberater", "Acme GmbH Wirtschaftsprüfungsgesellschaft":
  // a legal form with the profession after it; the trade word is no job title.
  const legalInside = LEGAL_INSIDE.exec(first);
  if (legalInside && !JOB_WORD.test(legalInside[1] ?? '') && !isChrome(first)) return { name: first, strong: true };
  // "Arrieta Asesores Tributarios · Bilbao · Híbrido": a board's company line, a proper name and then
  // only its town and the mode of work, names the company though its name holds a trade's word (a
  // name without one goes the common way below).
  if (first && parts.length >= 2 && JOB_WORD.test(first) && isProperName(first) && !JOB_WORD.test(first.split(' ')[0] ?? '') && !isChrome(first) && !isPlaceName(first) && parts.slice(1).every((p) => isPlaceName(p.replace(/\s*\([^()]*\)$/u, '')) || WORK_MODE.test(p) || NOT_COMPANY_WHOLE.test(p))) return { name: first, strong: false };
  if (!first || first.length > 80 || isChrome(first) || JOB_WORD.test(first) || NOT_COMPANY.test(first)) return null;
  const legal = LEGAL_FORM.test(first);
  const properName = first.split(' ').length >= 3 && first.split(' ').every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:and|of|for|und|für|et|de|du|des|y|del|van|voor)$/.test(w)) && /^\p{Lu}/u.test(first.split(' ').at(-1) ?? '');
  if ((classifyHeading(first.replace(/:$/, '')) !== null && !properName) || (/[.!?:,;]$/.test(first) && !legal) || (first.includes(',') && !legal)) return null;
  const words = first.split(' ').length;
  if (words > (legal || properName ? 8 : 6) || !/^[\p{Lu}\d]/u.test(first)) return null;
  if (legal) return { name: first, strong: true };
  const place = readsAsPlace(first, text);
  const again = text.split(first).length > 2;
  // A single word beside other facts ("Leipzig · Finance") is as likely the city as the company.
  if ((words === 1 && !again) || place) return null;
  return { name: first, strong: !place && (words >= 2 || (again && parts.length === 1)) };
}

// "Institut Rhodanien de Recherche Clinique", "Meridian Mutual": two words or more, each capitalised
// or a connecting word; "News & stories" or "Naar ziekenhuis website" is a menu's label.
export function isProperName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && /^\p{Lu}/u.test(words.at(-1) ?? '') && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:&|and|of|for|und|für|et|de|du|des|la|le|y|del|van|voor|der)$/u.test(w));
}

export function fromHtmlTitle(htmlTitle: string, title: string, h1: string | null): string | null {
  const t = htmlTitle.replace(/\s*[|–-]\s*(linkedin|indeed(\.com)?|glassdoor|stepstone|smartrecruiters|workday|personio|greenhouse|lever)\s*$/i, '');
  const crumb = readCrumb(t)?.company;
  if (crumb && !JOB_WORD.test(crumb) && !CHROME.test(crumb)) return crumb;
  const pats = [/^Job Application for .+ at (.+)$/, /(?:^| )(?:at|bei|chez) ([^|–]+?)(?:\s*[|–-]|$)/, /^(.+?) - .+$/, /@ (.+)$/, /\| Jobs bei (.+)$/, /– Careers – (.+)$/];
  for (const p of pats) {
    const m = p.exec(t);
    const c = m?.[1]?.trim();
    if (c && !JOB_WORD.test(c) && c !== title && c.length < 60) return c;
  }
  // "Acme Head of Data (all genders)": the page title is the company and the heading.
  const heading = h1 ?? title;
  const at = t.indexOf(heading);
  if (at >= 0) {
    const rest = (t.slice(0, at) + ' ' + t.slice(at + heading.length)).replace(/^[\s|–—:·-]+|[\s|–—:·-]+$/g, '').replace(/^(?:at|bei|chez|@)\s+|^careers?\s*[–—-]\s*/i, '').trim();
    if (rest && !rest.includes('|') && !JOB_WORD.test(rest) && rest.split(' ').length <= 6) return rest;
  }
  return null;
}

// A board's company box under the name: a rating ("3.6 ★", "4,1 / 5") or the sector and headcount
// ("Software · 45 employees", "Lebensmittel · 320 Mitarbeitende").
export const RATING = /^\d[.,]\d\s*(?:★|\/\s*5|out of 5)/u;
const COMPANY_BOX = /^\d[.,]\d\s*(?:★|\/\s*5|out of 5)|(?<![\p{L}])\d[\d.,]*\+?\s*(?:employees|staff|people|salarié\p{L}*|collaborat\p{L}*|mitarbeite\p{L}*|beschäftigte|empleados|trabajadores|medewerkers|werknemers)(?![\p{L}])/iu;

export function isCompanyBox(line: string): boolean {
  return line.split(' ').length <= 8 && !/[.!?]$/.test(line) && COMPANY_BOX.test(line);
}

/** The owner of a page's copyright line ("© 2026 Acme GmbH"), unless it is the platform's. */
export function companyFromCopyright(text: string): string | null {
  // "© 2026 Acme GmbH", or a footer line that opens with the sign and no year ("© Acme SAS – Mentions
  // légales"); a sign inside a line without a year is a photo's or a map's credit ("Photo © J. Smith").
  const copy = /©\s*\d{4}\s+([^\n|·]{2,60})/.exec(text) ?? /^[ \t]*©[ \t]*(\p{Lu}[^\n|·]{1,59})/mu.exec(text);
  // "© 2026 Workday, Inc. All rights reserved.": the platform's own line, not the employer's.
  const copyOwner = copy?.[1]?.replace(/\s*[.,–—-]?\s*(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|alle rechten voorbehouden)\.?\s*$/iu, '').trim().replace(/\s[–—-]\s.*$/u, '').replace(/,?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/u, '');
  // "© Adevinta Spain S.L.U. – InfoJobs · Aviso legal": a line that goes on to name a board is the board's owner's.
  const line = copy ? (text.slice(copy.index).split('\n')[0] ?? '') : '';
  const boardsLine = line.split(/\s[–—|·-]\s/u).slice(1).some((part) => BOARD_NAME.test(part.trim()));
  if (copyOwner && !boardsLine && !CHROME.test(copyOwner.replace(/,.*$/, '').replace(LEGAL_FORM, '')) && !/[–—-]$/.test(copyOwner)) return copyOwner;
  return null;
}

// The employer as the listing's own prose names it: "About Acme", "Acme is a…", "Bei Acme entwickeln
// wir…", "Seit 1998 entwickelt Acme…", a paragraph that opens with its name and a verb.
export function companyFromProse(text: string): string | null {
  const about = /^(?:#+\s*)?(?:about|über|à propos de|acerca de|sobre|over)\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s*:?\s*$/mu.exec(text);
  const intros = [...text.slice(0, 20_000).matchAll(/(?:^|[.!?]\s+|\n)(?:Die |Der |Das |El |La |Le |L['’]|Het |At |Bei |Chez |En |Join |Rejoignez |Únete a |Kom werken bij |Wir sind |Nous sommes |Somos |Wij zijn |We are )?(\p{Lu}[\p{L}\d&.'’-]+(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\d&.'’-]+){0,3})(?:,[^,.\n]{3,100},|[ \t]+\([^()\n]{3,100}\),?|[ \t]+(?:in|aus|à|en|uit|te|from)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?=[ \t]+(?:sucht|cherche|recherche|busca|zoekt|seeks|is looking)))?,?[ \t]+(?:is|are|ist|est|es|—|–|:|sucht|cherche|recherche|busca|zoekt|seeks|builds|makes|helps|runs|develops|provides|operates|designs|entwickelt|baut|hilft|betreibt|liefert|produziert|édite|conçoit|développe|aide|accompagne|fabrique|exploite|desarrolla|ayuda|fabrica|ofrece|gestiona|opera|diseña|verzorgt|levert|ontwikkelt|maakt|bouwt|helpt|ontwerpt|produceert)[ \t]/gu)].map((m) => m[1] ?? null);
  // "Bij Acme help je klanten…", "At Acme, we…": the opening names the employer.
  // "Bij Acme verzorgen we…", "Bei Acme entwickeln wir…": the verb may come before the subject.
  // "En Acme (cooperativa, Jaén) vendemos…", "Bij Acme (leverancier van stroom) ga je…": a bracket between.
  const atIntro = /(?:^|\n|[.!?]\s+)(?:At|Bei|Chez|Bij|En)\s+(\p{Lu}[\p{L}\d&.'’-]+(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\d&.'’-]+){0,3})(?:[ \t]+\([^()\n]{3,100}\))?,?[ \t]+(?:\p{Ll}+[ \t]+)?(?:we|you|wir|du|sie|nous|vous|tu|on|je|jij|wij|help|werk|bouw|ga|kom|\p{Ll}{3,}amos|\p{Ll}{3,}emos|\p{Ll}{3,}imos)(?![\p{L}])/u.exec(text);
  // A paragraph that opens with a name and a verb in the third person ("Acme transforme…",
  // "Acme produziert…", "Acme fabrica…"): the employer presenting itself, whatever the verb.
  // Two to four capitalised words, no preposition first, and a sentence that goes on to its full stop.
  const opener = /(?:^|\n)(?!(?:En|In|At|Bei|Bij|Chez|Dans|Im|Als|As|Para|Pour|Voor|Für|For|Con|Mit|Met|With|Our|Unser|Notre|Nuestro|Onze)\s)(\p{Lu}[\p{L}\d&.'’-]+(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\d&.'’-]+){1,3})[ \t]+(?:\p{Ll}{3,}(?:s|t|e|a))[ \t]+(?:\p{Ll}|\d)[^\n]{30,}?\./u.exec(text.slice(0, 20_000));
  // German and Dutch put the verb second after a time phrase: "Sinds 2010 helpt Polderwerk klanten", "Seit 1998 entwickelt Acme…".
  const inverted = /(?:^|\n|[.!?]\s+)(?:Sinds|Seit|Al sinds|Al meer dan|Al ruim|Bereits seit|Depuis|Desde|Since)\s[^.\n]{1,30}?\s(?:helpt|verzorgt|levert|ontwikkelt|maakt|bouwt|ontwerpt|produceert|hilft|entwickelt|baut|betreibt|liefert|produziert|aide|développe|conçoit|édite|ayuda|desarrolla|fabrica|ofrece|diseña)\s(\p{Lu}[\p{L}\d&.'’-]+(?:[ \t]+\p{Lu}[\p{L}\d&.'’-]+){0,3})\s/u.exec(text);
  const acceptable = (pick: string | null): pick is string => pick !== null && !GREETING.test(pick) && !FIELD_COMPANY.test(`${pick}: x y`) && !/^(We|Our|The|This|You|Your|It|They|Us|He|She|Je|Jij|U|Du|Tu|Vous|Il|Elle|On|Ils|Usted|Ustedes|Ella|Él|Sie|Er|Ze|Hij|Zij|Ihr|Wir|Nous|Somos|Wij|Das|Die|Der|Ce|Le|La|El|Het|Dit|Dat|Position|Stelle|Rolle|Rattachement|There|Here|Hier|Ici|Aquí|Daar)$/i.test(pick) && !isAddressee(pick, text) && !/^(The|This|Our|Die|Der|Das|Le|La|El|De|Het) /.test(pick) && classifyHeading(pick) === null && !JOB_WORD.test(pick) && !isLinkLabel(pick) && !isFieldLabel(pick, text);
  return [about?.[1] ?? null, ...intros, atIntro?.[1] ?? null, inverted?.[1] ?? null, opener?.[1] ?? null].find(acceptable) ?? null;
}

// Every path's answer, tidied: without a careers suffix or prefix, a board's headcount or a sentence's
// article; with the legal form the listing's head writes out.
// A legal form written straight after a name, with a comma in Spanish ("Áridos del Guadiana, S.A.").
const WRITTEN_LEGAL_FORM = /(?:,?[ \t\u00a0])(?:GmbH & Co\. KG|gGmbH|GmbH|AG|SE|KG|eG|e\.\s?V\.|SAS|SARL|S\.A\. de C\.V\.|S\.A\.D\.|S\.A\.U\.|S\.L\.U\.|S\.L\.|S\.A\.|S\.C\.A\.|B\.V\.|N\.V\.|Ltd\.?|Inc\.?|LLC|LLP|plc|PLC)(?![\p{L}\d])/u;

/**
 * The name with the legal form the listing writes beside it, the first time it does; the name as it is otherwise.
 * @example withLegalForm('Kestrel Plastics', 'Kestrel Plastics\n…\n© Kestrel Plastics Ltd · Halesfield') // 'Kestrel Plastics Ltd'
 */
export function withLegalForm(name: string, text: string): string {
  const written = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(${WRITTEN_LEGAL_FORM.source})`, 'u').exec(text);
  return written ? `${name}${(written[1] ?? '').replace(/[ \t\u00a0]/u, ' ')}` : name;
}

export function tidyCompany(name: string, text: string, footer = ''): string | null {
  let company: string | null = name;
// "Werken bij Acme" → "Acme"; "der Stadtwerke Acme GmbH" (a sentence's article) → "Stadtwerke Acme GmbH".
if (company) company = company.replace(/\s+(?:karriere|careers?|jobs|stellenangebote|emplois|empleos?|vacatures|werken bij)$/iu, '').replace(/^(?:karriere|careers?|carrières|jobs|empleos?|empleo|vacatures)(?:\s+[-–—|:]\s+|\s+)(?=\p{Lu})/iu, '');
// "BISCUITERIE DES MAUGES – 100 à 199 salariés": a board's headcount after the name.
if (company) company = company.replace(/\s+[-–—·|]\s+\d[\d\s.,]*(?:(?:à|-|–|to|bis|a|tot)\s*\d[\d\s.,]*)?\s*(?:salariés|employees|staff|mitarbeiter(?:innen)?|mitarbeitende|beschäftigte|empleados|trabajadores|medewerkers|werknemers)$/iu, '');
if (company) company = company.replace(OWNER_PREFIX, '').replace(/^(?:der|die|das|den|dem|the|le|la|les|el|los|las|het)\s+(?=\p{Lu})/u, '').trim();
// "• Volailles de Bocage SAS": a list's bullet before the name.
if (company) company = company.replace(/^[•·▪◦‣*–—-]+\s*/u, '');
// A short name the listing writes out with its legal form anywhere (the company box, a footer,
// an imprint, a saved page's declaration): the name with its legal form, as it is written.
if (company && !LEGAL_FORM.test(company)) company = withLegalForm(company, footer ? `${text}\n${footer}` : text);
// Whatever path named it, a link label or a legal line is never the employer.
if (company && (isLinkLabel(company) || isAddressee(company, text))) company = null;
  return company;
}

// A footer's or an imprint's legal line: the name with its legal form, then the address or the
// register after a separator ("Kötter Immobilien e.K. · Hammer Straße 41 · 48153 Münster",
// "Acme Foods Ltd, Registered in England No. 0881", "Bakkerij Smulders B.V. | KvK 1234"), in Markdown bold too ("**Acme Ltd** · Registered in England 0881").
const LEGAL_LINE = new RegExp(`^[ \\t©*_]*(?:\\d{4}\\s+)?(\\p{Lu}[^·|•\\n,*]{1,60}?\\s(?:${LEGAL_FORMS.source}))[*_]*[ \\t]*(?:[·|•–—,]|\\s-\\s)[^\\n]*\\d`, 'gmu');

/**
 * The names a listing's legal lines give with their legal form, in the order the listing writes them.
 * @example companiesFromLegalLines('Kötter Immobilien e.K. · Hammer Straße 41 · 48153 Münster') // ['Kötter Immobilien e.K.']
 */
export function companiesFromLegalLines(text: string): string[] {
  return [...text.matchAll(LEGAL_LINE)].map((m) => (m[1] ?? '').trim()).filter((n) => !JOB_WORD.test(n.replace(LEGAL_FORM, '')) && !isChrome(n) && n.split(' ').length <= 8);
}

/** Where on the page a rule saw a name for the employer. */
export type CompanySource =
  | 'field' | 'declared' | 'facts' | 'logo' | 'byline' | 'rating' | 'crumb' | 'box' | 'row' | 'titleLine' | 'owner' | 'menu'
  | 'atLine' | 'underTitle' | 'aboveTitle' | 'header' | 'pageTitle' | 'homePage' | 'copyright' | 'prose' | 'weak' | 'dot'
  | 'sender' | 'legalLine';

export interface CompanyCandidate {
  name: string;
  source: CompanySource;
}

// The place on the page each source reads: two rules that read the same line are one place, not two
// ("weak" and "dot" are readings of the line under the title).
const PLACE_OF: Partial<Record<CompanySource, CompanySource>> = { weak: 'underTitle', dot: 'underTitle' };

// What a candidate is worth, by what it is. A name each independent place writes counts once per
// place; the listing's own order of rules breaks a tie (the first-offered candidate wins one).
export const COMPANY_WEIGHTS = {
  /** Each independent place on the page that names it (a field, the line beside the title, the prose, the sender…). */
  place: 1,
  /** It carries a legal form ("GmbH", "S.L.", "B.V.", "SpA", "e.K."), written somewhere other than the footer. */
  legalForm: 1,
  /** The listing's e-mail domain spells one of its words ("notariaibanezsoler.es" for "Notaría Ibáñez Soler"). */
  domain: 1,
} as const;

// Words that join a name's capitalised words ("Pharmacie du Marché", "Chambre de commerce et d'industrie").
const NAME_JOINER = /^(?:&|and|of|for|the|und|für|im|am|an|der|die|das|den|des|et|de|du|la|le|les|d['’]\p{L}*|l['’]\p{L}*|y|del|e|en|van|voor|het|op|aan|\d.*)$/u;
// A leading preposition a rule carried over from a sentence or a label ("Bij Froukje Mode", "Chez Acme").
const LEADING_PREPOSITION = /^(?:at|bei|chez|bij|en|para|pour|for|voor|für|with|mit|met|avec|con)\s+(?=\p{Lu})/iu;
// A bracket after the name that says what the company does ("(operating HMP Carrowmoor under contract)",
// "(leverancier van stroom)"): it opens with a word in lower case, unlike a town's or a brand's bracket.
const BUSINESS_BRACKET = /\s*\((?=\p{Ll})[^()]{3,120}\)\s*$/u;

/**
 * The domains of the e-mail addresses a listing writes (where applications go: the employer's, where
 * a page's web address may be a board's).
 * @example listingDomains('Mail jobs@acme-foods.de or see https://www.stepstone.de/jobs') // ['acme-foods']
 */
export function listingDomains(text: string): string[] {
  const mails = [...text.matchAll(/@([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.[a-z]{2,6}(?![a-z0-9])/giu)].map((m) => (m[1] ?? '').split('.').at(-1) ?? '');
  return [...new Set(mails.map((d) => d.toLowerCase()).filter((d) => d.length >= 3))];
}

/**
 * Whether a domain spells a word of four letters or more of the name (with "ö" as "o" or "oe"), or its
 * words run together: "immo-koetter" spells "Kötter Immobilien".
 * @example domainSpells('Notaría Ibáñez Soler', 'notariaibanezsoler') // true
 */
export function domainSpells(name: string, domain: string): boolean {
  const bare = name.replace(LEGAL_FORM, '');
  const words = bare.split(/[\s&'’.,-]+/u).filter((w) => w.length >= 4 && !NAME_JOINER.test(w.toLowerCase()));
  const d = domain.replace(/-/g, '');
  // As written without accents ("kotter"), and with German umlauts spelled out ("koetter").
  return words.some((w) => [foldPlain(w), foldDomain(w)].some((s) => d.includes(s)));
}

// A legal form as a name may write it in lower case ("Eventbureau Zomerlicht bv").
const LEGAL_FORM_ANY_CASE = new RegExp(LEGAL_FORM.source, 'iu');
// The footer's places: every footer writes its owner with a legal form, the platform's as well as the
// employer's, so there the form tells nothing.
const FOOTER_SOURCES = new Set<CompanySource>(['copyright', 'legalLine', 'homePage']);

/**
 * Whether a name is a page's heading in capitals: in capitals, and in sentence case a job, a section's
 * heading or the page's chrome ("OFFRE D'EMPLOI", "FUNERAL ARRANGER", "STELLENANGEBOT").
 * @example isCapitalsHeading("OFFRE D'EMPLOI") // true
 */
export function isCapitalsHeading(name: string): boolean {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name) || LEGAL_FORM.test(name)) return false;
  const lower = name.toLowerCase();
  const sentence = lower.charAt(0).toUpperCase() + lower.slice(1);
  const titled = lower.replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return [sentence, titled].some((s) => JOB_WORD.test(s) || isChrome(s) || classifyHeading(s) !== null || SUBJECT_VACANCY_WORD.test(s));
}
// The word for a job advert itself, as a page's heading: "Offre d'emploi", "Stellenangebot", "Vacature".
const SUBJECT_VACANCY_WORD = /^(?:job offer|job opening|vacancy|offre d['’]emploi|offre|annonce|oferta(?: de (?:empleo|trabajo))?|vacante|stellenangebot|stellenanzeige|stellenausschreibung|vacature)$/iu;

/**
 * A candidate's name without what a rule carried over with it: a leading preposition the listing does
 * not write with the name elsewhere, a trailing bracket that says what the company does.
 * @example trimCandidate('Bij Froukje Mode', 'Froukje Mode heeft 14 winkels.') // 'Froukje Mode'
 */
export function trimCandidate(name: string, text: string): string {
  let n = name.replace(BUSINESS_BRACKET, '').trim() || name;
  const rest = n.replace(LEADING_PREPOSITION, '');
  if (rest !== n && new RegExp(`(?:^|[\\n.!?]\\s*)${escapeRegExp(rest)}(?![\\p{L}])`, 'u').test(text)) n = rest;
  return n;
}

/** Whether a candidate is of a kind that is never the employer, whatever else names it. */
function rejected(name: string): boolean {
  return notEmployerKind(name) || isCapitalsHeading(name) || SUBJECT_VACANCY_WORD.test(name) || NOT_COMPANY_WHOLE.test(name) || GENDER_ENDING.test(name);
}
// A word with an inclusive gender ending ("Agent·e", "Técnico/a", "Pfleger*in", "Lehrer:innen",
// "Conseiller(ère)") names a person's job, never an employer.
const GENDER_ENDING = /\p{Ll}(?:[·•:*]|\/)(?:e|es|in|innen|a|as|ne|ère|rice|euse|fe|r)(?![\p{L}])|\p{Ll}\((?:e|ne|ère|rice|euse|fe|a|in|innen)\)/u;

/**
 * The employer among every name the rules saw: each name trimmed, names of a kind that is never the
 * employer set aside, the rest scored by what they are (COMPANY_WEIGHTS); the first offered wins a tie.
 * @example chooseCompany([{ name: 'Laborum', source: 'aboveTitle' }, { name: 'Minera Cerro Aguirre SpA', source: 'underTitle' }, { name: 'Minera Cerro Aguirre SpA', source: 'prose' }], '') // 'Minera Cerro Aguirre SpA'
 */
export function chooseCompany(candidates: CompanyCandidate[], text: string): string | null {
  const domains = listingDomains(text.slice(0, 60_000));
  const key = (n: string): string => unaccentLower(n.replace(LEGAL_FORM_ANY_CASE, '').replace(FORM_BEFORE_NAME_PREFIX, '')).replace(/\s+/g, ' ').trim();
  const groups = new Map<string, { name: string; order: number; places: Set<CompanySource>; legal: boolean }>();
  candidates.forEach((c, order) => {
    const name = trimCandidate(c.name, text);
    if (rejected(name)) return;
    const g = groups.get(key(name)) ?? { name, order, places: new Set<CompanySource>(), legal: false };
    g.places.add(PLACE_OF[c.source] ?? c.source);
    g.legal ||= (LEGAL_FORM_ANY_CASE.test(name) || FORM_BEFORE_NAME.test(name)) && !FOOTER_SOURCES.has(c.source);
    groups.set(key(name), g);
  });
  const score = (g: { name: string; places: Set<CompanySource>; legal: boolean }): number =>
    COMPANY_WEIGHTS.place * g.places.size +
    (g.legal ? COMPANY_WEIGHTS.legalForm : 0) +
    (domains.some((d) => domainSpells(g.name, d)) ? COMPANY_WEIGHTS.domain : 0);
  const ranked = [...groups.values()].sort((a, b) => score(b) - score(a) || a.order - b.order);
  return ranked[0]?.name ?? null;
}
