import { canonicalSkill } from '../taxonomy/matcher';
import { classifyHeading } from './sections';
import { isNavLine, readCrumb, siteMenu, unwrapLinks } from './layout';
import { SIMILAR_JOBS, isLinkLabel } from './chrome';
import { JOB_WORD, stripGenderForms, stripPlaceTail } from './title-shape';
import { escapeRegExp } from '../regexp';

const FIELD_TITLE = /^[*_]*(?:job title|title|position|position title|role|job|vacancy|stellentitel|intitulé du poste|poste|puesto|functie|functietitel|vacature)[*_]*\s*:[*_]*\s*(.{2,120})$/im;
const FIELD_COMPANY = /^[*_]*(?:firma|société|company|employer|organi[sz]ation|hiring organi[sz]ation|agency|company name|unternehmen|arbeitgeber|entreprise|empresa|bedrijf|werkgever)[*_]*\s*:[*_]*\s*(.{2,100})$/im;
const GENDER = /\s*(?:\(\s*(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w\/x|h\/f|f\/h|h\/m|m\/f|f\/m|m\/v\/x|m\/v|v\/m|x\/v\/m|all genders|alle geschlechter|gn\*?)\s*\)|\s[HF]\/[HF]|\s\(?[a-z]{1,2}\/[a-z]{1,2}\/[a-z]{1,2}\)?)\s*$/iu;
// "Key Account Manager (m/w/d) Lebensmitteleinzelhandel": the marker sits inside the title.
const GENDER_INSIDE = /\s*\(\s*(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w\/x|h\/f|f\/h|m\/v\/x|all genders|alle geschlechter)\s*\)\s*(?=\S)/giu;
// "Praxismanager (m/w/d) für moderne Zahnarztpraxis in Freiburg": after the marker, a phrase that opens
// with a preposition says for whom or where, not what the job is.
const GENDER_THEN_FOR = new RegExp(`${GENDER_INSIDE.source.replace(/\(\?=\\S\)$/, '')}(?:für|pour|for|voor|para|bei)\\s.*$`, 'iu');
// "(CDD 6 mois)", "(befristet)", "(6 month contract)": the contract, not the job.
const CONTRACT_NOTE = /\s*\((?:[^()]*\b(?:cdd|cdi|contract|contrat|befristet|unbefristet|contrato|temporal|interim|freelance|fixed[- ]term)\b[^()]*|\d+\s*(?:months?|mois|monate|meses|maanden))\)\s*$/iu;
// "(Grade 7)", "(E13 TV-L)", "(A11)", "(Band 6)", "(schaal 10)": the pay grade, not the job.
const PAY_GRADE = /\s*\((?:(?:grade|band|scale|schaal|salary band|pay band|pay grade|entgeltgruppe|besoldungsgruppe|groupe|grupo|nivel|niveau|categoría|catégorie)\s*[\p{L}\d.+-]{1,6}|(?:E|EG|A|W|TV|S)\s?\d{1,2}[a-z]?)(?:\s*[,/]?\s*(?:TV-?L|TVöD|TV-?H|AVR|BAT|AfC|NHS AfC))?\s*\)\s*$/iu;
// Page chrome around a listing: board names, buttons, counts, dates, cookie notes, breadcrumbs.
const CHROME = new RegExp(
  [
    '^(url|date|datum|fecha|source|quelle)\\s*:',
    // A careers site's link back to its list: "Alle Stellen", "All roles", "Toutes nos offres".
    '^(?:alle (?:stellen(?:angebote)?|jobs|vacatures)|all (?:jobs|roles|vacancies|openings|positions)|toutes (?:les|nos) offres|todas las (?:ofertas|vacantes))$',
    // A forwarded e-mail's header: "Subject: …", "Asunto: …", "Von: …", "---------- Forwarded message ---------".
    '^(?:subject|betreff|asunto|objet|sujet|onderwerp|from|von|van|de|to|an|aan|para|pour|à|cc|sent|gesendet|envoyé|enviado|verzonden|fwd?|wg|tr|rv)\\s*:', '^-{2,}\\s*[\\p{L} ]+?\\s*-{2,}$',
    // The careers site's banner: "Werken voor Acme", "Karriere bei Acme", "Travailler chez Acme".
    '^(?:werken (?:bij|voor)|karriere bei|arbeiten bei|travailler chez|trabaja (?:en|con)|careers at|working at)\\s+\\p{Lu}', 'cookie', '\\s[>›»]\\s', '^(linkedin|indeed|glassdoor|stepstone|welcome to the jungle|greenhouse|lever|workday|ashby|workable|personio|smartrecruiters|xing|infojobs|tecnoempleo|nationale vacaturebank|monster|recruitee|hellowork|apec|jobteaser|intermediair|werkzoeken(?:\\.nl)?|werk\\.nl|jobat|softgarden|cadremploi|jobijoba|computrabajo|infoempleo|totaljobs|reed|cv-library|dice|ziprecruiter|wellfound|otta|jobs\\.ch|karriere\\.at|meinestadt|kimeta|indeed\\.com|monster\\.de|glassdoor\\.com|join)(?:\\s+\\p{L}+)?$',
    '^(apply|easy apply|apply now|apply for this job|save|jetzt bewerben|bewerben|schnellbewerbung|merken|postuler|candidature simplifiée|postuler à cette offre|sauvegarder|inscribirme|solicitar|solicitud sencilla|guardar|solliciteer nu|solliciteren|eenvoudig solliciteren|opslaan|i\'m interested|share|teilen|partager|compartir|delen)\\b',
    '(out of 5 stars|★)', '^(vdab|le forem|actiris|france travail|pôle emploi|bundesagentur für arbeit|jobbörse|sepe|nhs jobs|jobs\\.ac\\.uk|adzuna|jooble|talent\\.com|jobted|caterer|hosco)$', '\\s[-–|]\\s*(werken bij|careers?|karriere|jobs|vacatures|carrières|empleo|trabaja con nosotros)$', '^(search|find|suche|finden|rechercher|trouver|buscar|encontrar|zoek|vind)\\b.{0,20}\\b(jobs?|roles|vacancies|stellen|offres|empleos?|ofertas|vacatures)$', '^(?:passer au contenu(?: principal)?|aller au contenu(?: principal)?|direkt zum (?:haupt)?inhalt|zum (?:haupt)?inhalt springen|ir al contenido(?: principal)?|saltar al contenido(?: principal)?|naar (?:de )?(?:hoofd)?(?:content|inhoud)(?: gaan)?|ga naar (?:de )?(?:hoofd)?(?:content|inhoud))$', '^(skip to (main )?content|sign in|sign up|log ?in|anmelden|registrieren|se connecter|connexion|s\'inscrire|iniciar sesión|acceder|inloggen|aanmelden)$', '^(\\d+\\s*(days?|weeks?|hours?)\\s+ago|posted|reposted|vor \\d|veröffentlicht|erneut|il y a|publiée|republiée|hace \\d|publicada|actualizada|\\d+ dagen|\\d+ weken|geplaatst|opnieuw)',
    '(applicants|bewerbung|bewerber|candidats|candidatures|solicitudes|solicitantes|sollicitanten)', '^(full[- ]time|part[- ]time|permanent|vollzeit|teilzeit|feste anstellung|cdi|cdd|temps plein|jornada completa|contrato indefinido|fulltime|parttime|vast dienstverband)',
    '^(locations|time type|posted on|job requisition id|location|employment type|location type|department|overview|application|description|job description|full job description|about the job|info zum job|à propos de l’offre d’emploi|acerca del empleo|over de vacature|le poste|salaire|promoted|gesponsert)\\b',
    // A forwarding note to the reader: "Hoi Joost, is dit niet iets voor jou?", "Hello Priya!".
    '^(?:hoi|hi|hallo|hello|hey|dear|beste|liebe|lieber|bonjour|salut|coucou|hola|querid[oa]|ciao)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s*[,!]',
    '^(?:vacancy|job|position|role|offer|stellen|job-?|offre|poste|oferta|puesto|vacature|functie)\\s*(?:details|detail|beschreibung|informationen|détails|detalles|informatie|omschrijving)$', '^(?:détails|detalles|details) (?:de l[\'’]offre|du poste|de la oferta|del puesto|van de vacature)$',
    '^(?:search|zoeken|zoek|suche|suchen|rechercher|recherche|buscar|búsqueda|what|was|quoi|qué|wat)\\s*:.{0,80}\\s(?:where|wo|où|dónde|waar|locatie|location|ort|lieu|ubicación|plaats)\\s*:',
    '^(?:job alerts?|set (?:a )?(?:job )?alert|jobalarm|job-alarm|jobagent|vacaturemelding(?: instellen)?|alerte(?:s)? (?:emploi|e-mail)|créer une alerte|alerta de empleo|crear (?:una )?alerta)\\b',
    '^(show more|see more|mehr anzeigen|weiterlesen|voir plus|afficher plus|ver más|mostrar más|meer weergeven|lees meer)$', '^r-\\d+$', '^\\d', '(?:^|\\s)(?:logo|logotipo|logotype)$', '^(?:logo|logotipo|logotype)\\s+(?:de|von|of|van|du|del)\\s', '^(?:search|suche|suchen|rechercher|recherche|buscar|búsqueda|zoeken|zoek)$', '^(?:search (?:this|the) (?:site|website)|(?:diese )?(?:seite|website) durchsuchen|rechercher sur (?:le|ce) site|buscar en (?:el|este) sitio|zoeken op (?:de|deze) (?:site|website))$', '^(?:[a-z]{2}\\s*[|/·]\\s*)+[a-z]{2}$', '^(?:en|de|fr|es|nl|it|pt)$', '^(?:jobsuche|jobbörse|stellenbörse) der (?:bundesagentur|agentur) für arbeit$', '^info over de vacature$', '^home\\b|^careers?\\b|^jobs?\\b|^karriere\\b|^offres?\\b|^empleos?\\b|^vacatures?\\b',
  ].join('|'),
  'iu',
);

const LEGAL_FORM = /\s(S\.?A\.? de C\.?V\.?|S\.A\.S\.?|PartG mbB|mbB|S\. de R\.L\.(?: de C\.V\.)?|GmbH & Co\. KG|GmbH|AG|SE|KG|eG|e\.V\.|UG|gGmbH|SAS|SA|SARL|S\.?R\.?L\.?|S\.p\.A\.|S\.?L\.?[PU]\.?|S\.?L\.?|S\.?A\.?|B\.?V\.?|N\.?V\.?|U\.A\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|Co\.|Corp\.?|Corporation|Group|Grupo|Groupe)$/;
// Site navigation that a saved page runs into the company's name ("Acme Karriere Kontakt").
const NAV_TAIL = /(?:\s+(?:karriere|kontakt|careers?|jobs|blog|about(?: us)?|contact|home|über uns|produkte|products|solutions|carrières|accueil|contacto|vacatures|werken bij|over ons|news|press|stellenangebote|offres|empleos)){2,}$/iu;

// Suffixes that are not the role, after a dash, a comma or in brackets: the contract ("– Vollzeit",
// "- CDI", "(indefinido)"), the hours ("(32-40 uur)", "38,5 Std."), the shift pattern
// ("(ploegendienst)", "Schichtdienst") or the place ("- Ciudad de México", "(Remote)").
const SHIFT_OR_HOURS = [
  'ploegendienst', 'schichtdienst', 'schichtarbeit', '\\d-schicht(?:system|betrieb)?', 'nachtdienst', 'nachtschicht', 'travail posté', 'turnos rotativos', 'turno de noche', 'night shift', 'rotating shifts',
  '\\d+(?:[,.]\\d+)?\\s*(?:(?:-|–|tot|bis|à|a|to)\\s*\\d+(?:[,.]\\d+)?\\s*)?(?:uur|std\\.?|stunden|heures|horas|hours|hrs|fte|h(?![\\p{L}]))\\.?(?:\\s*(?:per week|p\\.?w\\.?|pro woche|/\\s*(?:week|woche|semaine|semana)|par semaine|por semana))?',
  // The workload in per cent, as Swiss boards write it: "80–100%", "60 - 80 %", "100%".
  '\\d{2,3}\\s*(?:%\\s*)?(?:[-–]|bis|à|a|tot)\\s*\\d{2,3}\\s*%|\\d{2,3}\\s*%',
  // "in Vollzeit": the default hours, said of any role ("in Teilzeit" is kept: it is the kind of job).
  'in vollzeit',
].join('|');
const CONTRACT_OR_PLACE = [
  'vollzeit', 'teilzeit', 'voll- oder teilzeit', 'vollzeit oder teilzeit', 'auch in (?:teil|voll)zeit', '(?:in )?(?:teil|voll)zeit möglich', 'festanstellung', 'unbefristet', 'befristet', 'cdi', 'cdd', 'temps plein', 'temps partiel',
  'indefinido', 'contrato indefinido', 'jornada completa', 'media jornada', 'vast contract', 'vaste baan', 'vast dienstverband', 'fulltime', 'parttime', 'full[- ]time', 'part[- ]time',
  'permanent', 'fixed[- ]term', 'temporary', 'tijdelijk', 'interim', 'freelance', 'minijob', '(?:100\\s*%\\s*|full[- ]?|fully\\s+|volledig\\s+|totalmente\\s+|en\\s+)?remote', '(?:100\\s*%\\s*)?(?:télétravail|teletrabajo|thuiswerken|home-?office)', 'hybrid', 'hybride', 'híbrido', 'remoto', 'télétravail', 'on-?site', 'presencial',
  'en équipes?', 'turnos?', 'nights?', 'days', 'evenings?', 'weekends?', 'nachts?', 'nachtdienst(?:en)?', 'avonddienst(?:en)?', '\\d-ploegen(?:dienst|systeem)?', '(?:de|en) nuit', 'de noche', 'turno (?:de )?(?:noche|nocturno|mañana|tarde|diurno|partido)', '(?:dag|nacht|avond|weekend|vroege|late)dienst(?:en)?', '(?:day|night|early|late|evening) shifts?', '(?:poste|équipe) de (?:nuit|jour|matin)', '\\dx8', 'en \\dx8', '(?:früh|spät|wechsel|nacht)schicht', '\\d-schicht(?:system|betrieb)?', 'shift work', '\\p{L}+schicht(?:betrieb|system|dienst|modell)?', '(?:ciudad|city|ville|stadt|stad|región|region|provincia|comunidad) de [\\p{L} ]+', '(?:ciudad|city|ville|stadt) [\\p{L} ]+',
  // A sales region: "– Region Süd", "– Zona Levante", "- Secteur Ouest", "– Regio Noord".
  '(?:region|región|regio|zona|zone|secteur|gebiet|vertriebsgebiet|territory|territoire|territorio) [\\p{L} -]+',
  // A French town with its département: "Agen (47)", "Vannes (56)".
  "\\p{Lu}[\\p{L}'-]+(?:[ -]\\p{Lu}[\\p{L}'-]+){0,2}\\s*\\(\\d{2,3}\\)",
  SHIFT_OR_HOURS,
].join('|');
// After a dash, a comma or in brackets, any of them; after a plain space only hours and shifts
// ("Produktionshelfer Schichtdienst"), since "Head of Remote" is a role.
const TITLE_SUFFIX = new RegExp(
  `(?:(?:\\s+[-–—|]\\s+|,\\s*|\\s*\\(\\s*)(?:${CONTRACT_OR_PLACE})(?:(?:\\s*[,/]\\s*|\\s+(?=(?:temps|tiempo|jornada|full|part|voll|teil)))(?:${CONTRACT_OR_PLACE}|\\p{Lu}{2,3}(?=\\s*\\)?\\s*$)))*(?:\\s+(?:möglich|possible|posible|mogelijk|optional|available|bespreekbaar|negociable))?|\\s+(?:${SHIFT_OR_HOURS}))\\s*\\)?\\s*$`,
  'iu',
);

const SUFFIX_ONLY = new RegExp(`^(?:${CONTRACT_OR_PLACE})$`, 'iu');

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

function clean(s: string): string {
  // "Referent*in", "Leiter_in": a gender form, kept (as "Leiter:in") for stripGenderForms, not Markdown.
  // "> Northern Sinfonia Trust — Orchestra Manager": a quoted line of a forwarded mail is the listing's.
  return s.replace(/(?<=\p{Ll}{2})[*_](?=in(?:nen)?(?![\p{L}]))/gu, ':').replace(/^(?:>[ \t]*)+/, '').replace(/^#+\s*/, '').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * A title without what boards add: gender markers ("(m/w/d)", "(H/F)"), "(Remote)".
 * @example cleanTitle('Data Analyst (m/w/d)') // 'Data Analyst'
 */
export function cleanTitle(t: string): string {
  const t0 = stripGenderForms(clean(t))
    .replace(GENDER_THEN_FOR, '')
    .replace(GENDER_INSIDE, ' ')
    .replace(GENDER, '')
    .replace(/\s*\((remote|hybrid|on-?site|hybride|híbrido|télétravail)\)\s*$/iu, '')
    .replace(CONTRACT_NOTE, '')
    .replace(PAY_GRADE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return stripSuffixes(stripPlaceTail(t0.replace(LEADING_CONTRACT, '')));
}

// "Stage - Assistant chef de projet", "Praktikum – Marketing Manager", "CDD : Comptable": a contract
// type before the role.
const LEADING_CONTRACT = /^(?:stage|alternance|apprentissage|cdi|cdd|intérim|internship|intern|praktikum|werkstudent(?:in)?|ausbildung|minijob|prácticas|becario|beca|stage|bijbaan|traineeship|freelance|interim|temporary|fixed[- ]term)\s*[-–—:|]\s+(?=\p{L})/iu;

function stripSuffixes(title: string): string {
  let t = title;
  for (let i = 0; i < 3; i++) {
    const m = TITLE_SUFFIX.exec(t);
    // Keep a title that would be nothing but the suffix ("Teilzeit", "Remote").
    if (!m || m.index < 2) break;
    t = t.slice(0, m.index).trim();
  }
  return t;
}

// A site's menu pasted one entry a line ("StepStone / Jobs / Gehaltsplaner / Anmelden / Merkliste"):
// a block of five lines or more between blank lines, each of three words at most, most of them
// chrome or navigation words. Every line of it is chrome, whatever its words.
function menuRuns(raw: string[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && (raw[i] ?? '').trim() !== '') continue;
    const block = raw.slice(start, i).map((l) => clean(unwrapLinks(l)));
    const short = block.every((l) => l.split(' ').length <= 3);
    // Navigation words and link labels only: a job's facts ("Fulltime", "posted on") are no menu.
    const chrome = block.filter((l) => isLinkLabel(l) || l.toLowerCase().split(/[\s()]+/).filter(Boolean).every((w) => isNavLine(`${w} ${w}`) || /^\d+$/.test(w))).length;
    if (block.length >= 5 && short && chrome / block.length >= 0.6) for (let k = start; k < i; k++) out.add(k);
    start = i + 1;
  }
  return out;
}

// "Connexion   Employeurs / Publier une annonce", "Ofertas | Empresas | Salarios | Área candidato":
// a line of links apart by wide gaps, bars or slashes, one of them chrome, is a menu.
function isMenuLine(line: string, rawLines: string[]): boolean {
  const raw = rawLines.find((r) => clean(unwrapLinks(r)) === line) ?? line;
  const segs = raw.split(/\s{3,}|\t|\s+[|/]\s+/).map((x) => clean(x)).filter(Boolean);
  return segs.length >= 2 && segs.some((x) => isChrome(x) || isLinkLabel(x));
}

// "Brewing Co.", "25-30 Std.": a dot that ends an abbreviation does not make a line a sentence.
const ABBREVIATION_END = /(?:[\s.]\p{Lu}\p{Ll}{0,2}|\d\s*(?:std|hrs|h))\.$/u;

function isChrome(line: string): boolean {
  return CHROME.test(line) || isNavLine(line) || isLinkLabel(line) || line.length > 120 || (/[.!?]$/.test(line) && line.split(' ').length > 6 && !ABBREVIATION_END.test(line)) || (/\p{Ll}{3}\.$/u.test(line) && line.split(' ').length >= 3) || readCrumb(line) !== null;
}

// A line the listing goes on to use as the subject of a sentence about the employer ("Tillerman
// Architects is a 35-person practice", "Acme GmbH ist", "Acme aide…"), or one with a legal form,
// names the company, even when one of its words is a job's ("Architects").
const EMPLOYER_VERB = String.raw`(?:is|are|has|helps|builds|makes|runs|ist|sind|hat|hilft|baut|entwickelt|est|a|aide|édite|conçoit|es|ayuda|tiene|desarrolla|is een|heeft|helpt|bouwt|maakt)`;

function namesEmployer(line: string, text: string): boolean {
  if (LEGAL_FORM.test(line) && !JOB_WORD.test(line.replace(LEGAL_FORM, ''))) return true;
  if (line.split(' ').length > 5 || /[.!?:]$/.test(line)) return false;
  // "Pollard Quay Architects" over "Pollard Quay is a practice…": the name without its trade word.
  const words = line.split(' ');
  // "Ashworth & Pell Funeral Directors" over "Ashworth & Pell has cared…": two trade words off.
  const names = words.length >= 3 && /^\p{Lu}/u.test(words[words.length - 1] ?? '') ? [line, words.slice(0, -1).join(' '), ...(words.length >= 4 && /^\p{Lu}/u.test(words[words.length - 2] ?? '') ? [words.slice(0, -2).join(' ')] : [])] : [line];
  return names.some((n) => new RegExp(`(?:^|[.!?]\\s+|\\n)${escapeRegExp(n)},?\\s+${EMPLOYER_VERB}\\s`, 'u').test(text));
}

// "Hoi Joost", "Hello Priya": a note's greeting names the reader, not the employer.
const GREETING = /^(?:hoi|hi|hallo|hello|hey|dear|beste|liebe|lieber|bonjour|salut|coucou|hola|querid[oa]|ciao)\s/iu;

/** Split "Title - Company", "Title at Company", "Title | Company". */
function splitTitleLine(line: string, text: string): { title: string; company: string | null; reversed?: boolean } {
  const m = /^(.+?)\s+(at|@|bei|chez|en|bij|-|–|—|\|)\s+(.+)$/.exec(line);
  if (m && /^[-–—|]$/.test(m[2] ?? '') && !JOB_WORD.test(m[1] ?? '') && JOB_WORD.test(m[3] ?? '')) {
    // "Northern Sinfonia Trust — Orchestra Manager", "Pompes Funèbres Roumier – Conseiller funéraire, CDI":
    // the employer first, when the listing names it again (or with its legal form) and it is no tool.
    const left = clean(m[1] ?? '');
    if (/^\p{Lu}/u.test(left) && !LEADING_CONTRACT.test(line) && left.split(' ').length <= 6 && canonicalSkill(left) === null && !isChrome(left) && (LEGAL_FORM.test(left) || text.split(left).length > 2 || isProperName(left) || ORG_WORD.test(left))) return { title: clean(m[3] ?? ''), company: left, reversed: true };
  }
  if (!m || !JOB_WORD.test(m[1] ?? '')) return { title: line, company: null };
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
    if (before.length > 0 && before.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:Our|The|This|Your|At|In|Unser\p{L}*|Die|Der|Das|Bei|Im|Notre|Nos|Le|La|Les|Chez|Nuestr\p{L}*|El|Los|Las|En|Onze|Ons|Het|De|Bij)$/u.test(w))) return { title: line, company: null };
  }
  // "Nurse Specialist - Tissue Viability" beside "our Tissue Viability Service", "Frozen & Chilled
  // team": a name the listing goes on to call a team, a service or a department is the role's field.
  if (/^[-–—|]$/.test(m[2] ?? '') && new RegExp(`${escapeRegExp(right)}(?:[ \\t]+[&\\p{L}]+){0,2}[ \\t]+(?:team|squad|service|department|unit|ward|division|abteilung|bereich|équipe|servicio|departamento|área|afdeling)(?![\\p{L}])`, 'iu').test(text)) return { title: line, company: null };
  // "Fleet Supervisor - Nights", "Delegado – Zona Norte": a shift, a contract or a region is no company.
  if (JOB_WORD.test(right) || /^(remote|hybrid|on-?site|full[- ]time|part[- ]time)/i.test(right) || SUFFIX_ONLY.test(right)) return { title: line, company: null };
  return { title: clean(m[1] ?? ''), company: right.replace(/\s*\(.*\)\s*$/, '') || null };
}

// Words that say where or how the work is done, or the contract: a line of them is not a company.
const NOT_COMPANY = /^(all jobs|alle jobs|toutes les offres|todas las ofertas|alle vacatures|open roles|remote|hybrid|on-?site|in office|hybride|híbrido|télétravail|teletrabajo|remoto|thuiswerken|homeoffice|vor ort|full[- ]?time|part[- ]?time|vollzeit|teilzeit|temps plein|jornada|voltijd|permanent|cdi|cdd|empleo|jobs?|careers?|karriere|vacatures?|offres?)\b/iu;
// "Werken bij Acme", "Careers at Acme": the page's owner.
// "All jobs from Acme", "Alle Jobs von Acme": a board's link to the employer's other ads names it.
const OWNER_PREFIX = /^(?:werken (?:bij|voor)|carrière (?:bij|chez)|carreras? en|jobs (?:at|bei)|careers? at|karriere bei|jobs bei|carrières chez|emplois chez|trabaja (?:en|con)|empleo en|vacatures bij|all (?:jobs|openings|roles) (?:at|from|by)|alle (?:jobs|stellen|stellenangebote) (?:von|bei)|toutes les offres (?:de|d['’]|chez)|todas las ofertas de|más ofertas de|alle vacatures (?:van|bij))\s*/iu;
// Words before a place name ("our Leipzig office", "Standort Leipzig", "basée à Lille").
const PLACE_BEFORE = /(?:\b(?:in|near|from|based in|located in|office in|offices in|Standort|Standorten|im|am|aus|nach|à|en|te|naar|op|vanuit|hub in|oficinas? de|sede de|bureaux? de|site de|région de|kantoor in)|unserem Standort|notre site de|\b(?:in|at) our|\b(?:arbeitsort|location|standort|lieu|ubicación|locatie|ort)\s*:)\s+$/iu;

// A public body's or a charity's name: "Northaven Borough Council", "Northern Sinfonia Trust".
const ORG_WORD = /^\p{Lu}[^,]{2,60}\s(?:Council|Trust|Authority|University|College|Foundation|Society|Association)$/u;

/** Whether every other mention of a name reads as a place ("Präsenz am Standort Leipzig"). */
// For a name of two words or more, only words that cannot precede a company ("en Acme Foods" can).
const PLACE_BEFORE_STRONG = /(?:\b(?:based in|located in|office in|offices in|Standort|Standorten|oficinas? de|sede de|bureaux? de|site de|région de|kantoor in))\s+$/iu;

function readsAsPlace(name: string, text: string): boolean {
  const before = name.includes(' ') ? PLACE_BEFORE_STRONG : PLACE_BEFORE;
  let mentions = 0;
  let asPlace = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    mentions++;
    if (before.test(text.slice(Math.max(0, i - 24), i))) asPlace++;
  }
  return mentions > 1 && asPlace === mentions - 1;
}

/**
 * The company on a line next to the title: "Acme GmbH · Berlin", "Acme - Lille", "at Acme",
 * "**Acme** — Leipzig — Remote", or a bare "Acme Foods". Strong when a legal form, a name of two
 * words or more, or a name the listing uses again (not as a place) says so; weak otherwise (a
 * single word may be a city: "Leipzig · Finance"), and then other clues come first. A line with a
 * comma ("Columbus, OH") is a place.
 */
function companyFromLine(line: string, text: string): { name: string; strong: boolean } | null {
  // "Soundwell Hearing Centres 3.6 ★": a board's rating after the name.
  let raw = clean(line).replace(/^(?:at|bei|chez|@)\s+/i, '').replace(OWNER_PREFIX, '').replace(/\s+\d[.,]\d\s*★$/u, '');
  // "Zahnärzte am Schwabentor – Dr. Lena Kaltenbach & Kollegen": the partners are a part of the name.
  const partners = /^(\p{Lu}[^–—|·]{2,60}?)\s+[–—-]\s+((?:Dr\.|Prof\.|Me|Mr|Dres\.)?[^–—|·]{2,50}?&\s*(?:Kollegen|Kolleginnen|Partner(?:in|innen|s)?|Associates|associés|asociados|Söhne|Sons|Co\.?))$/u.exec(raw);
  if (partners) return { name: raw, strong: true };
  const navLess = raw.replace(NAV_TAIL, '');
  if (navLess !== raw && navLess.length >= 2 && !/\s[·|•/–—-]\s/.test(raw)) raw = navLess;
  // "Acme Maschinenbau GmbH, Bielefeld": a legal form before the comma ends the name ("Acme
  // Software, Inc." keeps its legal form after the comma, below).
  const comma = /^([^,]+),\s*(.+)$/.exec(raw);
  if (comma && LEGAL_FORM.test(comma[1] ?? '')) return { name: (comma[1] ?? '').trim(), strong: true };
  // "Northaven Borough Council, Central Library, Market Square": a public body's or a charity's
  // name before its address ends the same way.
  if (comma && ORG_WORD.test((comma[1] ?? '').trim())) return { name: (comma[1] ?? '').trim(), strong: true };
  const parts = raw.split(/\s+[·|•/]\s+|\s+[–—-]\s+|\s{3,}/).map((p) => p.trim()).filter(Boolean);
  const first = (parts[0] ?? '').replace(/\s*\([^()]*\)$/, '').trim();
  // "Störungsnummer 24/7: 02641 555-0", "Salaire : 48 k€": a label and its value name no company.
  if (/^[\p{L} ]{2,25}:\s/u.test(first) || /:\s*[\d+]/u.test(first)) return null;
  if (first && isAddressee(first, text)) return null;
  if (first && !isChrome(first) && namesEmployer(first, text)) return { name: first, strong: true };
  // "Kanzlei Brandt Eichhorn Partnerschaft mbB Steuerberater", "Acme GmbH Wirtschaftsprüfungsgesellschaft":
  // a legal form with the profession after it; the trade word is no job title.
  const legalInside = /^(\p{Lu}.{2,60}?)\s(?:PartG mbB|mbB|GmbH|AG|KG|B\.V\.|SARL|S\.L\.|S\.A\.|Ltd\.?|LLP)(?:\s+\p{Lu}[\p{L}-]+){1,2}$/u.exec(first);
  if (legalInside && !JOB_WORD.test(legalInside[1] ?? '') && !isChrome(first)) return { name: first, strong: true };
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
function isProperName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && /^\p{Lu}/u.test(words.at(-1) ?? '') && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:&|and|of|for|und|für|et|de|du|des|la|le|y|del|van|voor|der)$/u.test(w));
}

export interface ListingMeta {
  title: string | null;
  company: string | null;
  location: string | null;
}

function fromHtmlTitle(htmlTitle: string, title: string, h1: string | null): string | null {
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

const RESULT_COUNT = /^\d[\d.,]*\+?\s+(?:results?|resultaten|ergebnisse|treffer|résultats|resultados|jobs|vacatures|offres|ofertas|stellen(?:angebote)?|empleos)$/iu;
// A board's company box under the name: a rating ("3.6 ★", "4,1 / 5") or the sector and headcount
// ("Software · 45 employees", "Lebensmittel · 320 Mitarbeitende").
const RATING = /^\d[.,]\d\s*(?:★|\/\s*5|out of 5)/u;
const COMPANY_BOX = /^\d[.,]\d\s*(?:★|\/\s*5|out of 5)|(?<![\p{L}])\d[\d.,]*\+?\s*(?:employees|staff|people|salarié\p{L}*|collaborat\p{L}*|mitarbeite\p{L}*|beschäftigte|empleados|trabajadores|medewerkers|werknemers)(?![\p{L}])/iu;

function isCompanyBox(line: string): boolean {
  return line.split(' ').length <= 8 && !/[.!?]$/.test(line) && COMPANY_BOX.test(line);
}

/**
 * Title, company and location of a listing, read past the page chrome (URL and date lines,
 * breadcrumbs, the board's name, buttons, counts): from labelled fields, the HTML heading, a
 * Markdown heading or the first line that names a job; the company from the lines around it, the
 * page title, a copyright line or the listing's own "About …"/"… is a" sentences.
 * @example titleAndCompany('URL: https://x.io/j/1\nData Analyst (m/w/d)\nAcme GmbH\nBerlin\nWir suchen…', null).title // 'Data Analyst'
 */
export function titleAndCompany(text: string, htmlTitle: string | null, h1: string | null = null, declared?: { title: string | null; company: string | null }): ListingMeta {
  // A career site's header menu is chrome; its first entry may name the site's owner.
  const rawLines = text.split('\n');
  const menus = rawLines.slice(0, 40).map((l) => siteMenu(l, text));
  const menuRun = menuRuns(rawLines.slice(0, 60));
  const menuOwner = menus.find((m) => m?.owner)?.owner ?? null;
  const cleaned = rawLines.map((l, i) => (menus[i] || menuRun.has(i) ? '' : clean(unwrapLinks(l)))).filter(Boolean);
  // "Data engineer in Nederland" over "1.284 resultaten": a search's heading and count, not the job.
  const all = cleaned.filter((l, i) => !RESULT_COUNT.test(cleaned[i + 1] ?? '') && !RESULT_COUNT.test(l));
  // A board's list of other jobs under the listing ("Similar jobs", "Ähnliche Stellen", "Offres
  // similaires") names other roles and employers: neither the title nor the company comes from it.
  const similar = all.findIndex((l) => SIMILAR_JOBS.test(l));
  const lines = similar > 3 ? all.slice(0, similar) : all;
  // A board's page can run thirty lines of menus before the job; look further only then.
  const head16 = lines.slice(0, 16);
  const head = head16.some((l) => !isChrome(l) && JOB_WORD.test(l)) ? head16 : lines.slice(0, 32);
  let title: string | null = null;
  let company: string | null = null;
  let location: string | null = null;
  let at = -1;
  let dotCompany: string | null = null;
  const ft = FIELD_TITLE.exec(text);
  if (ft) {
    title = cleanTitle(ft[1] ?? '');
    // "Vacature: Coördinator …" over "Universiteit van het Noorden – …": the lines around a field
    // title name the company as they do around a bare one.
    at = head.findIndex((l) => l === clean(ft[0] ?? ''));
  }
  const fc = FIELD_COMPANY.exec(text);
  // "Organisation : 2 jours de télétravail…": a label whose value is a sentence names no company.
  if (fc && !(/[.!?]$/.test(clean(fc[1] ?? '')) && !LEGAL_FORM.test(clean(fc[1] ?? ''))) && clean(fc[1] ?? '').split(' ').length <= 8) company = clean(fc[1] ?? '');
  // A saved page's own JobPosting declaration, then a breadcrumb or page-title line's owner.
  if (declared?.title) title = cleanTitle(declared.title);
  company ??= declared?.company ?? null;
  // "Acme logo", "Logotipo de Acme": a board's image of the employer's logo, by its alternative text.
  const logo = head.map((l) => /^(.{2,60}?)\s+(?:logo|logotype)$|^(?:logo|logotipo|logotype)\s+(?:de|von|of|van|du|del)\s+(.{2,60})$/iu.exec(l)).find(Boolean);
  company ??= (logo?.[1] ?? logo?.[2])?.trim() ?? null;
  // "Posted 3 days ago by Severnvale Water", "Publiée il y a 2 jours par Acme": the board's byline.
  const byline = head.map((l) => /^(?:posted|published|publiée?|veröffentlicht|publicado|publicada|geplaatst)\b.{0,40}?\s(?:by|par|von|por|door)\s+(\p{Lu}[^·|,]{1,60}?)\s*$/iu.exec(l)).find(Boolean);
  if (byline && !isLinkLabel(byline[1] ?? '')) company ??= (byline[1] ?? '').trim();
  const crumbs = head.map(readCrumb);
  company ??= crumbs.find((c) => c?.company && !JOB_WORD.test(c.company) && !CHROME.test(c.company))?.company ?? null;
  // The line above a board's company box is the company's name, whatever its words.
  const box = head.findIndex(isCompanyBox);
  const boxName = box > 0 && !/\s[·|•–—-]\s/.test(head[box - 1] ?? '') && !isChrome(head[box - 1] ?? '') ? (head[box - 1] ?? '') : null;
  if (boxName && boxName.split(' ').length <= 6 && /^[\p{Lu}\d]/u.test(boxName) && (RATING.test(head[box] ?? '') || companyFromLine(boxName, text)?.strong || text.split(boxName).length > 2)) company ??= boxName;
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
    const usable = (l: string): boolean => l !== boxName && !isChrome(l) && !/^[-•·–]\s/.test(l) && l.split(' ').length <= 12 && !(classifyHeading(l.replace(/:$/, '')) !== null && !JOB_WORD.test(l)) && !namesEmployer(l, text);
    // A line that a breadcrumb above names as its page is the title ("Ofertas > Obra > Jefe de Obra").
    const crumbPage = crumbs.find((c) => c?.page && JOB_WORD.test(c.page))?.page;
    let i = crumbPage ? head.findIndex((l, k) => crumbs[k] === null && cleanTitle(l) === cleanTitle(crumbPage)) : -1;
    if (i < 0) i = head.findIndex((l) => usable(l) && JOB_WORD.test(l));
    if (i < 0) i = head.findIndex(usable);
    if (i >= 0) {
      // A line the breadcrumb names whole is the title whole ("… > Técnico en Prevención").
      let split = crumbPage && cleanTitle(head[i] ?? '') === cleanTitle(crumbPage) ? { title: head[i] ?? '', company: null } : splitTitleLine(head[i] ?? '', text);
      // "Softwareentwickler Frontend – Vue.js", "Staff Engineer - Search": a dash suffix belongs
      // to the title when the company is named elsewhere (a field, the next line) or is a tool.
      if (split.company !== null && !split.reversed && /\s[-–—]\s/.test(head[i] ?? '')) {
        const prevLine = head.slice(0, i).reverse().find((l) => !isChrome(l));
        const near = [head[i + 1], prevLine].map((l) => (l ? companyFromLine(l, text) : null));
        const namedNear = near.some((c) => c?.strong && c.name !== split.company);
        if (company !== null || namedNear || canonicalSkill(split.company) !== null) split = { title: head[i] ?? '', company: null };
      }
      title = cleanTitle(split.title);
      company ??= split.company;
      at = i;
    }
  }
  if (!title) {
    const page = crumbs.find((c) => c?.page && JOB_WORD.test(c.page))?.page;
    if (page) title = cleanTitle(page);
  }
  // "Trabaja con nosotros", "Werken bij ons": the site's careers header, not its owner's name.
  const owner = head.map((l) => (OWNER_PREFIX.exec(l) ? (l.replace(OWNER_PREFIX, '').split(/\s+[|·•/]\s+|\s+[-–—]\s+|\s{3,}/)[0] ?? '').trim() : null)).find((l) => l && !/^(?:nosotros|us|ons|nous|uns)$/iu.test(l));
  if (!company && owner && owner.split(' ').length <= 6) company = owner;
  company ??= menuOwner;
  let weak: string | null = null;
  if (at >= 0) {
    const before = head.slice(0, at).reverse().find((l) => !isChrome(l));
    // The line under the title, past a reference or a counter line ("Réf. 1234 · Publiée le…").
    const after = (isLinkLabel(head[at + 1] ?? '') && !companyFromLine(head[at + 1] ?? '', text) ? head[at + 2] : head[at + 1]) ?? '';
    const atLine = /^(?:at|bei|chez)\s+(.+)$/i.exec(after);
    const dot = after.includes(' · ') ? after.split(' · ').map((s) => s.trim()) : null;
    // "Chez Acme (40 personnes, Lille), on édite…": the name, not the paragraph it opens.
    const atName = atLine ? (atLine[1] ?? '').split(/\s*[(,;:]|\s+[-–—]\s+/)[0]?.trim() : undefined;
    if (!company && atName && atName.split(' ').length <= 6) company = atName;
    const fromBefore = before && !isMenuLine(before, rawLines) ? companyFromLine(before, text) : null;
    // The line above the title names the company unless it reads as a place.
    const fromAfter = after ? companyFromLine(after, text) : null;
    // A name with its legal form right under the title beats a line above it (a board's menu, a
    // search box or an upsell the page carried over the job).
    if (!company && fromAfter?.strong && LEGAL_FORM.test(fromAfter.name) && !(fromBefore && LEGAL_FORM.test(fromBefore.name))) company = fromAfter.name;
    if (!company && fromBefore && !readsAsPlace(fromBefore.name, text)) company = fromBefore.name;
    if (!company && fromAfter?.strong) company = fromAfter.name;
    // A career site's header: the employer's name, then its menu ("Jobs", "Über uns", "Stellensuche")
    // and only then the title. A strong name a few lines up is the employer.
    if (!company && !fromBefore) {
      const above = head.slice(Math.max(0, at - 8), at).filter((l) => !isChrome(l) && !isMenuLine(l, rawLines)).reverse().slice(1, 4).map((l) => companyFromLine(l, text));
      const named = above.find((c) => c?.strong && !readsAsPlace(c.name, text) && (LEGAL_FORM.test(c.name) || isProperName(c.name)));
      if (named) company = named.name;
    }
    weak = fromAfter?.name ?? null;
    const locLine = head.slice(at + 1, at + 6).find((l) => l.includes(' · ') || (!isChrome(l) && l !== company && l.split(' ').length <= 4 && !JOB_WORD.test(l)));
    if (locLine) location = (locLine.includes(' · ') ? (locLine.split(' · ')[1] ?? '') : locLine.split(' / ')[0] ?? '').replace(/\s*\(.*\)$/, '').trim() || null;
    if (dot && dot[0] && text.split(dot[0]).length > 2) dotCompany = dot[0];
  }
  if (!company && htmlTitle && title) company = fromHtmlTitle(htmlTitle, title, h1);
  // An applicant tracking system's footer link: "Acme Home Page".
  company ??= /^(.{2,60}?) Home Page(?:\s+Jobs powered by \w+)?$/m.exec(text)?.[1]?.trim() ?? null;
  if (!company) {
    const copy = /©\s*\d{4}\s+([^\n|·]{2,60})/.exec(text);
    // "© 2026 Workday, Inc. All rights reserved.": the platform's own line, not the employer's.
    const copyOwner = copy?.[1]?.replace(/\s*[.,–—-]?\s*(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|alle rechten voorbehouden)\.?\s*$/iu, '').trim();
    if (copyOwner && !CHROME.test(copyOwner.replace(/,.*$/, '').replace(LEGAL_FORM, '')) && !/[–—-]$/.test(copyOwner)) company = copyOwner;
  }
  if (!company) {
    const about = /^(?:#+\s*)?(?:about|über|à propos de|acerca de|sobre|over)\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s*:?\s*$/mu.exec(text);
    const intros = [...text.slice(0, 20_000).matchAll(/(?:^|[.!?]\s+|\n)(?:Die |Der |Das |El |La |Le |L['’]|Het |At |Bei |Chez |En |Join |Rejoignez |Únete a |Kom werken bij |Wir sind |Nous sommes |Somos |Wij zijn |We are )?(\p{Lu}[\p{L}\d&.'’-]+(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\d&.'’-]+){0,3})(?:,[^,.\n]{3,100},|[ \t]+\([^()\n]{3,100}\),?)?,?[ \t]+(?:is|are|ist|est|es|—|–|:|sucht|cherche|recherche|busca|zoekt|seeks|builds|makes|helps|runs|develops|provides|operates|designs|entwickelt|baut|hilft|betreibt|liefert|produziert|édite|conçoit|développe|aide|accompagne|fabrique|exploite|desarrolla|ayuda|fabrica|ofrece|gestiona|opera|diseña|verzorgt|levert|ontwikkelt|maakt|bouwt|helpt|ontwerpt|produceert)[ \t]/gu)].map((m) => m[1] ?? null);
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
    const pick = [about?.[1] ?? null, ...intros, atIntro?.[1] ?? null, inverted?.[1] ?? null, opener?.[1] ?? null].find(acceptable);
    if (pick) company = pick;
  }
  company ??= weak ?? dotCompany;
  // "Werken bij Acme" → "Acme"; "der Stadtwerke Acme GmbH" (a sentence's article) → "Stadtwerke Acme GmbH".
  if (company) company = company.replace(/\s+(?:karriere|careers?|jobs|stellenangebote|emplois|empleos?|vacatures|werken bij)$/iu, '').replace(/^(?:karriere|careers?|carrières|jobs|empleos?|empleo|vacatures)\s+(?=\p{Lu})/iu, '');
  // The short name of a page title, when the text writes it out with its legal form.
  if (company && !LEGAL_FORM.test(company)) {
    const full = new RegExp(`${escapeRegExp(company)}(?: (?:GmbH & Co\\. KG|GmbH|AG|SE|SAS|SARL|S\\.L\\.|S\\.A\\.|B\\.V\\.|N\\.V\\.|Ltd\\.?|Inc\\.?|LLC|plc|PLC))(?![\\p{L}])`, 'u').exec(text);
    // Only where the listing's own head writes it so: a legal name in a footer or an imprint is
    // not the name the listing goes by.
    if (full && (htmlTitle !== null || (text.split(company).length > 2 && lines.slice(0, 15).some((l) => l.includes(full[0]))))) company = full[0];
  }
  // "BISCUITERIE DES MAUGES – 100 à 199 salariés": a board's headcount after the name.
  if (company) company = company.replace(/\s+[-–—·|]\s+\d[\d\s.,]*(?:(?:à|-|–|to|bis|a|tot)\s*\d[\d\s.,]*)?\s*(?:salariés|employees|staff|mitarbeiter(?:innen)?|mitarbeitende|beschäftigte|empleados|trabajadores|medewerkers|werknemers)$/iu, '');
  if (company) company = company.replace(OWNER_PREFIX, '').replace(/^(?:der|die|das|den|dem|the|le|la|les|el|los|las|het)\s+(?=\p{Lu})/u, '').trim();
  // Whatever path named it, a link label or a legal line is never the employer.
  if (company && (isLinkLabel(company) || isAddressee(company, text))) company = null;
  if (title && company) title = dropEmployerSuffix(title, company);
  if (title) title = dropPlaceSuffix(title, location, text);
  return { title: title || null, company: company || null, location };
}

// "Jefe de Cocina – Marea Alta Donostia" at Grupo Marea Alta: a dash segment that opens with the
// employer's name is the employer's site, not a part of the role.
function dropEmployerSuffix(title: string, company: string): string {
  const m = /^(.+?)\s+[-–—|]\s+(.+)$/u.exec(title);
  const core = company.replace(LEGAL_FORM, '').replace(/^(?:grupo|group|groupe|gruppe|groep)\s+/iu, '').trim();
  if (!m || core.length < 3) return title;
  return (m[2] ?? '').toLowerCase().startsWith(core.toLowerCase()) && JOB_WORD.test(m[1] ?? '') ? (m[1] ?? title).trim() : title;
}

// "Store Manager – Glasgow Buchanan Street" for a job in Glasgow, "Pfleger – 66111 Saarbrücken": a
// dash segment that opens with the listing's own town, or with a postcode, names the site.
function dropPlaceSuffix(title: string, location: string | null, text: string): string {
  const m = /^(.+?)\s+[-–—|]\s+([^-–—|]{2,60})$/u.exec(title);
  if (!m || JOB_WORD.test(m[2] ?? '')) return title;
  const seg = (m[2] ?? '').trim();
  const town = /^\p{Lu}[\p{L}'-]{2,}/u.exec(seg)?.[0];
  const isPostcode = /^\d{4,5}\s+\p{Lu}/u.test(seg);
  const isTown = town !== undefined && ((location !== null && location.split(/[,·/(]/)[0]?.trim() === town) || new RegExp(`^[ \\t]*(?:[-•·*][ \\t]*)?(?:\\d{4,5}(?:[ \\t]?\\p{Lu}{2})?[ \\t]+)?${escapeRegExp(town)}(?:[ \\t]+\\(\\d{2,3}\\)|[ \\t]+\\p{Lu}{1,2}\\d[\\dA-Z]?)?[ \\t]*$`, 'mu').test(text) || new RegExp(`(?:^|\\n)[*_]*(?:location|locations|standort|arbeitsort|ort|lieu|localisation|ubicación|localidad|locatie|plaats|werkplek)[*_]*[ \\t]*:?[*_]*[ \\t]*(?:[^\\n]{0,40}[ \\t,])?${escapeRegExp(town)}(?![\\p{L}])`, 'iu').test(text));
  return isPostcode || isTown ? (m[1] ?? title).trim() : title;
}
