import { canonicalSkill } from '../taxonomy/matcher';
import { classifyHeading } from './sections';
import { readCrumb, siteMenu, unwrapLinks } from './layout';
import { CHROME, SALUTATION, SIMILAR_JOBS, clean, isChrome, isLinkLabel } from './chrome';
import { type CompanyCandidate, type CompanySource, chooseCompany } from './company-choice';
import { FIELD_COMPANY, LEGAL_FORM, ORG_WORD, OWNER_PREFIX, namesEmployer, readsAsPlace } from './company-words';
import { RATING, companiesFromLegalLines, companyFromCopyright, companyFromLine, companyFromProse, fromHtmlTitle, isCompanyBox, isProperName, tidyCompany } from './company';
import { JOB_WORD, SUFFIX_ONLY, TITLE_SUFFIX, dropPlaceSuffix, hiringSentenceTitle, stripGenderEndings, stripSuffixes } from './title-shape';
import { dropEmployerBusiness } from './title-business';
import { escapeRegExp } from '../regexp';
import { APPLY_NOTE, LEADING_CONTRACT, cleanTitle } from './title-clean';
import { hasGenderForm, hiringEmployer, inCriteriaBox, notTitleLine } from './title-lines';
import { dropNonRoleSegments } from './title-segment';
import { SENDER_DEPARTMENT, SENDER_ORG, SUBJECT, isMenuLine, menuRuns, mentionCasing } from './head-parts';

export { cleanTitle };

const FACT_COMPANY = /^(?:company|employer|firma|unternehmen|arbeitgeber|entreprise|employeur|société|empresa|empleador|bedrijf|werkgever|organisatie)$/iu;
const FIELD_TITLE = /^[*_]*(?:job title|title|position|position title|role|job|vacancy|stellentitel|intitulé du poste|poste|puesto|functie|functietitel|vacature)[*_]*\s*:[*_]*\s*(.{2,120})$/im;

// "Traducteur·rice juridique anglais > français", "Übersetzer Englisch > Deutsch": the direction a
// translator works in, between two languages' names, is no breadcrumb's separator.
const LANGUAGE = String.raw`(?:english|german|french|spanish|dutch|italian|portuguese|englisch|deutsch|französisch|spanisch|niederländisch|italienisch|anglais|allemand|français|espagnol|néerlandais|italien|inglés|alemán|francés|español|neerlandés|italiano|engels|duits|frans|spaans|nederlands|italiaans)`;
const LANGUAGE_PAIR = new RegExp(String.raw`(?<![\p{L}])(${LANGUAGE})\s+[>›»→]\s+(${LANGUAGE})(?![\p{L}])`, 'giu');
// "Weingut Hellersberg · Stellenangebot", "ForstBW – Stellenbörse", "Acme | Vacancies", "Mairie de Lunel –
// Offre d'emploi", "Grupo Norte · Bolsa de empleo", "Gemeente Ede – Vacature": a name and the word for
// the page of its job offers is the employer's page heading, not the job.
const OFFER_PAGE = /^(.{2,60}?)\s+[-–—|·:]\s+(?:stellenangebote?|stellenanzeigen?|stellenausschreibung(?:en)?|stellenbörse|jobbörse|karriereportal|job offers?|job vacanc(?:y|ies)|vacanc(?:y|ies)|job opening|offres? d['’]emploi|offre|recrutement|ofertas? de (?:empleo|trabajo)|oferta|bolsa de (?:empleo|trabajo)|vacantes?|vacatures?|vacaturebank)$/iu;
function isChromeLine(line: string): boolean {
  const page = OFFER_PAGE.exec(line);
  if (page && !JOB_WORD.test(page[1] ?? '')) return true;
  return isChrome(line.replace(LANGUAGE_PAIR, '$1→$2'));
}

// "Intitulé : Chef de site sécurité" over "Lieu : Roissy" and "Contrat : CDI": in a form of labelled
// lines, the title line's label goes ("Poste :", "Bezeichnung:", "Denominación:", "Functienaam:").
const LABELLED = /^(\p{Lu}[\p{L}'’ ]{1,24}?)\s*:\s+(\S.*)$/u;
function unlabelled(line: string, near: (string | undefined)[]): string {
  const m = LABELLED.exec(line);
  if (!m || JOB_WORD.test(m[1] ?? '') || (m[1] ?? '').split(' ').length > 3 || !JOB_WORD.test(m[2] ?? '')) return line;
  return near.some((l) => l !== undefined && LABELLED.test(l)) ? (m[2] ?? line) : line;
}

// "Offre n° 187QKWB - ", "Job ID 48213 – ", "Vacature 2026-114: ", "Oferta nº 5512 - ": a board's
// number for the advert before the role; or the words for a job offer alone ("Offre d'emploi – ",
// "Stellenangebot: ", "Oferta de empleo - ").
const LEADING_REF = /^(?:(?:offre|annonce|job(?: id)?|vacancy|ref(?:erence)?|réf(?:érence)?|oferta|vacante|stellenangebot|stelle|vacature|anzeige)\s*(?:n[°ºo]\.?|nr\.?|no\.?|#|id)?\s*:?\s*[\p{Lu}\d][\p{Lu}\d/-]{2,20}|offre d['’]emploi|job (?:offer|opening|vacancy)|stellenangebot|stellenanzeige|oferta de (?:empleo|trabajo)|vacature)\s*[-–—:|]\s+(?=\p{L})/iu;

/** Split "Title - Company", "Title at Company", "Title | Company". */
// "Marina Manager, Saltmarsh Quay Marina (Lymington)", "Senior Groom, Ashcombe Eventing, near
// Cirencester": the role, then after a comma a name and the town it is in or near; the name is the employer.
const COMMA_EMPLOYER_TOWN = /^(.+?),\s+(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|de|du|des|del|la|van|der)){1,5})(?:\s*\(\s*\p{Lu}[\p{L} .'-]{1,30}\s*\)|,\s*(?:near|nr\.?|close to|outside|près de|proche de|cerca de|nahe|bij|nabij|vlakbij)\s+\p{Lu}[\p{L}'’ -]{1,30})\s*$/u;

function splitTitleLine(line: string, text: string): { title: string; company: string | null; reversed?: boolean } {
  const commaNamed = COMMA_EMPLOYER_TOWN.exec(line);
  if (commaNamed && JOB_WORD.test(commaNamed[1] ?? '') && !JOB_WORD.test(commaNamed[2] ?? '') && canonicalSkill(commaNamed[2] ?? '') === null) return { title: clean(commaNamed[1] ?? ''), company: commaNamed[2] ?? null };
  const m = /^(.+?)\s+(at|@|bei|chez|en|bij|-|–|—|\|)\s+(.+)$/.exec(line);
  if (m && /^[-–—|]$/.test(m[2] ?? '') && !JOB_WORD.test(m[1] ?? '') && JOB_WORD.test(m[3] ?? '')) {
    // "Northern Sinfonia Trust — Orchestra Manager", "Pompes Funèbres Roumier – Conseiller funéraire, CDI":
    // the employer first, when the listing names it again (or with its legal form) and it is no tool.
    const left = clean(m[1] ?? '');
    if (/^\p{Lu}/u.test(left) && !LEADING_CONTRACT.test(line) && left.split(' ').length <= 6 && canonicalSkill(left) === null && !isChrome(left) && (LEGAL_FORM.test(left) || text.split(left).length > 2 || isProperName(left) || ORG_WORD.test(left))) return { title: clean(m[3] ?? ''), company: left, reversed: true };
  }
  // "Dierverzorger (32-36 uur) - Dierenasiel De Hooge Weide": the hours or the contract in brackets end the role.
  if (!m || !(JOB_WORD.test(m[1] ?? '') || /\)$/.test(m[1] ?? '') && TITLE_SUFFIX.test(m[1] ?? ''))) return { title: line, company: null };
  // "Acme GmbH, Dresden", "Acme, S.L. (Lleida)": the company with its town after it.
  const named = clean(m[3] ?? '');
  const withTown = /^(.+?)(?:,\s*\p{Lu}[\p{L}' -]{1,40}|\s*\([^()]{2,40}\))$/u.exec(named);
  const right = withTown && LEGAL_FORM.test(withTown[1] ?? '') ? (withTown[1] ?? named) : named;
  // "Especialista en Operaciones", "Adviseur bij Wonen": a preposition that also heads the role's field.
  if (/^(en|bij)$/.test(m[2] ?? '') && !LEGAL_FORM.test(right) && text.split(right).length < 3) return { title: line, company: null };
  // "Tech Lead - Payments" names a team; "Analyst - Acme" names a company the text names again.
  if (/^[-–—|]$/.test(m[2] ?? '') && !LEGAL_FORM.test(right) && text.split(right).length < 3) return { title: line, company: null };
  if (/^[-–—]$/.test(m[2] ?? '') && new RegExp(`\\b(the|our|a|their|your|its) ${escapeRegExp(right)} (team|squad|group|pod|tribe|category|range|department|portfolio|unit|desk|function)\\b`, 'i').test(text)) return { title: line, company: null };
  // "Teamleider Klantenservice – Energie" at "Windkracht Energie": a word the listing only writes as
  // the end of a longer name is that name's tail, not the company.
  if (/^[-–—|]$/.test(m[2] ?? '')) {
    const before = [...text.matchAll(new RegExp(`(\\S+)[ \\t]+${escapeRegExp(right)}(?![\\p{L}])`, 'gu'))].map((x) => x[1] ?? '').filter((w) => !/^[-–—|]$/.test(w));
    // (A name the listing also opens a line with is a name of its own: "Dierenasiel De Hooge Weide vangt …".)
    const alone = new RegExp(`(?:^|\\n)[ \\t]*${escapeRegExp(right)}(?![\\p{L}])`, 'u').test(text);
    if (before.length > 0 && !alone && before.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:Our|The|This|Your|At|In|Unser\p{L}*|Die|Der|Das|Bei|Im|Notre|Nos|Le|La|Les|Chez|Nuestr\p{L}*|El|Los|Las|En|Onze|Ons|Het|De|Bij)$/u.test(w))) return { title: line, company: null };
  }
  // "Nurse Specialist - Tissue Viability" beside "our Tissue Viability Service", "Frozen & Chilled
  // team": a name the listing goes on to call a team, a service or a department is the role's field.
  if (/^[-–—|]$/.test(m[2] ?? '') && new RegExp(`${escapeRegExp(right)}(?:[ \\t]+[&\\p{L}]+){0,2}[ \\t]+(?:team|squad|service|department|unit|ward|division|abteilung|bereich|équipe|servicio|departamento|área|afdeling)(?![\\p{L}])`, 'iu').test(text)) return { title: line, company: null };
  // "Fleet Supervisor - Nights", "Delegado – Zona Norte": a shift, a contract or a region is no company.
  if (JOB_WORD.test(right) || /^(remote|hybrid|on-?site|full[- ]time|part[- ]time)/i.test(right) || SUFFIX_ONLY.test(right)) return { title: line, company: null };
  return { title: clean(m[1] ?? ''), company: right.replace(/\s*\(.*\)\s*$/, '') || null };
}

export interface ListingMeta {
  title: string | null;
  company: string | null;
  location: string | null;
}

const RESULT_COUNT = /^\d[\d.,]*\+?\s+(?:results?|resultaten|ergebnisse|treffer|résultats|resultados|jobs|vacatures|offres|ofertas|stellen(?:angebote)?|empleos)$/iu;

/**
 * Title, company and location of a listing, read past the page chrome (URL and date lines,
 * breadcrumbs, the board's name, buttons, counts): from labelled fields, the HTML heading, a
 * Markdown heading or the first line that names a job; the company from the lines around it, the
 * page title, a copyright line or the listing's own "About …"/"… is a" sentences; a saved page's
 * footer (dropped from the text) only for the legal form written beside the company's name.
 * @example titleAndCompany('URL: https://x.io/j/1\nData Analyst (m/w/d)\nAcme GmbH\nBerlin\nWir suchen…', null).title // 'Data Analyst'
 */
export function titleAndCompany(text: string, htmlTitle: string | null, h1: string | null = null, declared?: { title: string | null; company: string | null }, footer = ''): ListingMeta {
  // A career site's header menu is chrome; its first entry may name the site's owner.
  const rawLines = text.split('\n');
  const menus = rawLines.slice(0, 40).map((l) => siteMenu(l, text));
  const menuRun = menuRuns(rawLines.slice(0, 60));
  const menuOwner = menus.find((m) => m?.owner)?.owner ?? null;
  // "Hotel Playa Dorada⇥Benidorm (Alicante)⇥Jornada completa": tab-separated fields read as a board's
  // "·"-separated ones (the name, then the place, the contract).
  const cleaned = rawLines.map((l, i) => (menus[i] || menuRun.has(i) ? '' : clean(unwrapLinks(l.replace(/(?<=\S)[ ]*\t+[ \t]*(?=\S)/g, ' · '))))).filter(Boolean);
  // "Data engineer in Nederland" over "1.284 resultaten": a search's heading and count, not the job.
  const all = cleaned.filter((l, i) => !RESULT_COUNT.test(cleaned[i + 1] ?? '') && !RESULT_COUNT.test(l));
  // A board's list of other jobs under the listing ("Similar jobs", "Ähnliche Stellen", "Offres
  // similaires") names other roles and employers: neither the title nor the company comes from it.
  const similar = all.findIndex((l) => SIMILAR_JOBS.test(l));
  const lines = similar > 3 ? all.slice(0, similar) : all;
  // A board's page can run thirty lines of menus before the job; look further only then.
  const head16 = lines.slice(0, 16);
  const head = head16.some((l) => !isChromeLine(l) && JOB_WORD.test(l)) ? head16 : lines.slice(0, 32);
  let title: string | null = null;
  let company: string | null = null;
  // Every name a rule can see, in the order the rules were written (see chooseCompany); `company`
  // keeps the first of them for the title's rules that ask whether a company is named yet.
  const candidates: CompanyCandidate[] = [];
  const offer = (source: CompanySource, name: string | null | undefined): void => {
    if (!name) return;
    candidates.push({ name, source });
    company ??= name;
  };
  let location: string | null = null;
  let at = -1;
  let dotCompany: string | null = null;
  // ("Functie: Engineering" in a board's box of criteria is the line of work.)
  const ftMatch = FIELD_TITLE.exec(text);
  const ft = ftMatch && !inCriteriaBox(text, ftMatch.index, ftMatch[0].length) ? ftMatch : null;
  if (ft) {
    title = cleanTitle(ft[1] ?? '');
    // "Vacature: Coördinator …" over "Universiteit van het Noorden – …": the lines around a field
    // title name the company as they do around a bare one.
    at = head.findIndex((l) => l === clean(ft[0] ?? ''));
  }
  const fc = FIELD_COMPANY.exec(text);
  // "Organisation : 2 jours de télétravail…": a label whose value is a sentence names no company.
  if (fc && !(/[.!?]$/.test(clean(fc[1] ?? '')) && !LEGAL_FORM.test(clean(fc[1] ?? ''))) && clean(fc[1] ?? '').split(' ').length <= 14) offer('field', clean(fc[1] ?? ''));
  // A saved page's own JobPosting declaration, then a breadcrumb or page-title line's owner.
  if (declared?.title) title = cleanTitle(declared.title);
  // "Halvern Polymers Ltd" declared: the name with the legal form it is written with.
  offer('declared', declared?.company);
  // "Bedrijf" over "Vleesbedrijf Van Tuyl B.V.", "Unternehmen" over "Acme GmbH": a board's table of
  // facts, each label on its own line with its value under it.
  const labelAt = lines.slice(0, 40).findIndex((l) => FACT_COMPANY.test(l));
  const labelled = labelAt >= 0 ? (lines[labelAt + 1] ?? '') : '';
  // (Only a name with its legal form: a page's other facts may sit under such a word too.)
  if (labelled && LEGAL_FORM.test(labelled) && labelled.split(' ').length <= 8 && !isChrome(labelled) && !JOB_WORD.test(labelled.replace(LEGAL_FORM, ''))) offer('facts', labelled);
  // "Acme logo", "Logotipo de Acme": a board's image of the employer's logo, by its alternative text.
  const logo = head.map((l) => /^(.{2,60}?)\s+(?:logo|logotype)$|^(?:logo|logotipo|logotype)\s+(?:de|von|of|van|du|del)\s+(.{2,60})$/iu.exec(l)).find(Boolean);
  offer('logo', (logo?.[1] ?? logo?.[2])?.trim());
  // "Posted 3 days ago by Severnvale Water", "Publiée il y a 2 jours par Acme": the board's byline.
  const byline = head.map((l) => /^(?:posted|published|publiée?|veröffentlicht|publicado|publicada|geplaatst)\b.{0,40}?\s(?:by|par|von|por|door)\s+(\p{Lu}[^·|,]{1,60}?)\s*$/iu.exec(l)).find(Boolean);
  if (byline && !isLinkLabel(byline[1] ?? '')) offer('byline', (byline[1] ?? '').trim());
  // "Vent d'Aisne Services 3,8 ★", "Acme Ltd 4.1 ★": a board's employer line with its rating.
  const rated = head.map((l) => /^(\p{Lu}[^★|·]{1,60}?)\s+\d[.,]\d\s*★$/u.exec(l)).find(Boolean);
  if (rated && !isLinkLabel(rated[1] ?? '')) offer('rating', (rated[1] ?? '').trim());
  // "Priya Nandra | HR Adviser": the signature of the person who forwards a mail names their job, not this one.
  const sender = /^[ \t>]*(?:from|von|de|van)[ \t\u00a0]*:[ \t]*"?([^"<>\n@]{3,60}?)"?[ \t]*(?:<|$)/imu.exec(text.slice(0, 2000))?.[1]?.trim();
  const signature = (l: string): boolean => sender !== undefined && l.startsWith(sender) && /^\s*[|,·–—-]\s/.test(l.slice(sender.length));
  const crumbs = head.map((l) => (signature(l) ? null : readCrumb(l)));
  offer('crumb', crumbs.find((c) => c?.company && !JOB_WORD.test(c.company) && !CHROME.test(c.company))?.company);
  // The line above a board's company box is the company's name, whatever its words.
  const box = head.findIndex(isCompanyBox);
  const boxName = box > 0 && !/\s[·|•–—-]\s/.test(head[box - 1] ?? '') && !isChrome(head[box - 1] ?? '') ? (head[box - 1] ?? '') : null;
  if (boxName && boxName.split(' ').length <= 6 && /^[\p{Lu}\d]/u.test(boxName) && (RATING.test(head[box] ?? '') || companyFromLine(boxName, text)?.strong || text.split(boxName).length > 2)) offer('box', boxName);
  if (!title && h1) {
    title = cleanTitle(h1);
    at = head.findIndex((l) => l === clean(h1));
  }
  if (!title) {
    // A Markdown page's one top heading is its title, job word or not ("# Arquitecto/a Cloud").
    const md = /^#\s+(.+)$/m.exec(text.slice(0, 3000));
    const mdLine = clean(md?.[1] ?? '');
    if (md && (JOB_WORD.test(mdLine) || (!isChrome(mdLine) && classifyHeading(mdLine) === null && mdLine.split(' ').length <= 8 && !namesEmployer(mdLine, text) && (text.match(/^#\s/gm) ?? []).length === 1))) {
      title = cleanTitle(md[1] ?? '');
      at = head.findIndex((l) => cleanTitle(l) === title);
    }
  }
  if (!title) {
    // The first line that names a job; else the first line that is not chrome.
    // "Suche  |  Firmen  |  Lohnrechner  |  Anmelden": a menu line that names no job is no title.
    // "Employeur : Ministère de la Justice", "Organisatie: DJI": a company field's line names the employer, not the job.
    // A long line is no title, unless the long part is dash segments after one ("Conseiller … - SPIP de la Vienne - Antenne de Poitiers").
    // "We're hiring: …", "Buscamos un/a … para el …": a hiring sentence is as long as the job it names.
    const sentence = (l: string): string | null => hiringSentenceTitle(stripGenderEndings(l));
    const words = (l: string): number => (sentence(l) ?? l).split(' ').length;
    const usable = (l: string): boolean => l !== boxName && !isChromeLine(l) && !signature(l) && !(isMenuLine(l, rawLines) && !JOB_WORD.test(l)) && !/^[-•·–]\s/.test(l) && (words(l) <= 12 || (l.split(/\s+[-–—]\s+/)[0] ?? l).split(' ').length <= 10) && !FIELD_COMPANY.test(l) && !notTitleLine(l) && !(classifyHeading(l.replace(/:$/, '')) !== null && !JOB_WORD.test(l)) && !namesEmployer(l, text);
    // A line that a breadcrumb above names as its page is the title ("Ofertas > Obra > Jefe de Obra").
    const crumbPage = crumbs.find((c) => c?.page && JOB_WORD.test(c.page))?.page;
    let i = crumbPage ? head.findIndex((l, k) => crumbs[k] === null && cleanTitle(l) === cleanTitle(crumbPage)) : -1;
    if (i < 0) i = head.findIndex((l) => usable(l) && (JOB_WORD.test(l) || sentence(l) !== null || hasGenderForm(l)));
    // "Offre n° 187QKWB - Chef d'équipe espaces verts (H/F)", "Job ID 48213 – Lift Engineer": a
    // board's reference before the role; the role after it is the title.
    if (i < 0) {
      const r = head.findIndex((l) => LEADING_REF.test(l) && JOB_WORD.test(l.replace(LEADING_REF, '')));
      if (r >= 0) head[r] = (head[r] ?? '').replace(LEADING_REF, '');
      i = r;
    }
    // "Ongediertebestrijder⇥PlaagBeheer Zuid B.V.⇥Eindhoven⇥38 uur": a row of tab-separated fields, the
    // role first and the employer with its legal form after it.
    if (i < 0) {
      const row = rawLines.slice(0, 20).map((r) => r.split('\t').map((x) => clean(x)).filter(Boolean)).find((segs) => segs.length >= 3 && !isChrome(segs[0] ?? '') && (segs[0] ?? '').split(' ').length <= 6 && /^\p{Lu}/u.test(segs[0] ?? '') && segs.slice(1).some((x) => LEGAL_FORM.test(x) && !JOB_WORD.test(x.replace(LEGAL_FORM, ''))));
      if (row) {
        title = cleanTitle(row[0] ?? '');
        offer('row', row.slice(1).find((x) => LEGAL_FORM.test(x)));
      }
    }
    // "Régie des Eaux" over "Offre d'emploi – Technicien·ne d'exploitation": with no line that names a
    // job, a breadcrumb's page that names one is the title.
    if (i < 0 && !title) {
      const page = crumbs.find((c) => c?.page && JOB_WORD.test(c.page))?.page;
      if (page) title = cleanTitle(page);
    }
    if (i < 0 && !title) i = head.findIndex(usable);
    if (i >= 0) {
      // A line the breadcrumb names whole is the title whole ("… > Técnico en Prevención").
      let split = crumbPage && cleanTitle(head[i] ?? '') === cleanTitle(crumbPage) ? { title: head[i] ?? '', company: null } : splitTitleLine(sentence(head[i] ?? '') ?? head[i] ?? '', text);
      // "Softwareentwickler Frontend – Vue.js", "Staff Engineer - Search": a dash suffix belongs
      // to the title when the company is named elsewhere (a field, the next line) or is a tool.
      if (split.company !== null && !split.reversed && /\s[-–—]\s/.test(head[i] ?? '')) {
        const prevLine = head.slice(0, i).reverse().find((l) => !isChrome(l));
        const near = [head[i + 1], prevLine].map((l) => (l ? companyFromLine(l, text) : null));
        const namedNear = near.some((c) => c?.strong && c.name !== split.company);
        if (company !== null || namedNear || canonicalSkill(split.company) !== null) split = { title: head[i] ?? '', company: null };
      }
      title = cleanTitle(unlabelled(split.title, [head[i - 1], head[i + 1], head[i + 2]]));
      offer('titleLine', split.company);
      at = i;
    }
  }
  if (!title) {
    const page = crumbs.find((c) => c?.page && JOB_WORD.test(c.page))?.page;
    if (page) title = cleanTitle(page);
  }
  // "Trabaja con nosotros", "Werken bij ons": the site's careers header, not its owner's name.
  const owner = head.map((l) => (OWNER_PREFIX.exec(l) ? (l.replace(OWNER_PREFIX, '').split(/\s+[|·•/]\s+|\s+[-–—]\s+|\s{3,}/)[0] ?? '').trim() : null)).find((l) => l && !/^(?:nosotros|us|ons|nous|uns)$/iu.test(l));
  if (owner && owner.split(' ').length <= 6) offer('owner', owner);
  // "Clinique vétérinaire des Tilleuls – Rennes Sud – recrute": the employer that says it hires.
  offer('header', head.map(hiringEmployer).find(Boolean));
  offer('menu', menuOwner);
  let weak: string | null = null;
  if (at >= 0) {
    // (A name signed under a closing, "Bien cordialement," over "Maître Anne …", is the sender's.)
    const beforeAt = head.slice(0, at).map((l, k) => (isChrome(l) ? -1 : k)).filter((k) => k >= 0).pop() ?? -1;
    const before = beforeAt >= 0 && !SALUTATION.test(head[beforeAt - 1] ?? '') ? head[beforeAt] : undefined;
    // The line under the title, past a reference or a counter line ("Réf. 1234 · Publiée le…").
    const after = (isLinkLabel(head[at + 1] ?? '') && !companyFromLine(head[at + 1] ?? '', text) ? head[at + 2] : head[at + 1]) ?? '';
    const atLine = /^(?:at|bei|chez)\s+(.+)$/i.exec(after);
    const dot = after.includes(' · ') ? after.split(' · ').map((s) => s.trim()) : null;
    // "Chez Acme (40 personnes, Lille), on édite…": the name, not the paragraph it opens.
    const atName = atLine ? (atLine[1] ?? '').split(/\s*[(,;:]|\s+[-–—]\s+/)[0]?.trim() : undefined;
    if (atName && atName.split(' ').length <= 6) offer('atLine', atName);
    const fromBefore = before && !isMenuLine(before, rawLines) ? companyFromLine(before, text) : null;
    // The line above the title names the company unless it reads as a place.
    // "Almaraz (Cáceres)", "Agen (Lot-et-Garonne)": a town with its province under the title is the place.
    const townLine = /^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}\s*\(\p{Lu}\p{Ll}[\p{L}'’ .-]{1,30}\)$/u.test(after) && !LEGAL_FORM.test(after.replace(/\s*\(.*\)$/, ''));
    const fromAfter = after && !townLine ? companyFromLine(after, text) : null;
    // A name with its legal form right under the title beats a line above it (a board's menu, a
    // search box or an upsell the page carried over the job).
    if (fromAfter?.strong && LEGAL_FORM.test(fromAfter.name) && !(fromBefore && LEGAL_FORM.test(fromBefore.name))) offer('underTitle', fromAfter.name);
    if (fromBefore && !readsAsPlace(fromBefore.name, text)) offer('aboveTitle', fromBefore.name);
    if (fromAfter?.strong) offer('underTitle', fromAfter.name);
    // A career site's header: the employer's name, then its menu ("Jobs", "Über uns", "Stellensuche")
    // and only then the title. A strong name a few lines up is the employer.
    if (!fromBefore) {
      const above = head.slice(Math.max(0, at - 8), at).filter((l) => !isChrome(l) && !isMenuLine(l, rawLines)).reverse().slice(1, 4).map((l) => companyFromLine(l, text));
      const named = above.find((c) => c?.strong && !readsAsPlace(c.name, text) && (LEGAL_FORM.test(c.name) || isProperName(c.name)));
      if (named) offer('header', named.name);
    }
    weak = fromAfter?.name ?? null;
    const locLine = head.slice(at + 1, at + 6).find((l) => l.includes(' · ') || (!isChrome(l) && l !== company && l.split(' ').length <= 4 && !JOB_WORD.test(l)));
    if (locLine) location = (locLine.includes(' · ') ? (locLine.split(' · ')[1] ?? '') : locLine.split(' / ')[0] ?? '').replace(/\s*\(.*\)$/, '').trim() || null;
    if (dot && dot[0] && text.split(dot[0]).length > 2) dotCompany = dot[0];
  }
  if (htmlTitle && title) offer('pageTitle', fromHtmlTitle(htmlTitle, title, h1));
  // An applicant tracking system's footer link: "Acme Home Page".
  offer('homePage', /^(.{2,60}?) Home Page(?:\s+Jobs powered by \w+)?$/m.exec(text)?.[1]?.trim());
  // A saved page's footer (kept out of the text) has the site owner's copyright line too.
  offer('copyright', companyFromCopyright(text) ?? (footer ? companyFromCopyright(footer) : null));
  offer('prose', companyFromProse(text));
  offer('weak', weak);
  offer('dot', dotCompany);
  for (const legal of companiesFromLegalLines(text)) offer('legalLine', legal);
  // "De: Notaría Sáenz de Urturi <empleo@…>": a forwarded mail sent by an office, a firm or a body
  // that the mail names again (a person who forwards it is an addressee).
  const mailFrom = /^[ \t>]*(?:from|von|de|van)[ \t\u00a0]*:[ \t]*"?([^"<>\n]{3,80}?)"?[ \t]*<[^>\n]+>/imu.exec(text.slice(0, 2000))?.[1]?.trim();
  // "Personalabteilung Diakoniewerk Lindenhof", "Recursos Humanos Grupo X": the employer's HR department.
  const mailSender = mailFrom?.replace(SENDER_DEPARTMENT, '');
  if (mailFrom && mailSender && mailSender.length >= 3 && text.split(mailSender).length > 2 && (mailSender !== mailFrom || SENDER_ORG.test(mailSender) || LEGAL_FORM.test(mailSender) || ORG_WORD.test(mailSender))) offer('sender', mailSender);
  // The scored choice among every name the rules saw (a reference number or a town with a mode of
  // work is never the employer).
  company = chooseCompany(candidates, text);
  if (company) company = tidyCompany(company, text, footer);
  // (The sender names the employer too when the chosen name was a link's label or an addressee.)
  if (!company && mailFrom && mailSender && candidates.some((c) => c.source === 'sender')) company = mailSender;
  // A forwarded mail whose body has no line naming a job ("Buenos días," … "Un saludo,") is named
  // by its subject: "Oferta oficial de notaría - Vitoria-Gasteiz", "Vacature notarieel medewerker".
  const subjectTitle = forwardedSubjectTitle(text);
  // A body line the subject names too ("Betreff: Stelle Gruppenleitung Objektschutz") stays the title.
  const inSubject = (t: string): boolean => (SUBJECT.exec(text.slice(0, 2000))?.[1] ?? '').toLowerCase().includes((t.split(/[\s/(]/)[0] ?? t).toLowerCase());
  if (subjectTitle && !ft && !declared?.title && (!title || (!JOB_WORD.test(title) && !inSubject(title)))) title = subjectTitle;
  if (title) title = subjectCasing(title, text);
  if (title) title = mentionCasing(title, text);
  if (title && company) title = dropEmployerSuffix(title, company);
  if (title) title = dropEmployerBusiness(title, company, text);
  if (title) title = dropNonRoleSegments(title, company, text);
  if (title) title = dropPlaceSuffix(title, location, text);
  // "Kundenservice-Mitarbeiter Energie (Remote)" once "– Callcenter Dienstleister" is gone: who may
  // apply or how, now last.
  if (title) title = stripSuffixes(title.replace(APPLY_NOTE, '')).trim() || title;
  return { title: title || null, company: company || null, location };
}

// "Jefe de Cocina – Marea Alta Donostia" at Grupo Marea Alta: a dash segment that opens with the
// employer's name is the employer's site, not a part of the role.
// "Croupier Casino Zeewind" at "Casino Zeewind": the employer's name written straight after the role.
function dropEmployerSuffix(title: string, company: string): string {
  const m = /^(.+?)\s+[-–—|]\s+(.+)$/u.exec(title);
  const core = company.replace(LEGAL_FORM, '').replace(/^(?:grupo|group|groupe|gruppe|groep)\s+/iu, '').trim();
  const head = title.slice(0, title.length - company.length).trim();
  if (company.includes(' ') && title.toLowerCase().endsWith(` ${company.toLowerCase()}`) && /^\p{Lu}\p{L}{3,}/u.test(head) && !LEGAL_FORM.test(title)) return head;
  if (!m || core.length < 3) return title;
  return (m[2] ?? '').toLowerCase().startsWith(core.toLowerCase()) && JOB_WORD.test(m[1] ?? '') ? (m[1] ?? title).trim() : title;
}

// What a mail's subject says before the job: "Oferta", "Offre -", "Vacature", "Stellenangebot:", "Job offer –".
const SUBJECT_VACANCY = /^(?:(?:new|nueva|nouvelle|neue|nieuwe)\s+)?(?:job offer|job opening|job|vacancy|opening|position|oferta(?: de (?:empleo|trabajo))?|vacante|offre(?: d['’]emploi)?|annonce|stellenangebot|stellenanzeige|stellenausschreibung|stelle|vacature(?:tekst)?)(?:\s*[-–—:|]\s*|\s+)/iu;

// "– bitte an Interessenten weitergeben", "- please share", "– merci de diffuser", "- se ruega difusión",
// "– graag doorsturen", "(FYI)": a note asking the reader to pass the post on, after the job.
const PASS_IT_ON = /\s*(?:[-–—|:]\s+|\()(?:(?:please|pls|kindly|bitte|gerne|gern|merci de|svp|s['’]il vous plaît|por favor|se ruega|graag|gelieve|aub|fyi|zur info|pour info|para (?:tu|su) información|ter info)(?![\p{L}])[^-–—|()]{0,60}|[^-–—|()]{0,40}(?<![\p{L}])(?:weitergeben|weiterleiten|verbreiten|diffuser|faire suivre|partager|difundir|compartir|reenviar|difusión|doorsturen|verspreiden|delen|forward|pass on|share|circulate))\s*[!.)]*\s*$/iu;

/**
 * The job a forwarded mail's subject names, without the word for a vacancy before it and a town in
 * a last dash segment after it: null for a mail without a subject.
 * @example forwardedSubjectTitle('Asunto: Oferta oficial de notaría - Vitoria-Gasteiz\n') // 'Oficial de notaría'
 */
function forwardedSubjectTitle(text: string): string | null {
  const subject = SUBJECT.exec(text.slice(0, 2000))?.[1];
  if (!subject) return null;
  let t = cleanTitle(clean(subject).replace(SUBJECT_VACANCY, '').replace(PASS_IT_ON, ''));
  // "Clerc de notaire rédacteur - Toulouse": one to three capitalised words with no job word last.
  const place = /^(.+?)\s+[-–—|]\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u.exec(t);
  if (place && !JOB_WORD.test(place[2] ?? '')) t = place[1] ?? t;
  if (t.length < 4 || t.split(' ').length > 10 || isChrome(t)) return null;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function subjectCasing(title: string, text: string): string {
  if (!/^\p{Lu}{4,}(?:\/\p{Lu}{1,3})?(?:\s|$)/u.test(title)) return title;
  const subject = cleanTitle(SUBJECT.exec(text)?.[1] ?? '');
  if (subject.length < 4 || !/\p{Ll}/u.test(subject)) return title;
  // "TRADE MARK PARALEGAL" under the subject "Trade Mark Paralegal role": the subject opens with the job.
  if (subject.toLowerCase().startsWith(title.toLowerCase()) && /^(?:\s|$)/u.test(subject.slice(title.length))) return subject.slice(0, title.length);
  return stripGenderEndings(title.toLowerCase()).startsWith(subject.toLowerCase()) ? subject : title;
}
