// The form of an employer's name in a message: its legal form and a tracker's or team's words
// taken off, and the longest form the text writes around it (an organisation's noun before it,
// capitalised words after it, a trade's words before it). Used by company.ts, which decides
// where the name comes from.
import { escapeRegExp } from '../regexp';
import { fold, NAME_PARTICLES } from './domain-spelling';
import { isTown } from '../places/zone-towns';

// Words of a team's or tracker's name around the employer's ("Acme Careers", "RRHH Zubiri"). Not global:
// a test of it keeps no state, and withoutNoise compiles its own global copy for the replace.
export const NAME_NOISE = /\b(?:careers?|recruiting|recruitment|recrutement|talent(?:\s+acquisition)?|hiring(?:\s+team)?|jobs?|hr|human\s+resources|people(?:\s+team)?|team|staffing|karriere|empleo|werken\s+bij|via\s+\w+|personalabteilung|ressources\s+humaines|rrhh|rh|candidate\s+experience|werken|selección|recursos\s+humanos|werving)\b/i;
export const withoutNoise = (s: string): string => s.replace(new RegExp(NAME_NOISE.source, 'gi'), ' ');
// A legal form is what the law of the employer's country calls the firm, not its name, in the five
// languages and the countries that write them: English (Ltd, Inc, Pvt Ltd of India, Pte of
// Singapore, Pty of Australia), German (GmbH, the charitable gGmbH, UG (haftungsbeschränkt), eG,
// OHG, GbR, KGaA, e.K.), French (SA, SAS, SASU, SARL, EURL, SCOP, SNC), Spanish (S.A., S.L., S.L.U.,
// S.A.U., Mexico's S.A. de C.V. and S. de R.L., S. Coop.) and Dutch (B.V., N.V., V.O.F., C.V., U.A.).
const LEGAL = /[,\s]+(?:g?GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KGaA|KG|OHG|GbR|eG|e\.\s?K\.?|UG(?:\s*\(haftungsbeschränkt\))?|Inc\.?|LLC|LLP|Ltd\.?|Limited|plc|Pvt\.?(?:\s+Ltd\.?)?|Private\s+Limited|B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.V\.|U\.A\.|S\.?A\.?\s+de\s+C\.?V\.?|S\.?\s?de\s+R\.?\s?L\.?(?:\s+de\s+C\.?V\.?)?|S\.?A\.?(?:S\.?U?\.?|U\.?)?|S\.?L\.?(?:U\.?|L\.?)?|S\.?\s?Coop\.?|SARL|EURL|SCOP|SNC|S\.?p\.?A\.?|Corp\.?|Corporation|Pte\.?(?:\s+Ltd\.?)?|Pty\.?(?:\s+Ltd\.?)?|e\.\s?V\.?)\s*$/i;


const TRACKER_TAIL = /\s+(?:via|vía|über|through)\s+\S.*$/iu;

/**
 * A company name without its legal form and the ATS noise around it ("Acme Careers" → "Acme").
 * @example cleanCompany('Kranich Software GmbH') // 'Kranich Software'
 */
export function cleanCompany(name: string): string {
  // Quotes around a name go; an apostrophe inside it stays ("Les Ruches d'Or").
  let s = name.replace(/["“”]/g, '').replace(/^['‘’]+|['‘’]+$/g, '').trim();
  // "Tierra Maya vía Workable", "Brauerei Adler über softgarden", "Parfumerie X via Welcome to the
  // Jungle": the tracker that carried the mail, after its preposition, is no part of the name.
  s = s.replace(TRACKER_TAIL, '');
  // "Careers at Larkspur", "Jobs bei Adler", "Carrières chez Dupont", "Werken bij De Linde": the team's
  // word gone, the preposition that put the firm after it goes too.
  const bare = withoutNoise(s);
  if (bare !== s) s = bare.replace(/^\s*(?:at|@|chez|bei(?:m)?|bij|en|with)\s+(?=\p{Lu})/u, '');
  s = withoutNoise(s.replace(LEGAL, '')).replace(/\s+/g, ' ').replace(/^(?:the|das|die|der|le|la|el|het|de)\s+/i, '').replace(/^[\s,–—-]+|[\s,–—-]+$/g, '').trim();
  return s.replace(LEGAL, '').trim();
}

// Nouns that open an organisation's legal or trading name before the name its domain spells
// ("Construcciones Ibarluce" at ibarluce.es, "Cooperativa Olivar del Sur" at olivardelsur.coop).
const ORG_HEADS = /^(?:Construcciones|Constructora|Cooperativa|Coop[ée]rative|Genossenschaft|Grupo|Groupe|Gruppe|Stadt|Gemeinde|Gemeente|Hospital|H[ôo]pital|Cl[íi]nica|Clinique|Klinik|Klinikum|Bodegas?|Talleres|Transportes|Transports|Inmobiliaria|Distribuidora|Industrias|Laboratorios?|Laboratoires?|Seguros|Banco|Banque|Fundaci[óo]n|Fondation|Stiftung|Stichting|Universidad|Universit[éä]t?|Universiteit|Kanzlei|Cabinet|Editorial|[ÉE]ditions|Verlag|Brauerei|B[äa]ckerei|Bakkerij|Zorggroep|Stadtwerke|Autocares|Hotel|H[ôo]tel|Conservas|Cervecer[íi]a|Cervecera|Vinícola|Gestor[íi]a|Asesor[íi]a|Viña|Vi[ñn]edos|Weingut|Domaine|Ch[âa]teau|Wijnhuis|Bureau|Büro)$/u;
// A sector noun that opens a trading name before the name its domain spells ("Almazara Tierra de
// Barros", "Savonnerie Bleu Lavande", "Dierenkliniek Het Baken", "Kletterhalle Steinbock"): a
// trade's own word, or a word ending as a trade's does in its language ("Koffiebranderij",
// "Zirkusschule", "Mensajería", "Druckerei", "Vertaalbureau").
const SECTOR_HEAD = /^(?:\p{L}{3,}(?:erie|erij|ería|erei|bureau|kliniek|klinik|schule|school|halle|fabriek|fabrik|werkstatt|werkplaats|winkel|laden|haus|huis)|Atelier|Hoteles|Hoteis|Hotels|Almazara|Granja|Finca|Quesería|Panadería|Taller|Vivero|Bodega|Boutique|Maison|Ferme|Garage|Manufaktur|Rösterei|Imkerei|Gärtnerei|Kwekerij|Zirkus\p{L}*)$/u;
export const isOrgHead = (w: string): boolean => ORG_HEADS.test(w) || SECTOR_HEAD.test(w);

// Words after a name that are not part of it: the team, the day, a greeting, a legal form (kept off).
export const NOT_NAME_WORD = /^(?:Careers?|Recruiting|Recruitment|Talent|Hiring|Jobs?|HR|People|Team|Karriere|Personal\p{L}*|Recrutement|Empleo|Selecci[óo]n|RRHH|RH|Werving|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|GmbH|AG|SE|KG|Inc|LLC|LLP|Ltd|Limited|plc|BV|NV|SA|SL|SARL|Corp|Pte|Pty|Pvt|HQ|Co|SAS|SRL|Hi|Dear|The|A|I|We|You|Sehr|Bonjour|Hola|Beste)$/u;
// Lower-case words inside a name ("Hospital San Rafael de Ronda", "Bank of Leith"): one list for the
// test of a word and for the pattern of the words after a name.
export const NAME_JOINER_WORDS = NAME_PARTICLES.join('|');
const NAME_JOINERS = new RegExp(`^(?:${NAME_JOINER_WORDS})$`);
// Up to three capitalised words after a name, a joiner allowed before each ("Mutual Building Society").
const NAME_WORD = String.raw`(?:(?:${NAME_JOINER_WORDS})[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*`;
const nameTail = (more: number): RegExp => new RegExp(String.raw`^[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,${more}})`, 'u');
const NAME_TAIL = nameTail(1);
// A one-word name may stand for a longer trading name ("Northbrook" of "Northbrook Mutual Building Society").
export const LONG_NAME_TAIL = nameTail(2);
export const DEPARTMENT = /^\s+(?:Engineering|Design|Product|Operations|Marketing|Sales|Finance|Legal|IT|Support|Recruiting|Talent|People|Team)\b/;


/**
 * The longest form of a company name the text writes around it: an organisation noun before it
 * ("Construcciones Ibarluce") and capitalised words after it on the same line ("Alder & Vine
 * Architects", "Tessellate AI", "Hospital San Rafael de Ronda"), stopping at a team word, a day,
 * a legal form or the end of the line.
 */
export function fullName(company: string, text: string, tailRe: RegExp = NAME_TAIL): string {
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

// A person's title on a signature line: no word of a firm's name.
export const ROLE_LINE = /\b(?:manager|director|recruiter|consultant|partner|owner|founder|assistant|lead|head|officer|advis[eo]r|specialist|coordinator|gerente|director[a]?|responsable|directeur|directrice|gérante?|inhaber\p{L}*|leiter\p{L}*|geschäftsführer\p{L}*|eigena(?:ar|resse)|directeur|beraterin|berater|consultante?|consultora?)\b/iu;

/** A sector noun the text writes before a name ("chez Confiturerie Les Vergers d'Aure"), with the name. */
export function withSectorHead(company: string, text: string): string {
  const m = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{L}+)[ \t]+${escapeRegExp(company)}(?![\p{L}\d])`, 'u').exec(text);
  return m && isOrgHead(m[1]!) ? `${m[1]} ${company}` : company;
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

// A signature's line with the town after the name, apart by a dash, a bar or a comma
// ("Tandtechnisch Lab Oosterpoort – Groningen", "Mutuelle … | Toulouse"): the town (one the zone
// tables know) is no part of the name.
const LAST_PART = /(?:\s+[–—-]\s+|\s*\|\s*|,\s+)([^–—|,]+)$/u;
function withoutTownTail(line: string): string {
  // No dash, bar or comma: no part to take off.
  if (!/[–—|,-]/.test(line)) return line;
  let end = line.length;
  for (let m = LAST_PART.exec(line.slice(0, end)); m && m.index > 0 && isTown(m[1]!.trim()); m = LAST_PART.exec(line.slice(0, end))) end = m.index;
  return line.slice(0, end);
}

// The trading words before a name at the end of a line (the name itself taken off: a name starts
// with a capital, so the spaces before it end where it starts), and a company's own word joined to
// its legal form after the name ("Betriebs-GmbH", "Verwaltungs GmbH", not a trade: "Steuerberatung
// GmbH"). Compiled once, not once a message with the name written in.
const ON_LINE = new RegExp(String.raw`^(${HEAD_RUN})[ \t]+$`, 'u');
const LEGAL_TAIL = /^[ \t]+(\p{Lu}\p{L}+s)(?:-|[ \t]+)(?:GmbH|AG|KG|mbH)$/u;
// The trading words before a name in running text, one pattern a name, kept for the names met
// last (a mailbox's employers write again and again); a global pattern, which matchAll copies.
const RUNNING_TEXT = new Map<string, RegExp>();
function inRunningText(company: string): RegExp {
  let re = RUNNING_TEXT.get(company);
  if (!re) {
    if (RUNNING_TEXT.size >= 256) RUNNING_TEXT.clear();
    re = new RegExp(String.raw`(${HEAD_RUN})[ \t]+${escapeRegExp(company)}(?![\p{L}\d])`, 'gu');
    RUNNING_TEXT.set(company, re);
  }
  return re;
}

/**
 * The trading name's words a text writes before the name found ("Bleistiftfabrik Graphitwerk Ost",
 * "Globos Aerostáticos Cielo Abierto", "an der Schwarzwälder Uhrenmanufaktur Kienle", "l'équipe du
 * Studio de Podcasts Plume"): on a line that holds the longer name alone, or in running text after an
 * article or a preposition. A person's name, a title or a greeting before it is none; before a
 * one-word name on a line alone, one word must be an organisation's or a compound trade noun
 * ("Rondvaartbedrijf Grachtengoud"), not a signer's first name. A legal form written after the name
 * on its own line ("Rheinfähre Kaub Betriebs-GmbH") is kept with the word before it.
 */
export function withTradeWords(company: string, text: string, person: string): string {
  if (company.length < 3 || !/^\p{Lu}/u.test(company)) return company;
  const personWords = new Set(person.split(/\s+/).map(fold).filter(Boolean));
  const okHead = (head: string, line: boolean): boolean => {
    const words = head.split(/[ \t]+/).filter((w) => !NAME_JOINERS.test(w));
    if (words.some((w) => /^[dl]['’]/i.test(w) || TEAM_OR_TITLE.test(fold(w)) || NOT_HEAD_WORD.test(w) || NOT_NAME_WORD.test(w) || NAME_NOISE.test(w) || ROLE_LINE.test(w) || personWords.has(fold(w)))) return false;
    if (words.some((w) => fold(company).includes(fold(w)))) return false;
    if (line && !/\s/.test(company) && words.length === 1) return isOrgHead(words[0]!) || words[0]!.length >= 10;
    return true;
  };
  // The name as written ends a line that holds the longer name, after the trading words (ON_LINE);
  // it opens one that joins it to its legal form (LEGAL_TAIL after it).
  const onLine = (cleaned: string): RegExpExecArray | null => (cleaned.endsWith(company) ? ON_LINE.exec(cleaned.slice(0, cleaned.length - company.length)) : null);
  const legalTail = (line: string): RegExpExecArray | null => (line.startsWith(company) ? LEGAL_TAIL.exec(line.slice(company.length)) : null);
  // Each word of the name stands whole in any line that can write it: cleaning a line only drops
  // parts of it (a legal form, quotes, a tracker's tail, team words turned to spaces), so a line
  // without the name's last word, its quotation marks taken out, is passed over unread.
  const lastWord = company.split(/\s+/).filter(Boolean).pop() ?? '';
  const mayHold = (raw: string): boolean => raw.includes(lastWord) || (/["“”]/.test(raw) && raw.replace(/["“”]/g, '').includes(lastWord));
  for (const raw of text.split('\n')) {
    if (!mayHold(raw)) continue;
    const line = withoutTownTail(raw.replace(/^[\s>]+/, '').trim());
    if (line.length > 80) continue;
    const tail = legalTail(line);
    if (tail) return cleanCompany(line);
    const m = onLine(cleanCompany(line));
    if (m && okHead(m[1]!, true)) return `${m[1]} ${company}`;
  }
  // The name is matched as written (no case folded): a text that does not hold it is not searched.
  if (!text.includes(company)) return company;
  for (const m of text.matchAll(inRunningText(company))) {
    if (!HEAD_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // The shortest run of words before the name that stands after the article ("der Schwarzwälder …").
    if (okHead(m[1]!, false)) return `${m[1]} ${company}`;
  }
  return company;
}
