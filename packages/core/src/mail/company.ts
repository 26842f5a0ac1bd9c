// Company and role from a message: the applicant tracking system's sender name, the sender's
// domain, the signature and the subject. Written on the training split only.
import { JOB_BOARD_DOMAINS } from './phrases';
import { escapeRegExp } from '../regexp';
import { fold, foldPlain, GLUED_LINE, gluedFrom, JOINERS, joinerWords, NAME_PARTICLES, spells } from './domain-spelling';

/** Domains of applicant tracking systems: the display name, not the domain, names the employer. */
const ATS_DOMAINS = [
  'greenhouse-mail.io', 'greenhouse.io', 'lever.co', 'myworkday.com', 'workday.com', 'icims.com', 'smartrecruiters.com', 'ashbyhq.com', 'taleo.net',
  'workablemail.com', 'workable.com', 'personio.de', 'personio.com', 'teamtailor-mail.com', 'teamtailor.com', 'recruitee-mail.com', 'recruitee.com',
  'bamboohr.com', 'jobvite.com', 'successfactors.com', 'successfactors.eu', 'breezy.hr', 'jazzhr.com', 'applytojob.com', 'join.com', 'softgarden.io',
  // More trackers that send in the employer's name (their product pages name the sending domains).
  'homerun.co', 'talentclue.com', 'paylocity.com', 'jobaffinity.fr', 'pinpointhq.com', 'rippling.com', 'dayforcehcm.com', 'ultipro.com', 'jobylon.com',
  'flatchr.io', 'taleez.com', 'recruitcrm.io', 'zohorecruit.com', 'freshteam.com', 'manatal.com', 'comeet.co', 'paycor.com', 'csod.com', 'avature.net',
  'oraclecloud.com', 'jobs2web.com', 'dvinci.de', 'concludis.de', 'rexx-systems.com', 'umantis.com', 'otys.nl', 'carerix.com', 'cornerstoneondemand.com',
];
const ATS_NAMES = /^(?:greenhouse|lever|workday|icims|smartrecruiters|ashby|taleo|workable|personio|teamtailor|recruitee|no-?reply|noreply|notifications?)$/i;
// A person's own mailbox: a free-mail provider, or a documentation domain (example.com, example.org).
const FREE_MAIL = /^(?:example|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|gmx|web|proton|protonmail|aol|orange|free|wanadoo|hotmail)\./i;
// Words of a team's or tracker's name around the employer's ("Acme Careers", "RRHH Zubiri"). Not global:
// a test of it keeps no state, and withoutNoise compiles its own global copy for the replace.
const NAME_NOISE = /\b(?:careers?|recruiting|recruitment|recrutement|talent(?:\s+acquisition)?|hiring(?:\s+team)?|jobs?|hr|human\s+resources|people(?:\s+team)?|team|staffing|karriere|empleo|werken\s+bij|via\s+\w+|personalabteilung|ressources\s+humaines|rrhh|rh|candidate\s+experience|werken|selección|recursos\s+humanos|werving)\b/i;
const withoutNoise = (s: string): string => s.replace(new RegExp(NAME_NOISE.source, 'gi'), ' ');
const LEGAL = /[,\s]+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|Inc\.?|LLC|LLP|Ltd\.?|Limited|plc|B\.?V\.?|N\.?V\.?|S\.?A\.?(?:S\.?)?|S\.?L\.?|SARL|S\.?p\.?A\.?|Corp\.?|Corporation|Pte\.?(?:\s+Ltd\.?)?|Pty\.?(?:\s+Ltd\.?)?|e\.\s?V\.?)\s*$/i;
const DOMAIN_WORDS = ['studios', 'studio', 'security', 'health', 'labs', 'media', 'works', 'energy', 'bank', 'group', 'software', 'systems', 'consulting', 'logistics', 'foods', 'games', 'capital', 'partners', 'robotics', 'analytics', 'insurance', 'digital', 'motors', 'tech', 'bio', 'hotels', 'pharma', 'engineering', 'distillery', 'publishing', 'bakery', 'marine'];

/**
 * A company name without its legal form and the ATS noise around it ("Acme Careers" → "Acme").
 * @example cleanCompany('Kranich Software GmbH') // 'Kranich Software'
 */
export function cleanCompany(name: string): string {
  // Quotes around a name go; an apostrophe inside it stays ("Les Ruches d'Or").
  let s = name.replace(/["“”]/g, '').replace(/^['‘’]+|['‘’]+$/g, '').trim();
  s = withoutNoise(s.replace(LEGAL, '')).replace(/\s+/g, ' ').replace(/^(?:the|das|die|der|le|la|el|het|de)\s+/i, '').replace(/^[\s,–—-]+|[\s,–—-]+$/g, '').trim();
  return s.replace(LEGAL, '').trim();
}

function stem(domain: string): string {
  const parts = domain.split('.');
  const tld2 = /^(?:co|com|org|ac|gov|sch|net)$/.test(parts[parts.length - 2] ?? '') && parts.length >= 3;
  return parts[parts.length - (tld2 ? 3 : 2)] ?? '';
}

function isPerson(name: string, local: string): boolean {
  // "Cindervale Hiring <hiring@…>": a word of the team's name in the address is no person's name.
  const words = withoutNoise(name).split(/\s+/).filter((w) => w.length >= 3);
  if (words.length === 0 || words.length > 4) return false;
  const l = fold(local);
  return words.some((w) => l.includes(fold(w)) || l.includes(foldPlain(w)));
}

// Labels of trackers' domains that name nothing else.
const ATS_LABEL = /^(?:workable|workablemail|personio|teamtailor|teamtailor-mail|recruitee|recruitee-mail|smartrecruiters|ashbyhq|icims|myworkday|jobvite|bamboohr|greenhouse-mail|softgarden|jobylon)$/;

/** A person's display name over their own mailbox at a tracker: two or three words, the mailbox made of them, no organisation's noun. */
function isRecruiter(name: string, local: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || isOrgHead(words[0]!)) return false;
  const first = fold(words[0]!), last = fold(words[words.length - 1]!), l = fold(local);
  // "priya", "priya.okonjo", "pokonjo", "priyao": how people's mailboxes are named.
  return first.length >= 2 && [first, first + last, first.charAt(0) + last, first + last.charAt(0)].includes(l);
}

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function segmentDomain(s: string): string {
  for (const w of DOMAIN_WORDS) if (s.endsWith(w) && s.length > w.length + 2) return `${titleCase(s.slice(0, -w.length))} ${titleCase(w)}`;
  return titleCase(s);
}

// A name as a signature line writes it (up to five capitalised words, a joiner before each), and a
// run of capitalised words in running text that may spell the sender's domain.
const SIGNATURE_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:${joinerWords()})\s+)?\p{Lu}[\p{L}'’.-]*){0,4}$`, 'u');
const CAPITALISED_RUN = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:${joinerWords()})[ \t]+)?\p{Lu}[\p{L}'’-]*){0,5}`, 'gu');
/** A line that is a name alone (a signature's company line), cleaned, when it starts with the domain's name. */
function signatureLine(text: string, target: string): string | null {
  for (const whole of text.split('\n').reverse()) {
    // "Bastide Immobilier - Agence Aix": before a spaced dash, the words that spell the domain and no more.
    const dashed = /\s[–—-]\s/.test(whole);
    const line = whole.split(/\s+[–—-]\s+/)[0]!;
    // "Conservas Galaicas, S.A. · Madrid", "Kestrel Conseil inc., Montréal": the name before its place.
    const t = cleanCompany(cleanCompany(line.trim().split(/\s+[·|]\s+/)[0]!).replace(/,\s*\p{Lu}[\p{L} -]*$/u, '')).replace(/\s+(?:Engineering|Design|Product|Operations|Recruiting|Talent|People|Team|Marketing|Sales)$/, '');
    if (!SIGNATURE_NAME.test(t)) continue;
    const words = t.split(/\s+/);
    const n = spells(words, 0, target);
    if (n !== null && dashed) return cleanCompany(words.slice(0, n).join(' '));
    if (n !== null || fold(words[0]!) === target) return cleanCompany(t);
  }
  return null;
}

/**
 * The name on a signature line whose words the sender's domain glues together ("Dierenkliniek Het
 * Baken" at hetbaken-dieren.nl, "Koffiebranderij 't Schip" at tschip-gent.be, "Mossgiel Mushroom
 * Farm" at mossgielmushrooms.scot), with the sector noun before it and one word after it that the
 * domain leaves out. A line after "Name –" or "Name," counts; quoted lines too.
 */
function gluedName(text: string, domainStem: string, person: string): string | null {
  const personFirst = fold(person.split(/\s+/)[0] ?? '');
  const personWords = new Set(person.split(/\s+/).map(fold));
  const parts = domainStem.toLowerCase().split('-').filter(Boolean);
  const whole = parts.join('');
  if (whole.length < 5) return null;
  for (const raw of text.split('\n').reverse()) {
    let line = raw.replace(/^[\s>]+/, '').trim();
    if (!line || line.length > 70) continue;
    // "Luc – Atelier Sellier Bonnard", "Jonas, Kletterhalle Steinbock": the name after the person's.
    line = line.replace(/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s+[–—-]\s+|,\s+)/u, '');
    line = cleanCompany(line);
    if (!GLUED_LINE.test(line)) continue;
    const words = line.split(/\s+/);
    // The person's own name ("Ellen de Wit" at dewit-advies.nl) is no firm's.
    if (personFirst && fold(words[0]!) === personFirst) continue;
    if (words.every((w) => personWords.has(fold(w)))) continue;
    if (words.length < 2 && fold(words[0]!) !== whole) continue;
    // "l'Agglo" gives its own initial; "de", "het" may be spelled or left out ("despaak", "tal-leman").
    const folded = words.map((w) => (JOINERS.test(w) && !/^(?:de|het|la|el|le)$/i.test(w) ? '' : fold(w.replace(/^[dl]['’]/i, ''))));
    const used = new Set<number>();
    let missed = 0, matched = 0;
    for (const [p, part] of parts.entries()) {
      const got = fold(words.join('')) === part ? new Set(words.map((_, i) => i)) : gluedFrom(folded, part);
      if (got) { for (const i of got) used.add(i); matched += part.length; } else if (p === 0) missed += 2; else missed++;
    }
    // One later part left unmatched: a town ("tschip-gent").
    if (matched < 5 || missed > 1 || used.size === 0) continue;
    const content = words.map((_, i) => i).filter((i) => folded[i] && !JOINERS.test(words[i]!) && !/^het$/i.test(words[i]!));
    // Left out: a sector noun before the name, one word after it ("Farm", "Partners").
    const first = content[0]!, last = content[content.length - 1]!;
    if (content.some((i) => !used.has(i) && i !== first && i !== last)) continue;
    // A first word the domain leaves out is kept only as a sector noun ("Dierenkliniek"); a title
    // before the name ("Regiomanager Ooievaar Kinderopvang") goes.
    if (!used.has(first) && !isOrgHead(words[first]!)) return first === 0 && words.length > 2 ? words.slice(1).join(' ') : null;
    return line;
  }
  return null;
}

/** A capitalised phrase in the text whose letters spell the domain (or start with it). */
function findInText(text: string, domainStem: string): string | null {
  if (domainStem.length < 3) return null;
  const target = fold(domainStem);
  const line = signatureLine(text, target);
  if (line) return line;
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      const n = spells(words, i, target);
      if (n !== null && n - i >= 2) return cleanCompany(words.slice(i, n).join(' '));
    }
  }
  const re = /\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,3}/gu;
  let best: string | null = null;
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const cand = words.slice(0, n).join(' ');
      const f = fold(cand), p = foldPlain(cand);
      if (f === target || p === target) return cleanCompany(cand);
      if ((f.startsWith(target) || p.startsWith(target)) && !best) best = cleanCompany(cand);
    }
  }
  return best;
}

// Nouns that open an organisation's legal or trading name before the name its domain spells
// ("Construcciones Ibarluce" at ibarluce.es, "Cooperativa Olivar del Sur" at olivardelsur.coop).
const ORG_HEADS = /^(?:Construcciones|Constructora|Cooperativa|Coop[ée]rative|Genossenschaft|Grupo|Groupe|Gruppe|Stadt|Gemeinde|Gemeente|Hospital|H[ôo]pital|Cl[íi]nica|Clinique|Klinik|Klinikum|Bodegas?|Talleres|Transportes|Transports|Inmobiliaria|Distribuidora|Industrias|Laboratorios?|Laboratoires?|Seguros|Banco|Banque|Fundaci[óo]n|Fondation|Stiftung|Stichting|Universidad|Universit[éä]t?|Universiteit|Kanzlei|Cabinet|Editorial|[ÉE]ditions|Verlag|Brauerei|B[äa]ckerei|Bakkerij|Zorggroep|Stadtwerke|Autocares|Hotel|H[ôo]tel|Conservas|Cervecer[íi]a|Cervecera|Vinícola|Gestor[íi]a|Asesor[íi]a|Viña|Vi[ñn]edos|Weingut|Domaine|Ch[âa]teau|Wijnhuis|Bureau|Büro)$/u;
// A sector noun that opens a trading name before the name its domain spells ("Almazara Tierra de
// Barros", "Savonnerie Bleu Lavande", "Dierenkliniek Het Baken", "Kletterhalle Steinbock"): a
// trade's own word, or a compound ending in one ("Koffiebranderij", "Zirkusschule").
const SECTOR_HEAD = /^(?:\p{L}{3,}(?:erie|erij|kliniek|klinik|schule|school|halle|fabriek|fabrik|werkstatt|werkplaats|winkel|laden|haus|huis)|Atelier|Hoteles|Hoteis|Hotels|Almazara|Granja|Finca|Quesería|Panadería|Taller|Vivero|Bodega|Boutique|Maison|Ferme|Garage|Manufaktur|Rösterei|Imkerei|Gärtnerei|Kwekerij|Zirkus\p{L}*)$/u;
const isOrgHead = (w: string): boolean => ORG_HEADS.test(w) || SECTOR_HEAD.test(w);

// Words after a name that are not part of it: the team, the day, a greeting, a legal form (kept off).
const NOT_NAME_WORD = /^(?:Careers?|Recruiting|Recruitment|Talent|Hiring|Jobs?|HR|People|Team|Karriere|Personal\p{L}*|Recrutement|Empleo|Selecci[óo]n|RRHH|RH|Werving|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|GmbH|AG|SE|KG|Inc|LLC|LLP|Ltd|Limited|plc|BV|NV|SA|SL|SARL|Corp|Pte|Pty|Pvt|HQ|Co|SAS|SRL|Hi|Dear|The|A|I|We|You|Sehr|Bonjour|Hola|Beste)$/u;
// Lower-case words inside a name ("Hospital San Rafael de Ronda", "Bank of Leith"): one list for the
// test of a word and for the pattern of the words after a name.
const NAME_JOINER_WORDS = NAME_PARTICLES.join('|');
const NAME_JOINERS = new RegExp(`^(?:${NAME_JOINER_WORDS})$`);
// Up to three capitalised words after a name, a joiner allowed before each ("Mutual Building Society").
const NAME_WORD = String.raw`(?:(?:${NAME_JOINER_WORDS})[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*`;
const nameTail = (more: number): RegExp => new RegExp(String.raw`^[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,${more}})`, 'u');
const NAME_TAIL = nameTail(1);
// A one-word name may stand for a longer trading name ("Northbrook" of "Northbrook Mutual Building Society").
const LONG_NAME_TAIL = nameTail(2);
const DEPARTMENT = /^\s+(?:Engineering|Design|Product|Operations|Marketing|Sales|Finance|Legal|IT|Support|Recruiting|Talent|People|Team)\b/;

/**
 * The longest form of a company name the text writes around it: an organisation noun before it
 * ("Construcciones Ibarluce") and capitalised words after it on the same line ("Alder & Vine
 * Architects", "Tessellate AI", "Hospital San Rafael de Ronda"), stopping at a team word, a day,
 * a legal form or the end of the line.
 */
function fullName(company: string, text: string, tailRe: RegExp = NAME_TAIL): string {
  const first = company.split(/\s+/)[0]!;
  if (company.length < 3 || !/^\p{Lu}/u.test(first)) return company;
  let best = company;
  const esc = escapeRegExp(company);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${esc}(?![\\p{L}\\d])`, 'gu'))) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const head = /(\p{Lu}[\p{L}]+)[ \t]+$/u.exec(before)?.[1];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split('\n')[0]!;
    const tail: string[] = [];
    const words = tailRe.exec(after)?.[1]?.split(/[ \t]+/) ?? [];
    for (const token of words) {
      if (NAME_JOINERS.test(token)) { tail.push(token); continue; }
      // "B.V.", "S.A.", "Pvt.": a legal form written with dots ends the name; "Techniek." ends the sentence.
      const w = token.replace(/(?<=\p{L}{4,})\.$/u, '');
      if (w.includes('.')) break;
      if (NOT_NAME_WORD.test(w.replace(/[.,]$/, '')) || NAME_NOISE.test(w)) break;
      tail.push(w);
      if (w !== token) break;
    }
    while (tail.length && NAME_JOINERS.test(tail[tail.length - 1]!)) tail.pop();
    const full = [head && isOrgHead(head) ? head : '', company, ...tail].filter(Boolean).join(' ');
    if (full.length > best.length) best = full;
  }
  return best;
}

/**
 * The employer a message is from: an ATS's display name, an organisation's own name, or for a
 * person writing from a company domain the name in the text that spells the domain.
 * @example companyFromSender('Lumen Robotics', 'no-reply@ashbyhq.com', '') // 'Lumen Robotics'
 */
// A recruiter writing for a client names it: "my client Halberd Security", "on behalf of our client,
// Oakhurst", "recruiting for …", "je recrute pour …", "für unseren Kunden …", "para nuestro cliente
// …", "voor onze opdrachtgever …". The client, not the recruiter's firm, is the employer.
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:${joinerWords(['en'], ['and'])})[ \t]+|d['’])?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}`;
const CLIENT = new RegExp(String.raw`(?:\b(?:[Mm]y|[Oo]ur)\s+client,?|\b[Oo]n\s+behalf\s+of(?:\s+(?:my|our)\s+client,?)?|\b[Rr]ecruiting\s+for|\b[Rr]ecrut\p{L}*\s+pour|\b(?:[Pp]our|[Aa]u\s+nom\s+de)\s+(?:notre|mon)\s+client,?|\b[Ff]ür\s+(?:unseren|unsere[nm]?|einen)\s+(?:Kunden|Mandanten|Auftraggeber),?|\b(?:[Pp]ara|[Dd]e)\s+(?:nuestro|mi)\s+cliente,?|\b[Vv]oor\s+(?:onze|mijn)\s+(?:klant|opdrachtgever),?)[ \t]+(${NAME})`, 'u');

/** The client a recruiter names as the employer, or null. */
// A tracker's sender that names only the tracker or a team ("Personio", "Equipo de Talento",
// "Recruiting-Team") leaves the employer to the text: where the person applied, on whose behalf
// the mail is written, or whose team signs it.
const TEAM_WORD = String.raw`(?:the|your|ihr|das|l['’]|votre|el|tu|su|het|je|uw|de|of|del|du|der|van|des|[ée]quipe|equipo|team|Recruiting-?Team|talent|talento|talenten|recrutement|recruitment|recruiting|selección|people|hiring|RRHH|RH|HR|Personal|werving)`;
const TEAM_ONLY = new RegExp(String.raw`^${TEAM_WORD}(?:\s+${TEAM_WORD})*$`, 'iu');
const EMPLOYER_PHRASE = new RegExp(String.raw`(?:\b(?:applying|application|applied)\s+(?:to|at|with)|\bBewerbung\s+(?:bei|beim)(?:\s+der)?|\bcandidature\s+chez|\bsollicitatie\s+bij|\b[Nn]amens|\b[Oo]n\s+behalf\s+of|\b[Aa]u\s+nom\s+de|\b[Ii]m\s+Namen\s+(?:der|von|des)|\b[Ee]n\s+nombre\s+de|\b(?:[Tt]eam|[Ee]quipo\s+de\s+[Tt]alento|[ÉéEe]quipe\s+(?:de\s+)?recrutement|Recruiting-?Team)\s+(?:de|of|der|van|du|von))[ \t]+(${NAME})`, 'u');

function clientOf(text: string): string | null {
  const m = CLIENT.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/[ \t]+/);
  // The name ends before a word that opens the sentence's next part ("… would like", "… einen").
  while (words.length > 1 && (NOT_NAME_WORD.test(words[words.length - 1]!) || /^(?:I|We|They)$/.test(words[words.length - 1]!))) words.pop();
  const name = cleanCompany(words.join(' ').replace(/[.,]$/, ''));
  return name.length >= 3 && !NOT_NAME_WORD.test(words[0]!) ? name : null;
}

// A person's signature names the firm on the line after the name ("Maggie Doran\nGilded Thimble
// Tailoring") or after "at / chez / bei / beim / en / bij" ("Office Manager at Gilded Thimble").
const ROLE_LINE = /\b(?:manager|director|recruiter|consultant|partner|owner|founder|assistant|lead|head|officer|advis[eo]r|specialist|coordinator|gerente|director[a]?|responsable|directeur|directrice|gérante?|inhaber\p{L}*|leiter\p{L}*|geschäftsführer\p{L}*|eigena(?:ar|resse)|directeur|beraterin|berater|consultante?|consultora?)\b/iu;
function signedFirm(text: string, name: string): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  const first = name.split(/\s+/)[0] ?? '';
  if (first.length < 2) return null;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i]!.startsWith(first) || lines[i]!.split(/\s+/).length > 4) continue;
    for (const line of lines.slice(i + 1, i + 4).filter(Boolean)) {
      const at = new RegExp(String.raw`\s(?:at|chez|bei|beim|en|bij)\s+(${NAME})\s*$`, 'u').exec(line);
      if (at) return cleanCompany(at[1]!);
      if (ROLE_LINE.test(line) || /[@:\d]|https?:/.test(line)) continue;
      if (new RegExp(String.raw`^${NAME}$`, 'u').test(line)) return cleanCompany(line);
    }
    return null;
  }
  return null;
}

/** A sector noun the text writes before a name ("chez Confiturerie Les Vergers d'Aure"), with the name. */
function withSectorHead(company: string, text: string): string {
  const m = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{L}+)[ \t]+${escapeRegExp(company)}(?![\p{L}\d])`, 'u').exec(text);
  return m && isOrgHead(m[1]!) ? `${m[1]} ${company}` : company;
}

export function companyFromSender(name: string, address: string, text: string, quoted = ''): string | null {
  const found = companyOf(name, address, text, quoted);
  return found ? withTradeWords(found, text, name) : found;
}

// Words that stand before a name without being part of it: a title, a greeting, a possessive.
const NOT_HEAD_WORD = /^(?:Frau|Herr|Herrn|Mr|Mrs|Ms|Miss|Dr|Prof|Mme|Madame|Monsieur|M|Mlle|Señor|Señora|Sr|Sra|Srta|Don|Doña|Mevrouw|Meneer|Dhr|Mevr|Ihr|Ihre|Euer|Eure|Dein|Deine|Unser|Unsere|Your|Our|Votre|Notre|Vos|Nos|Su|Sus|Nuestro|Nuestra|Tu|Uw|Je|Ons|Onze|Liebe|Lieber|Hallo|Hola|Hoi|Hi|Hey|Dear|Beste|Bonjour|Cher|Chère|Querid[oa]|Estimad[oa]|Gracias|Danke|Merci|Bedankt|Thanks|Cheers|Regards|Groet|Groeten|Gruß|Grüße|Saludos|Cordialement|Mit|Met|Con|Avec|With|Best|Kind|Viele|Freundliche|Atentamente|Un|Une|Ein|Eine|Een|Bij|Bei|Chez|At|En|Im|Vom|Von|Van|Of|For|Für|Pour|Para|Voor|Team|Equipo|Équipe|Equipe)$/iu;
// A lower-case article or preposition before a trading name in running text ("an der …", "l'équipe du …", "Jonas vom …").
const HEAD_LEAD = /(?:^|[\s'’])(?:der|die|das|dem|den|des|vom|beim|zum|zur|bei|the|at|with|du|de|chez|la|le|el|del|al|het|bij|namens|van|voor|for|of|mit|von|aan|pour|para|con|für|an|en|in)[ \t]+$/u;
// A team, a department or a person's title, alone or as the end of a compound ("Recruitmentteam",
// "Afdeling", "Reclutamiento", "Regiomanager", "Coördinator", "Pflegedirektion", "Directie",
// "Personeelsdienst"), is no word of the trading name.
const TEAM_OR_TITLE = /(?:team|direkt|directie|direction|direcci|personeel|secretari|sekretari|geschaeftsfuehr|bestuur|recruit|reclut|recrut|werving|selecti|afdeling|abteilung|department|departament|personal|talent|manager|co(?:oe)?rdina|director|directeur|leiter|adviseur|berater|consult|assist|medewerker)/;
const HEAD_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
// One to three capitalised words before the name, a lower-case joiner allowed between them ("Studio de Podcasts").
const HEAD_RUN = String.raw`${HEAD_WORD}(?:[ \t]+(?:(?:${NAME_JOINER_WORDS})[ \t]+)?${HEAD_WORD}){0,2}`;

/**
 * The trading name's words a text writes before the name found ("Bleistiftfabrik Graphitwerk Ost",
 * "Globos Aerostáticos Cielo Abierto", "an der Schwarzwälder Uhrenmanufaktur Kienle", "l'équipe du
 * Studio de Podcasts Plume"): on a line that holds the longer name alone, or in running text after an
 * article or a preposition. A person's name, a title or a greeting before it is none; before a
 * one-word name on a line alone, one word must be an organisation's or a compound trade noun
 * ("Rondvaartbedrijf Grachtengoud"), not a signer's first name. A legal form written after the name
 * on its own line ("Rheinfähre Kaub Betriebs-GmbH") is kept with the word before it.
 */
function withTradeWords(company: string, text: string, person: string): string {
  if (company.length < 3 || !/^\p{Lu}/u.test(company)) return company;
  const personWords = new Set(person.split(/\s+/).map(fold).filter(Boolean));
  const okHead = (head: string, line: boolean): boolean => {
    const words = head.split(/[ \t]+/).filter((w) => !NAME_JOINERS.test(w));
    if (words.some((w) => /^[dl]['’]/i.test(w) || TEAM_OR_TITLE.test(fold(w)) || NOT_HEAD_WORD.test(w) || NOT_NAME_WORD.test(w) || NAME_NOISE.test(w) || ROLE_LINE.test(w) || personWords.has(fold(w)))) return false;
    if (words.some((w) => fold(company).includes(fold(w)))) return false;
    if (line && !/\s/.test(company) && words.length === 1) return isOrgHead(words[0]!) || words[0]!.length >= 10;
    return true;
  };
  const esc = escapeRegExp(company);
  const onLine = new RegExp(String.raw`^(${HEAD_RUN})[ \t]+${esc}$`, 'u');
  // "Betriebs-GmbH", "Verwaltungs GmbH": a company's own word joined to its legal form, not a trade ("Steuerberatung GmbH").
  const legalTail = new RegExp(String.raw`^${esc}[ \t]+(\p{Lu}\p{L}+s)(?:-|[ \t]+)(?:GmbH|AG|KG|mbH)$`, 'u');
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[\s>]+/, '').trim();
    if (line.length > 80) continue;
    const tail = legalTail.exec(line);
    if (tail) return cleanCompany(line);
    const m = onLine.exec(cleanCompany(line));
    if (m && okHead(m[1]!, true)) return `${m[1]} ${company}`;
  }
  for (const m of text.matchAll(new RegExp(String.raw`(${HEAD_RUN})[ \t]+${esc}(?![\p{L}\d])`, 'gu'))) {
    if (!HEAD_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // The shortest run of words before the name that stands after the article ("der Schwarzwälder …").
    if (okHead(m[1]!, false)) return `${m[1]} ${company}`;
  }
  return company;
}

function companyOf(name: string, address: string, text: string, quoted: string): string | null {
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  if (JOB_BOARD_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) return null;
  const client = clientOf(text);
  if (client) return fullName(client, text);
  // A tracker's own name as a label of the domain ("jobs.workable.example", a mailbox of a test or
  // regional install) is a tracker too; a name a company could also bear ("lever") does not count.
  const isAts = ATS_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) || domain.split('.').slice(1, -1).some((l) => ATS_LABEL.test(l));
  const cleaned = cleanCompany(name);
  if (isAts) {
    // Workday and Personio put the employer in the local part or a subdomain.
    const sub = domain.split('.')[0] ?? '';
    // A recruiter writing through the tracker signs with their own name ("Priya Okonjo"
    // <priya@saltmarshtea.jobs.lever.co>): the employer is the name the subdomain spells in the text.
    if (cleaned && isRecruiter(cleaned, local) && sub.length >= 5 && !/^(?:jobs|careers|mail|hire|talent|us|candidates|apply|recruiting)$/.test(sub) && !ATS_LABEL.test(sub)) {
      const firm = gluedName(text, sub, name) ?? findInText(text, sub);
      if (firm && !fold(firm).startsWith(fold(cleaned))) return firm;
    }
    if (cleaned && !ATS_NAMES.test(cleaned) && !TEAM_ONLY.test(cleaned)) return cleaned;
    const guess = !/^(?:no-?reply|jobs|careers|mail|hire|talent|us|candidates)$/.test(local) ? local : sub;
    if (guess && !ATS_NAMES.test(guess)) return findInText(text, guess) ?? titleCase(guess.replace(/[-_.]/g, ' '));
    const named = EMPLOYER_PHRASE.exec(text);
    // The name ends with its sentence ("… GmbH. Wir haben …").
    return named ? cleanCompany(named[1]!.split(/\.\s/)[0]!) : null;
  }
  if (FREE_MAIL.test(domain)) return cleaned && !isPerson(name, local) ? cleaned : signedFirm(text, name);
  const s = stem(domain).replace(/-/g, '');
  // A display name shorter than the trading name the text writes ("Northbrook" of "Northbrook
  // Mutual Building Society").
  if (cleaned && !isPerson(name, local)) {
    if (/\s/.test(cleaned)) return withSectorHead(cleaned, text);
    // A team signing after the name ("Pellham Engineering") is no longer name.
    const long = fullName(cleaned, text, LONG_NAME_TAIL);
    return DEPARTMENT.test(long.slice(cleaned.length)) ? cleaned : long;
  }
  // The signature may stand only in the quoted message the reply answers.
  const glued = gluedName(text, stem(domain), name) ?? (quoted ? gluedName(quoted, stem(domain), name) : null);
  if (glued) return glued;
  const found = findInText(text, s);
  return found ? fullName(found, text) : s ? fullName(segmentDomain(s), text) : null;
}
