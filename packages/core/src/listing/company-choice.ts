// The employer among the names the company's readers saw: each name trimmed, names of a kind that is
// never the employer set aside, the rest scored by the places that write them, a legal form and the
// listing's e-mail domain.
import { escapeRegExp } from '../regexp';
import { classifyHeading } from './sections';
import { isChrome, isLinkLabel } from './chrome';
import { JOB_WORD } from './title-shape';
import { fold as foldDomain, foldPlain, unaccentLower } from '../text-fold';
import { FORM_BEFORE_NAME, FORM_BEFORE_NAME_PREFIX, LEGAL_FORM, NOT_COMPANY_WHOLE, OWNER_PREFIX, isPageHeading, notEmployerKind } from './company-words';

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

/**
 * Whether a candidate is of a kind that is never the employer, whatever else names it: a link's label
 * ("Report job", "Anzeige melden") and a careers link's words without the name after them ("Werken bij",
 * "Karriere bei") among them, so that the next name is chosen rather than none.
 */
function rejected(name: string): boolean {
  return notEmployerKind(name) || isCapitalsHeading(name) || SUBJECT_VACANCY_WORD.test(name) || NOT_COMPANY_WHOLE.test(name) || GENDER_ENDING.test(name) || isPageHeading(name) || isLinkLabel(name) || name.replace(OWNER_PREFIX, '') === '';
}
// A word with an inclusive gender ending ("Agent·e", "Técnico/a", "Pfleger*in", "Lehrer:innen",
// "Conseiller(ère)") names a person's job, never an employer.
const GENDER_ENDING = /\p{Ll}(?:[·•:*]|\/)(?:e|es|in|innen|a|as|ne|ère|rice|euse|fe|r)(?![\p{L}])|\p{Ll}\((?:e|ne|ère|rice|euse|fe|a|in|innen)\)/u;

// A site's own name, as its account menu writes it: "My Indeed", "Mein Interamt", "Mon Pôle emploi",
// "Mi InfoJobs", "Mijn Werk.nl", a menu item between separators (or a wide gap) or alone on its line.
const SITE_MENU_ITEM = /(?:^|[|·•]|[ \t]{2})[ \t]*(?:[Mm]y|[Mm]eine?|[Mm]on|[Mm]a|[Mm]i|[Mm]ijn)[ \t]+(\p{Lu}[\p{L}\d.-]*(?:[ \t]\p{L}[\p{L}\d.-]*)?)[ \t]*(?=[|·•]|[ \t]{2}|$)/gmu;

/**
 * The names of the site around a listing, by its account menu ("Startseite | Mein Interamt | Hilfe"):
 * the board's or the portal's, never the employer's.
 * @example siteNames('Stellensuche | Merkliste | Mein Interamt | Hilfe') // ['Interamt']
 */
export function siteNames(text: string): string[] {
  return [...text.matchAll(SITE_MENU_ITEM)].map((m) => (m[1] ?? '').trim());
}

/**
 * The employer among every name the rules saw: each name trimmed, names of a kind that is never the
 * employer set aside, the rest scored by what they are (COMPANY_WEIGHTS); the first offered wins a tie.
 * @example chooseCompany([{ name: 'Laborum', source: 'aboveTitle' }, { name: 'Minera Cerro Aguirre SpA', source: 'underTitle' }, { name: 'Minera Cerro Aguirre SpA', source: 'prose' }], '') // 'Minera Cerro Aguirre SpA'
 */
export function chooseCompany(candidates: CompanyCandidate[], text: string): string | null {
  const domains = listingDomains(text.slice(0, 60_000));
  const key = (n: string): string => unaccentLower(n.replace(LEGAL_FORM_ANY_CASE, '').replace(FORM_BEFORE_NAME_PREFIX, '')).replace(/\s+/g, ' ').trim();
  const groups = new Map<string, { name: string; order: number; places: Set<CompanySource>; legal: boolean }>();
  const sites = new Set(siteNames(text).map(key));
  candidates.forEach((c, order) => {
    const name = trimCandidate(c.name, text);
    if (rejected(name) || sites.has(key(name))) return;
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
