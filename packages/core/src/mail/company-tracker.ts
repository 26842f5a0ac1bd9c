// A tracker (an applicant tracking system, a scheduler, a reference service) sends in its own name
// or the employer's: it is known by its sending domain and by the line it writes under the mail
// ("Powered by Greenhouse", "Sent with Workable", "Envoyé via Teamtailor", "Enviado con Workable",
// "Deze e-mail is automatisch verzonden vanuit AFAS"), and it is never the employer. When the
// sender's name is the tracker's, the employer is the name the message writes: where the person
// applied or will meet ("at X", "bei der X", "chez X", "en X", "bij X"), who invites or decides
// ("X would like to interview you", "X hat dich … eingeladen"), and whose signature closes it,
// the longest written form that the shorter ones are part of. Used by company.ts.
import { escapeRegExp, WORD_END, WORD_START } from '../regexp';
import { fold, joinerWords } from './domain-spelling';
import { cleanCompany, NAME_NOISE, NOT_NAME_WORD, ROLE_LINE } from './company-name';
import { stem } from './company-domain';

// The line a tracker writes about itself, in the five languages: the word after it is its name.
const TRACKER_LINE = /(?:\bpowered\s+by|\bsent\s+(?:via|with|by|through)|\benvoy[ée]\s+(?:via|avec|par)|\bce\s+message\s+a\s+été\s+envoyé\s+par|\benviado\s+(?:con|por|v[ií]a|desde|a\s+trav[ée]s\s+de)|\bfue\s+enviado\s+por|\b(?:gesendet|versendet|verschickt)\s+(?:mit|über|via|von)|\bbereitgestellt\s+von|\b(?:verzonden|verstuurd)\s+(?:met|via|vanuit|door)|\bmogelijk\s+gemaakt\s+door)[ \t]+([\p{L}][\p{L}\p{N}.-]*)/giu;

/** The folded names of the trackers a message's own lines say it was sent with. */
export function trackersNamed(text: string): string[] {
  return [...text.matchAll(TRACKER_LINE)].map((m) => fold(m[1]!.replace(/\.$/, ''))).filter((n) => n.length >= 3);
}

/**
 * Whether a sender's display name is the tracker's own: a tracker's name we know, a label of the
 * sending domain's own name it is the start of ("Ashby" of ashbyhq.com, "JOIN" of join.com), or the name the
 * message's tracker line gives ("AFAS" of "verzonden vanuit AFAS").
 */
export function namesTracker(name: string, domain: string, text: string, known: ReadonlySet<string>): boolean {
  const f = fold(name);
  if (f.length < 3) return false;
  if (known.has(f)) return true;
  // The tracker's own domain, not the employer's subdomain on it ("polderkracht.teamtailor.com").
  const own = fold(stem(domain));
  if (own === f || (f.length >= 4 && own.startsWith(f))) return true;
  return trackersNamed(text).includes(f);
}

// A name as a message writes it: capitalised words, a lower-case particle or "and" between them
// ("Savonnerie du Vieux Port"), an elided article before one ("Conserverie Mouettes d'Étel"); a
// preposition of place ("Encargado de Almacén en Cerería …") ends it.
const WORD = String.raw`(?:[dl]['’])?\p{Lu}[\p{L}\p{N}&'’.-]*`;
const NAME = String.raw`${WORD}(?:[ \t]+(?:(?:${joinerWords()})[ \t]+)?${WORD}){0,5}`;
const NAME_ALONE = new RegExp(String.raw`^${NAME}$`, 'u');
// Where an organisation stands after a preposition of place, with its article: "at X", "with X",
// "to X", "bei der X", "an der X", "chez X", "à la X", "en X", "de X", "bij X", "van X".
// A particle inside a name ("Filature des Trois Vallées") is none: a capitalised word stands before it.
const AT_ORG = new RegExp(String.raw`(?<![\p{L}])(?:at|with|to|bei|beim|an|am|chez|à|au|aux|en|con|bij|aan|voor|(?<!\p{Lu}[\p{L}'’-]*[ \t]+)(?:von|de|du|des|van))[ \t]+(?:l['’]|(?:the|der|dem|den|die|das|la|le|les|el|los|las|het|de)[ \t]+)?(${NAME})`, 'gu');
// Who invites, offers or decides, in the five languages: the organisation that acts, before its verb.
const ACTS = new RegExp(String.raw`(${NAME})[ \t]+(?:would[ \t]+like|wants|has[ \t]+(?:sent|invited|decided|offered)|invites|is[ \t]+(?:pleased|delighted|happy)|hat[ \t]+(?:dich|Sie|Ihnen|Ihre|deine)|möchte[ \t]+(?:dich|Sie)|lädt[ \t]+(?:dich|Sie)|freut[ \t]+sich|vous[ \t]+(?:invite|propose|remercie)|souhaite|a[ \t]+le[ \t]+plaisir|(?:te|le|les)[ \t]+(?:invita|ofrece|propone)|quiere|desea|wil[ \t]+(?:je|u)|nodigt[ \t]+(?:je|u)|heeft[ \t]+(?:je|u)|biedt[ \t]+(?:je|u))(?![\p{L}])`, 'gu');
// Words that open a sentence or a line without naming anyone: pronouns, articles, greetings.
const NOT_FIRST = /^(?:I|We|You|They|He|She|It|Wir|Sie|Ich|Du|Nous|Vous|Je|Tu|Nosotros|Wij|Jij|U|Your|Our|Ihr|Ihre|Dein|Deine|Unser|Unsere|Votre|Notre|Vos|Nos|Tu|Su|Sus|Nuestro|Nuestra|Uw|Onze|Je|The|Das|Der|Die|Dem|Den|La|Le|Les|El|Los|Las|Het|De|Een|Ein|Eine|Un|Une|Una|A|An|This|That|Dies\p{L}*|Ce|Cette|Este|Esta|Deze|Dit|Hi|Hello|Dear|Hallo|Hola|Bonjour|Beste|Best|Kind|Thanks|Thank|Danke|Merci|Gracias|Bedankt|Good|Great|Congratulations|Gefeliciteerd|Félicitations|Felicidades|Herzlichen|Please|Bitte|Mit|Met|Con|Avec|With|Sehr|Viele|Freundliche|Cordialement|Saludos|Groeten|Regards|Sincerely|Cheers|Team|Equipo|Équipe|Google|Microsoft|Zoom|Teams|Meet)$/u;
// A department or a title under a person's name marks their signature, not the firm's.
const TITLE_LINE = /(?:führung|leitung|leiter\p{L}*|direction|directrice|directeur|dirección|director\p{L}*|directie|gerente|inhaber\p{L}*|eigena\p{L}*|owner|founder|manager|recruiter|talento|\bHR\b|RRHH|\bRH\b|P&O)/iu;

// The words of a department's name, in the five languages.
const DEPARTMENT_WORD = /^(?:talent\p{L}*|selecci\p{L}*|recrut\p{L}*|recruit\p{L}*|reclut\p{L}*|recursos|humanos|humana|gesti[óo]n|human|resources|ressources|humaines|personal\p{L}*|personeel\p{L}*|werving|people|hiring|team|equipo|[ée]quipe|rrhh|rh|hr|afdeling|abteilung|department|departamento|service|dienst)$/iu;

/** A candidate's words as a name: cut at its sentence's end, the words that are no name's taken off. */
function asName(raw: string): string | null {
  // The name ends with its sentence, "Co." aside ("Saltmarsh Kelp Co. would like …").
  let words = raw.split(/(?<!\bCo)[.!?]\s/u)[0]!.replace(/(?<!\bCo)[.,;:!?]+$/u, '').split(/[ \t]+/);
  while (words.length && NOT_FIRST.test(words[0]!)) words = words.slice(1);
  // "Saltmarsh Kelp Co." keeps its "Co."; a team's word or a day after the name goes.
  while (words.length > 1 && (NOT_NAME_WORD.test(words[words.length - 1]!) || NAME_NOISE.test(words[words.length - 1]!))) words = words.slice(0, -1);
  // "Talento de Grupo Olivares", "Human Resources of Bank X", "Personalabteilung der Y": the
  // department before the firm's name and its preposition goes.
  const of = words.findIndex((w, i) => i > 0 && /^(?:de|del|of|van|der|des|du|von|vom)$/.test(w) && words.slice(0, i).every((h) => DEPARTMENT_WORD.test(h)));
  if (of > 0) words = words.slice(of + 1);
  const name = cleanCompany(words.join(' '));
  if (name.length < 3 || !NAME_ALONE.test(name) || NOT_FIRST.test(name.split(/\s+/)[0]!)) return null;
  return name;
}

const GREETING = /^(?:Hi|Hello|Hey|Dear|Hallo|Liebe[rs]?|Sehr|Guten|Hola|Estimad[oa]s?|Querid[oa]s?|Buenos|Buenas|Bonjour|Bonsoir|Cher|Chère|Madame|Monsieur|Beste|Hoi|Geachte)\b/u;

/** The signature's name lines of a text: a line that is a name alone, a place or a footer's tail after it taken off. */
function nameLines(text: string): Array<{ name: string; signed: boolean }> {
  const lines = text.split('\n').map((l) => l.replace(/^[\s>]+/, '').trim());
  const out: Array<{ name: string; signed: boolean }> = [];
  lines.forEach((line, i) => {
    // A greeting's line names the person written to.
    if (!line || line.length > 90 || GREETING.test(line)) return;
    // "Cartonnerie du Vercors – 38160 Saint-Marcellin", "Kaffeerösterei Hanseatica, Hamburg",
    // "Scheepswerf De Hoop Lemmer B.V. | Industrieweg 31": the name before its place or address.
    const head = line.split(/\s+[–—|·-]\s+/)[0]!.replace(/,\s*[^,]*$/u, (tail) => (/\d|^,\s*\p{Lu}/u.test(tail) ? '' : tail));
    // "L'équipe Bonnat-Réveillon", "El equipo de Tierra Maya", "Het team van X": the team's firm.
    const firm = head.replace(/^(?:l['’]\s*[ée]quipe(?:\s+(?:de\s+|du\s+|des\s+|d['’]))?|(?:el\s+)?equipo\s+(?:de\s+)?|(?:het\s+)?team\s+(?:van\s+)?|(?:das\s+)?team\s+(?:der\s+|von\s+|vom\s+)?|the\s+team\s+at\s+)/iu, '');
    const name = asName(cleanCompany(firm));
    if (!name || name.split(/\s+/).length > 6) return;
    // A person's name over a title or a department ("Hanne Rautenberg\nGeschäftsführung") is theirs.
    const next = lines.slice(i + 1).find(Boolean) ?? '';
    const signed = next.split(/\s+/).length <= 4 && (ROLE_LINE.test(next) || TITLE_LINE.test(next));
    out.push({ name, signed });
  });
  return out;
}

/** How often the text writes a name as a whole. */
function count(text: string, name: string): number {
  return [...text.matchAll(new RegExp(`${WORD_START}${escapeRegExp(name)}${WORD_END}`, 'gu'))].length;
}

/**
 * The employer a tracker's message names, or null: the names the text writes where an organisation
 * stands, scored by how often the text writes them or a shorter form they hold ("Chocolaterie
 * Bonnat-Réveillon" holds "Bonnat-Réveillon"), the longest among the best; else the one that
 * invites or decides, a name after a preposition of two words or more, or the signature's last
 * organisation line. `isTracker` tells the tracker's own names.
 * @example writtenEmployer('Thanks for applying at Tidewater Trust.\n\nKind regards,\nTidewater Trust', () => false) // 'Tidewater Trust'
 */
export function writtenEmployer(text: string, isTracker: (name: string) => boolean): string | null {
  const ok = (n: string | null): n is string => n !== null && !n.split(/\s+/).some((w) => isTracker(w)) && !isTracker(n);
  const acting = [...text.matchAll(ACTS)].map((m) => asName(m[1]!)).filter(ok);
  const placed = [...text.matchAll(AT_ORG)].map((m) => asName(m[1]!)).filter(ok);
  const lines = nameLines(text).filter((l) => ok(l.name));
  const all = [...new Set([...acting, ...placed, ...lines.filter((l) => !l.signed).map((l) => l.name)])];
  const counts = new Map(all.map((n) => [n, count(text, n)]));
  const contains = (long: string, short: string): boolean => new RegExp(`${WORD_START}${escapeRegExp(short)}${WORD_END}`, 'u').test(long);
  const score = (n: string): number => Math.max(...all.filter((s) => contains(n, s)).map((s) => counts.get(s)!));
  const ranked = all.map((n) => ({ n, s: score(n) })).sort((a, b) => b.s - a.s || b.n.length - a.n.length);
  if (ranked[0] && ranked[0].s >= 2) return ranked[0].n;
  const multi = (n: string): boolean => /\s/.test(n);
  const unsigned = lines.filter((l) => !l.signed && multi(l.name));
  return acting.find(multi) ?? placed.find(multi) ?? unsigned[unsigned.length - 1]?.name ?? null;
}
