// The company of a listing, its readers: of one line beside the title (a legal form, a name the
// listing uses again, a board's company box), of a page title, of the footer's legal lines and of
// the listing's own prose ("About Acme", "Acme is a…", "© 2026 Acme"), with the tidying every
// path's answer gets. What a name is lives in company-words.ts; the choice among the readers'
// names in company-choice.ts.
import { escapeRegExp } from '../regexp';
import { classifyHeading } from './sections';
import { readCrumb } from './layout';
import { BOARD_NAME, CHROME, GREETING, clean, isChrome, isLinkLabel } from './chrome';
import { JOB_WORD } from './title-shape';
import { isPlaceName } from './place-name';
import { FIELD_COMPANY, FORM_BEFORE_NAME, LEGAL_FORM, LEGAL_FORMS, NOT_COMPANY, NOT_COMPANY_WHOLE, ORG_WORD, OWNER_PREFIX, WORK_MODE, isAddressee, isFieldLabel, isSentenceWords, namesEmployer, readsAsPlace, tradeNameWithForm, withoutBranchTown, COUNTRY } from './company-words';

// A legal form with a profession after it (see companyFromLine).
const LEGAL_INSIDE = new RegExp(`^(\\p{Lu}.{2,60}?)\\s(?:${LEGAL_FORMS.source})(?:\\s+\\p{Lu}[\\p{L}-]+){1,2}$`, 'u');
// Site navigation that a saved page runs into the company's name ("Acme Karriere Kontakt").
const NAV_TAIL = /(?:\s+(?:karriere|kontakt|careers?|jobs|blog|about(?: us)?|contact|home|über uns|produkte|products|solutions|carrières|accueil|contacto|vacatures|werken bij|over ons|news|press|stellenangebote|offres|empleos)){2,}$/iu;

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
  if (first && !isChrome(first) && tradeNameWithForm(first)) return { name: first, strong: true };
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
  // "© 2026 Indeed   Accessibility at Indeed   Terms": a footer's links after the owner, past a wide gap.
  const copyOwner = copy?.[1]?.replace(/(?:[ \t]{3,}|\t).*$/u, '').replace(/\s*[.,–—-]?\s*(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|alle rechten voorbehouden)\.?\s*$/iu, '').trim().replace(/\s[–—-]\s.*$/u, '').replace(/,?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/u, '');
  // "© Adevinta Spain S.L.U. – InfoJobs · Aviso legal": a line that goes on to name a board is the board's owner's.
  const line = copy ? (text.slice(copy.index).split('\n')[0] ?? '') : '';
  const boardsLine = line.split(/\s[–—|·-]\s/u).slice(1).some((part) => BOARD_NAME.test(part.trim()));
  if (copyOwner && !boardsLine && !CHROME.test(copyOwner.replace(/,.*$/, '').replace(LEGAL_FORM, '')) && !/[–—-]$/.test(copyOwner)) return copyOwner;
  return null;
}

// The impersonal subject a hiring sentence opens with ("Se busca…", "Man sucht…", "On recherche…",
// "Men zoekt…", "One seeks…") is the sentence's own word, no name (in capitals, "MAN" is a name).
const IMPERSONAL_SUBJECT = /^(?:Se|Man|On|Men|One)$/u;

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
  const acceptable = (pick: string | null): pick is string => pick !== null && !GREETING.test(pick) && !FIELD_COMPANY.test(`${pick}: x y`) && !/^(We|Our|The|This|You|Your|It|They|Us|He|She|Je|Jij|U|Du|Tu|Vous|Il|Elle|On|Ils|Usted|Ustedes|Ella|Él|Sie|Er|Ze|Hij|Zij|Ihr|Wir|Nous|Somos|Wij|Das|Die|Der|Ce|Le|La|El|Het|Dit|Dat|Position|Stelle|Rolle|Rattachement|There|Here|Hier|Ici|Aquí|Daar)$/i.test(pick) && !isAddressee(pick, text) && !IMPERSONAL_SUBJECT.test(pick) && !/^(The|This|Our|Die|Der|Das|Le|La|El|De|Het) /.test(pick) && classifyHeading(pick) === null && !JOB_WORD.test(pick) && !isLinkLabel(pick) && !isFieldLabel(pick, text) && !isSentenceWords(pick, text);
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


/**
 * The fullest form of a name the listing writes with its legal form: a short name ("Sentinel Shield")
 * whose words the listing goes on to write with more capitalised words and a legal form ("Posted by
 * Sentinel Shield Security Services Ltd") is that registered name, the first time it is written so.
 * @example withFullName('Sentinel Shield', 'Sentinel Shield is hiring.\nPosted by Sentinel Shield Security Services Ltd') // 'Sentinel Shield Security Services Ltd'
 */
export function withFullName(name: string, text: string): string {
  if (name.length > 60 || name.includes('\n')) return name;
  const more = String.raw`(?:[ \t]+(?:\p{Lu}[\p{L}\d'’-]*|&|and|und|et|y|en|de|van))`;
  const written = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(${more}{1,3})(${WRITTEN_LEGAL_FORM.source})`, 'u').exec(text);
  if (!written) return name;
  const extra = (written[1] ?? '').trim();
  // The words after the name must be a name's, not a place's or a job's ("Acme Berlin GmbH" stays "Acme").
  if (extra.split(/\s+/u).some((w) => isPlaceName(w) || COUNTRY.test(w)) || JOB_WORD.test(extra) || /^(?:&|and|und|et|y|en|de|van)$/u.test(extra.split(/\s+/u).at(-1) ?? '')) return name;
  return `${name} ${extra}${(written[2] ?? '').replace(/[ \t\u00a0]/u, ' ')}`;
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
// A short name the listing writes out in full with its legal form: the full name (the footer's
// owner lines excepted, which may be a parent's).
if (company) company = withoutBranchTown(company);
if (company && !LEGAL_FORM.test(company)) company = withFullName(company, text);
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
