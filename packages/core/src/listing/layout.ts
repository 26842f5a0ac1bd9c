// How boards and career sites lay out the lines above a listing, read by structure rather than by
// phrase: a breadcrumb or page-title line ("Acme GmbH - Jobs - Data Analyst", "Apec.fr | Offres |
// …", "Werken bij Acme › Vacatures › Productowner", "Jobs at Acme / Sales", "Trabaja con nosotros -
// Acme") is made of segments, one of which is the site's navigation; the site owner stands before
// it and the page (the job) after it.

// Segments that name the site's job pages or its home, in the five languages.
const NAV_SEGMENT =
  /^(?:home|start|startseite|accueil|inicio|jobs?|all jobs|open (?:jobs|positions|roles)|careers?|career site|alle jobs|stellen(?:angebote|markt)?|karriere|jobbörse|offres?(?: d['’]emploi)?|toutes les offres|emplois?|carrières?|empleos?|ofertas(?: de empleo)?|todas las ofertas|vacantes|vacatures?|alle vacatures|werken bij ons|join us|work with us|join (?:our|the) team|trabaja con nosotros|únete(?: a nuestro equipo| al equipo)?|rejoignez[- ]nous|rejoignez l['’]équipe|kom bij ons werken|komm (?:in unser|ins) team|search results?|suchergebnisse|résultats|resultados|zoekresultaten|(?:jobs?|careers?|employment) portal|portal de empleo|bolsa de (?:empleo|trabajo)|portail (?:de l['’])?emploi|(?:stellen|job|karriere|vacature)portal)$/iu;
// A site's own name written as its domain ("Apec.fr", "Indeed.com", "werk.nl").
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|fr|de|es|nl|be|ch|at|co\.uk|io|mx|ar|eu|org|net)$/iu;
// What a career site writes before its owner's name.
const OWNER_PREFIX = /^(?:werken bij|jobs (?:at|bei)|careers? at|karriere bei|jobs bei|carrières chez|emplois chez|trabaja (?:en|con)|empleo en|vacatures bij|join)\s+/iu;

export interface Crumb {
  /** The site owner named before the navigation segment, when the line names one. */
  company: string | null;
  /** The last segment, when it comes after the navigation segment. */
  page: string | null;
}

/**
 * A Markdown link as its text: "[Jobs at Acme](https://…)" → "Jobs at Acme".
 * @example unwrapLinks('[Acme](https://acme.io) · Sales') // 'Acme · Sales'
 */
export function unwrapLinks(s: string): string {
  return s.replace(/\[([^\]\n]{1,120})\]\([^)\n]{0,300}\)/g, '$1');
}

function unwrap(s: string): string {
  return unwrapLinks(s).replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Read a breadcrumb or page-title line: segments split by `|`, `›`, `>`, `»`, `/`, `·` or a
 * spaced dash, one of which is the site's navigation or a domain. Null for any other line (a
 * title with a team after a dash, "Tech Lead - Payments", has no navigation segment).
 * @example readCrumb('Acme GmbH - Jobs - Data Analyst') // { company: 'Acme GmbH', page: 'Data Analyst' }
 */
export function readCrumb(line: string): Crumb | null {
  const segs = unwrap(line)
    .split(/\s+(?:\||›|>|»|\/|·|-|–|—)\s+|\s*[|›»]\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segs.length < 2) return null;
  const isNav = (s: string): boolean => NAV_SEGMENT.test(s) || DOMAIN.test(s) || /^(?:werken bij|jobs at|careers at|karriere bei|carrières chez)\s/iu.test(s);
  const navAt = segs.findIndex(isNav);
  if (navAt < 0) return null;
  const first = segs[0] ?? '';
  let company: string | null = null;
  const owned = segs.find((x) => OWNER_PREFIX.test(x) && !NAV_SEGMENT.test(x));
  if (owned) company = owned.replace(OWNER_PREFIX, '').trim();
  else if (navAt > 0 && !DOMAIN.test(first) && !NAV_SEGMENT.test(first)) company = first;
  else if (navAt === 0 && NAV_SEGMENT.test(first) && segs.length === 2 && /^(?:werken bij ons|join us|work with us|trabaja con nosotros|únete|rejoignez[- ]nous|kom bij ons werken|karriere|careers?|carrières?|emplois?|empleos?|vacatures?|stellenangebote|jobs)$/iu.test(first)) company = segs[1] ?? null;
  const lastNav = segs.length - 1 - [...segs].reverse().findIndex(isNav);
  const page = lastNav < segs.length - 1 && !(company !== null && segs.length === 2) ? (segs[segs.length - 1] ?? null) : null;
  return { company: company && company.split(' ').length <= 6 ? company : null, page };
}

// A search bar or a site menu pasted as one line ("Was Wo Jobs finden", "Quoi ? Où ? Rechercher",
// "Buscar ofertas Mi CV Mis candidaturas", "Accueil Réseau Emplois Messagerie"): made mostly of
// navigation words, in the five languages.
const NAV_WORDS = new Set(
  ('search for find jobs job sign in up log login out register all open roles my profile companies company reviews salaries post a resume cv home menu back to what where keywords keyword city state zip code postcode title ' +
    'was wo finden suchen jobtitel stichwort ort plz stellen stellenangebote unternehmen gehälter anmelden registrieren mein profil merkliste zurück karriere ' +
    'quoi où rechercher trouver un une média métier ville recherche emplois emploi offres entreprises salaires connexion inscription accueil réseau messagerie notifications mon profil candidatures ' +
    'qué dónde buscar puesto palabra clave ciudad provincia ofertas empresas salarios mi mis candidaturas iniciar sesión registrarse inicio empleos ' +
    'gehalt salaire salario salaris media média linkedin indeed glassdoor stepstone xing infojobs computrabajo apec monster welcome to the jungle workday ' +
    'wat waar zoeken zoek naar plaats trefwoord vacatures bedrijven salarissen inloggen registreren mijn profiel sollicitaties terug banen locaties cultuur medewerkers').split(' '),
);

export function isNavLine(line: string): boolean {
  if (NAV_SEGMENT.test(line.trim())) return true;
  const ws = line.toLowerCase().split(/[\s?|·•/>›»:,]+/).filter(Boolean);
  if (ws.length < 2) return false;
  return ws.filter((w) => NAV_WORDS.has(w)).length / ws.length >= 0.6;
}

// Menu entries of a career site's header besides the navigation words above ("Departments",
// "Locations", "Qui sommes-nous", "Nuestra historia", "Life at Acme"), in the five languages.
const MENU_WORDS = new Set(
  ('departments teams locations people connect about us contact news blog events life at graduates students interns employers benefits culture vacancies applications ' +
    'abteilungen standorte teams über uns kontakt neuigkeiten ausbildung studierende arbeitgeber kultur ' +
    'départements équipes lieux qui sommes-nous nous nos métiers offres alternance candidature spontanée actualités contact employeurs culture ' +
    'departamentos equipos ubicaciones sedes quiénes somos nuestra historia contacto noticias empleo prácticas cultura ' +
    'afdelingen locaties over ons contact nieuws stages werken bij cultuur').split(' '),
);

function isMenuSegment(seg: string): boolean {
  const words = seg.toLowerCase().split(/\s+/).filter(Boolean);
  return NAV_SEGMENT.test(seg) || (words.length > 0 && words.every((w) => NAV_WORDS.has(w) || MENU_WORDS.has(w)));
}

/**
 * A career site's header menu pasted as one line, its entries apart by wide gaps or bars
 * ("Acme  Jobs   Departments   Locations", "Nos métiers | Nos offres | Alternance"): null for any
 * other line. The owner is a first entry that is no menu word, named again in the text.
 * @example siteMenu('Acme Foods  Jobs   Teams   Locations', 'Acme Foods bakes bread.') // { owner: 'Acme Foods' }
 */
export function siteMenu(raw: string, text: string): { owner: string | null } | null {
  const segs = unwrapLinks(raw).replace(/[*_]+/g, '').split(/\s{2,}|\t|\s*\|\s*/).map((x) => x.trim()).filter(Boolean);
  if (segs.length < 3 || segs.some((x) => x.split(/\s+/).length > 4 || /[\d:.!?€£$]/.test(x))) return null;
  const menu = segs.filter(isMenuSegment).length;
  // Four entries or more, half of them menu words: a menu with the site's own sections in it
  // ("Privatkunden | Geschäftskunden | Karriere | Kontakt").
  if (menu < 2 || (menu < segs.length - 1 && !(segs.length >= 4 && menu * 2 >= segs.length))) return null;
  const first = segs[0] ?? '';
  const owner = !isMenuSegment(first) && /^\p{Lu}/u.test(first) && text.split(first).length > 2 ? first : null;
  return { owner };
}
