import { classifyHeading } from './sections';

const FIELD_TITLE = /^(?:job title|title|position|position title|role|job|stellentitel|intitulé du poste|puesto|functie)\s*:\s*(.{2,120})$/im;
const FIELD_COMPANY = /^(?:company|employer|organi[sz]ation|hiring organi[sz]ation|agency|company name|unternehmen|arbeitgeber|entreprise|empresa|bedrijf|werkgever)\s*:\s*(.{2,100})$/im;
// Words that name a job, in the five languages: a line with one of them is a title candidate.
const JOB_WORD = /(?<![\p{L}])(manager\p{L}*|\p{L}*manager|engineer\p{L}*|developer|ontwikkelaar|entwickler\p{L}*|\p{L}*entwickler\p{L}*|lead\p{L}*|\p{L}*lead|head|director\p{L}*|directeur|directrice|leiter\p{L}*|\p{L}*leiter\p{L}*|leitung|\p{L}*leider|hoofd|afdelingshoofd|responsable|chef|jefe|jefa|gerente|coordinador\p{L}*|analyst\p{L}*|analista|\p{L}*analist|scientist|consultant|consultor\p{L}*|specialist\p{L}*|buchhalter\p{L}*|comptable|contable|medewerker\p{L}*|marketeer|développeu\p{L}*|desarrollador\p{L}*|ingénieur\p{L}*|ingenier[oa]|vp|officer|designer|accountant|técnic[oa]|devops|staff|principal|senior|medior|junior|nurse|teacher|assistant|technician|coordinator|representative|associate|intern|werkstudent\p{L}*|stagiaire|becario|administrat\p{L}*|recruiter|architect\p{L}*|(?:m\/w\/d|w\/m\/d|h\/f|f\/h))(?![\p{L}])/iu;
const GENDER = /\s*(?:\(\s*(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w\/x|h\/f|f\/h|h\/m|m\/f|f\/m|m\/v\/x|m\/v|v\/m|x\/v\/m|all genders|alle geschlechter|gn\*?)\s*\)|\s[HF]\/[HF]|\s\(?[a-z]{1,2}\/[a-z]{1,2}\/[a-z]{1,2}\)?)\s*$/iu;
// Page chrome around a listing: board names, buttons, counts, dates, cookie notes, breadcrumbs.
const CHROME = new RegExp(
  [
    '^(url|date|datum|fecha|source|quelle)\\s*:', 'cookie', '\\s>\\s', '^(linkedin|indeed|glassdoor|stepstone|welcome to the jungle|greenhouse|lever|workday|ashby|workable|personio|smartrecruiters)$',
    '^(apply|easy apply|apply now|apply for this job|save|jetzt bewerben|bewerben|schnellbewerbung|merken|postuler|candidature simplifiée|postuler à cette offre|sauvegarder|inscribirme|solicitar|solicitud sencilla|guardar|solliciteer nu|solliciteren|eenvoudig solliciteren|opslaan|i\'m interested|share|teilen|partager|compartir|delen)\\b',
    '(out of 5 stars|★)', '^(\\d+\\s*(days?|weeks?|hours?)\\s+ago|posted|reposted|vor \\d|veröffentlicht|erneut|il y a|publiée|republiée|hace \\d|publicada|actualizada|\\d+ dagen|\\d+ weken|geplaatst|opnieuw)',
    '(applicants|bewerbung|bewerber|candidats|candidatures|solicitudes|solicitantes|sollicitanten)', '^(full[- ]time|part[- ]time|permanent|vollzeit|teilzeit|feste anstellung|cdi|cdd|temps plein|jornada completa|contrato indefinido|fulltime|parttime|vast dienstverband)',
    '^(locations|time type|posted on|job requisition id|location|employment type|location type|department|overview|application|description|job description|full job description|about the job|info zum job|à propos de l’offre d’emploi|acerca del empleo|over de vacature|le poste|salaire|promoted|gesponsert)\\b',
    '^(show more|see more|mehr anzeigen|weiterlesen|voir plus|afficher plus|ver más|mostrar más|meer weergeven|lees meer)$', '^r-\\d+$', '^\\d', '^home\\b|^careers?\\b|^jobs?\\b|^karriere\\b|^offres?\\b|^empleos?\\b|^vacatures?\\b',
  ].join('|'),
  'iu',
);

const LEGAL_FORM = /\s(GmbH|AG|SE|KG|SAS|SA|SARL|S\.?L\.?|S\.?A\.?|B\.?V\.?|N\.?V\.?|Ltd\.?|Limited|Inc\.?|LLC|plc|Group|Grupo)$/;

function clean(s: string): string {
  return s.replace(/^#+\s*/, '').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * A title without what boards add: gender markers ("(m/w/d)", "(H/F)"), "(Remote)".
 * @example cleanTitle('Data Analyst (m/w/d)') // 'Data Analyst'
 */
export function cleanTitle(t: string): string {
  return clean(t).replace(GENDER, '').replace(/\s*\((remote|hybrid|on-?site|hybride|híbrido|télétravail)\)\s*$/iu, '').trim();
}

function isChrome(line: string): boolean {
  return CHROME.test(line) || line.length > 120 || /[.!?]$/.test(line) && line.split(' ').length > 6;
}

/** Split "Title - Company", "Title at Company", "Title | Company". */
function splitTitleLine(line: string, text: string): { title: string; company: string | null } {
  const m = /^(.+?)\s+(at|@|bei|chez|en|bij|-|–|—|\|)\s+(.+)$/.exec(line);
  if (!m || !JOB_WORD.test(m[1] ?? '')) return { title: line, company: null };
  const right = clean(m[3] ?? '');
  // "Tech Lead - Payments" names a team; "Analyst - Acme" names a company the text names again.
  if (/^[-–—|]$/.test(m[2] ?? '') && !LEGAL_FORM.test(right) && text.split(right).length < 3) return { title: line, company: null };
  if (JOB_WORD.test(right) || /^(remote|hybrid|on-?site|full[- ]time|part[- ]time)/i.test(right)) return { title: line, company: null };
  return { title: clean(m[1] ?? ''), company: right.replace(/\s*\(.*\)\s*$/, '') || null };
}

export interface ListingMeta {
  title: string | null;
  company: string | null;
  location: string | null;
}

function fromHtmlTitle(htmlTitle: string, title: string): string | null {
  const t = htmlTitle.replace(/\s*[|–-]\s*(linkedin|indeed(\.com)?|glassdoor|stepstone|smartrecruiters)\s*$/i, '');
  const pats = [/^Job Application for .+ at (.+)$/, /(?:^| )(?:at|bei|chez) ([^|–]+?)(?:\s*[|–-]|$)/, /^(.+?) - .+$/, /@ (.+)$/, /\| Jobs bei (.+)$/, /– Careers – (.+)$/];
  for (const p of pats) {
    const m = p.exec(t);
    const c = m?.[1]?.trim();
    if (c && !JOB_WORD.test(c) && c !== title && c.length < 60) return c;
  }
  return null;
}

/**
 * Title, company and location of a listing, read past the page chrome (URL and date lines,
 * breadcrumbs, the board's name, buttons, counts): from labelled fields, the HTML heading, a
 * Markdown heading or the first line that names a job; the company from the lines around it, the
 * page title, a copyright line or the listing's own "About …"/"… is a" sentences.
 * @example titleAndCompany('URL: https://x.io/j/1\nData Analyst (m/w/d)\nAcme GmbH\nBerlin\nWir suchen…', null).title // 'Data Analyst'
 */
export function titleAndCompany(text: string, htmlTitle: string | null, h1: string | null = null): ListingMeta {
  const lines = text.split('\n').map(clean).filter(Boolean);
  const head = lines.slice(0, 16);
  let title: string | null = null;
  let company: string | null = null;
  let location: string | null = null;
  let at = -1;
  let dotCompany: string | null = null;
  const ft = FIELD_TITLE.exec(text);
  if (ft) title = cleanTitle(ft[1] ?? '');
  const fc = FIELD_COMPANY.exec(text);
  if (fc) company = clean(fc[1] ?? '');
  if (!title && h1) {
    title = cleanTitle(h1);
    at = head.findIndex((l) => l === clean(h1));
  }
  if (!title) {
    const md = /^#\s+(.+)$/m.exec(text.slice(0, 3000));
    if (md && JOB_WORD.test(md[1] ?? '')) {
      title = cleanTitle(md[1] ?? '');
      at = head.findIndex((l) => cleanTitle(l) === title);
    }
  }
  if (!title) {
    // The first line that names a job; else the first line that is not chrome.
    const usable = (l: string): boolean => !isChrome(l) && l.split(' ').length <= 12 && !(classifyHeading(l.replace(/:$/, '')) !== null && !JOB_WORD.test(l));
    let i = head.findIndex((l) => usable(l) && JOB_WORD.test(l));
    if (i < 0) i = head.findIndex(usable);
    if (i >= 0) {
      const split = splitTitleLine(head[i] ?? '', text);
      title = cleanTitle(split.title);
      company ??= split.company;
      at = i;
    }
  }
  if (at >= 0) {
    const before = head.slice(0, at).reverse().find((l) => !isChrome(l));
    const after = head[at + 1] ?? '';
    const atLine = /^(?:at|bei|chez)\s+(.+)$/i.exec(after);
    const dot = after.includes(' · ') ? after.split(' · ').map((s) => s.trim()) : null;
    if (!company && atLine) company = atLine[1] ?? null;
    if (!company && before && !isChrome(before) && !JOB_WORD.test(before) && before.split(' ').length <= 6) company = before;
    if (!company && after && !dot && !isChrome(after) && !JOB_WORD.test(after) && after.split(' ').length <= 6 && (LEGAL_FORM.test(after) || text.includes(after, text.indexOf(after) + after.length))) company = after;
    const locLine = head.slice(at + 1, at + 6).find((l) => l.includes(' · ') || (!isChrome(l) && l !== company && l.split(' ').length <= 4 && !JOB_WORD.test(l)));
    if (locLine) location = (locLine.includes(' · ') ? (locLine.split(' · ')[1] ?? '') : locLine.split(' / ')[0] ?? '').replace(/\s*\(.*\)$/, '').trim() || null;
    if (dot && dot[0] && text.split(dot[0]).length > 2) dotCompany = dot[0];
  }
  if (!company && htmlTitle && title) company = fromHtmlTitle(htmlTitle, title);
  if (!company) {
    const copy = /©\s*\d{4}\s+([^\n|·]{2,60})/.exec(text);
    if (copy) company = copy[1]?.trim() ?? null;
  }
  if (!company) {
    const about = /^(?:#+\s*)?(?:about|über|à propos de|acerca de|sobre|over)\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s*:?\s*$/mu.exec(text);
    const intro = /(?:^|[.!?]\s+|\n)(?:Die |Der |Das |At |Bei |Chez |En |Join |Rejoignez |Únete a |Kom werken bij |Wir sind |Nous sommes |Somos |Wij zijn |We are )?(\p{Lu}[\p{L}\d&.'’-]+(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\d&.'’-]+){0,3}),?[ \t]+(?:is|are|ist|est|es|—|–|:)[ \t]/u.exec(text);
    const pick = (about?.[1] ?? null) || (intro?.[1] ?? null);
    if (pick && !/^(We|Our|The|This|You|Your|It|They|Us|Wir|Nous|Somos|Wij|Das|Die|Der|Ce|Le|La|El|Het)$/i.test(pick)) company = pick;
  }
  company ??= dotCompany;
  return { title: title || null, company: company || null, location };
}
