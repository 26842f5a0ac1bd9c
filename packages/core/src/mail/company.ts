// Company from a message: who the sender is (a tracker, a free-mail box, a person at a firm, a
// recruiter writing for a client) decides where the employer's name is read: the tracker's
// display name, the client named in the text, the sender's own name, or the name its domain
// spells (company-domain.ts), each in the longest form the text writes (company-name.ts).
// Written on the training split only.
import mailProviders from 'email-providers/all.json' with { type: 'json' };
import { JOB_BOARD_DOMAINS } from './phrases';
import { fold, foldPlain, joinerWords, spells } from './domain-spelling';
import { WORD_START } from '../regexp';
import { cleanCompany, DEPARTMENT, fullName, isOrgHead, LONG_NAME_TAIL, NAME_NOISE, NOT_NAME_WORD, ROLE_LINE, withoutNoise, withSectorHead, withTradeWords } from './company-name';
import { abbreviatedName, findInText, gluedName, segmentDomain, stem, titleCase } from './company-domain';
import { namesTracker, trackersNamed, writtenEmployer } from './company-tracker';
import { withSignature } from './company-signature';
import { ATS_DOMAINS, ATS_LABEL, ATS_NAMES, GENERIC_MAILBOX, isRecruiter, isTrackerLabel, TRACKER_NAMES } from './company-ats';

export { cleanCompany } from './company-name';

// A person's own mailbox: a free-mail provider, or a documentation domain (example.com, example.org).
const FREE_MAIL = /^(?:example|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|gmx|web|proton|protonmail|aol|orange|free|wanadoo|hotmail)\./i;
// Every domain the email-providers package lists as a mail provider's (an internet provider's
// mailboxes such as t-online.de, btinternet.com, bluewin.ch, telenet.be, laposte.net): a mailbox
// there is a person's or a small firm's own, and the domain names no employer.
const MAIL_PROVIDERS: ReadonlySet<string> = new Set(mailProviders);
const isMailProvider = (domain: string): boolean => FREE_MAIL.test(domain) || MAIL_PROVIDERS.has(domain);

// The lower-case words a person's name holds: its particles ("Femke de Wit", "Ludwig van der Berg").
const PERSON_PARTICLE = /^(?:van|de|der|den|von|vom|zu|du|le|la|del|da|di|dos|ten|ter|te|y|['’]t)$/;
/**
 * An organisation's name by its shape ("Apotheke am Rathaus", "Boulangerie de la Gare", "Pharmacy on
 * the Green"): a lower-case word other than a person's name particle, or an organisation's noun
 * first. A person writing from their firm says so with a preposition ("Jess at Fenwick", "Marie
 * chez Dupont"): still a person.
 */
function isOrgShaped(name: string): boolean {
  const all = name.trim().split(/\s+/);
  if (all.some((w) => ORG_AT.includes(w) || /^(?:from|von|vom|via)$/.test(w))) return false;
  return all.some((w) => /^\p{Ll}/u.test(w) && !PERSON_PARTICLE.test(w)) || isOrgHead(all[0]!);
}

function isPerson(name: string, local: string): boolean {
  // "Cindervale Hiring <hiring@…>": a word of the team's name in the address is no person's name.
  const words = withoutNoise(name).split(/\s+/).filter((w) => w.length >= 3);
  if (words.length === 0 || words.length > 4) return false;
  const l = fold(local);
  return words.some((w) => l.includes(fold(w)) || l.includes(foldPlain(w)));
}

// A person's name by its shape: one to three capitalised words of letters, a particle allowed
// before the last ("Femke de Wit", "Élodie Garcin", "Jens Tammen", "Marijke").
const PERSON_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:(?:van|de|der|den|von|vom|zu|du|le|la|del|da|di|dos|ten|ter|te|['’]t)\s+){0,2}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){0,2}$/u;

// A line that opens with a name, and what may follow it there: the line's end, or a comma or a
// dash and the firm ("Marijke, Zeepziederij Het Anker"). Compiled once; the name is compared as text.
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const AFTER_SIGNATURE = /^[ \t]*(?:$|(?:,|[ \t][–—-])[ \t]*\p{Lu})/u;
/** Whether a line of the text opens (after quote marks) with the name or its first word, alone or before a comma or dash and a capital. */
function isSignedWith(text: string, name: string, first: string): boolean {
  for (const raw of text.split(LINE_BREAK)) {
    const line = raw.replace(/^[ \t>]*/, '');
    if (line.startsWith(name) && AFTER_SIGNATURE.test(line.slice(name.length))) return true;
    if (line.startsWith(first) && AFTER_SIGNATURE.test(line.slice(first.length))) return true;
  }
  return false;
}

// The prepositions that put a role, an interview or an application at an organisation, in the five
// languages ("at", "with", "chez", "bei", "en", "bij"), and those that name an organisation in
// running text besides ("working for", "joining", "für", "pour", "para", "voor"…): one list for
// ROLE_AT, APPLIED_AT, the signature's "… at Firm" line and the test of a name written as a firm's.
const ORG_AT = ['at', 'with', 'chez', 'bei', 'beim', 'en', 'bij'];
const ORG_NAMING = [...ORG_AT, 'for', 'by', 'joining', 'für', 'der', 'pour', 'avec', 'de', 'du', 'para', 'con', 'del', 'voor', 'van', 'met'];
const ORG_AT_WORDS = ORG_AT.join('|');
// A preposition of ORG_NAMING and an article, where a capitalised name begins; compiled once.
const NAMING_LEAD = new RegExp(String.raw`\b(?:${ORG_NAMING.join('|')})[ \t]+(?:(?:the|die|la|le|el|de)[ \t]+)?(?=\p{Lu})`, 'gu');
const isAsciiWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
/** Whether the text names `name` after an organisation's preposition, the name ending at a word boundary. */
function isNamedAfterPreposition(text: string, name: string): boolean {
  for (const m of text.matchAll(NAMING_LEAD)) {
    const at = m.index + m[0].length, end = at + name.length;
    if (text.startsWith(name, at) && isAsciiWordChar(text[end - 1]) !== isAsciiWordChar(text[end])) return true;
  }
  return false;
}

/**
 * Whether a display name is its sender's own, in every language the same way: a person's shape,
 * no organisation's, team's or title's word, a first word the domain does not spell, and the
 * message signed with it (the name or its first word alone on a line, or before a comma or a dash
 * and the firm: "Marijke, Zeepziederij Het Anker"). A mailbox of a role (info@, karriere@) says
 * nothing of it either way.
 */
function signsAsPerson(name: string, text: string, domainStem: string): boolean {
  const n = name.trim();
  if (!PERSON_SHAPE.test(n) || NAME_NOISE.test(n) || ROLE_LINE.test(n)) return false;
  const words = n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  // An organisation's noun opens its name; a surname may end like one ("Kamphuis").
  if (isOrgHead(words[0]!) || words.some((w) => NOT_NAME_WORD.test(w))) return false;
  const stemFolded = fold(domainStem);
  if (stemFolded.includes(fold(words[0]!))) return false;
  // Later words that spell the whole domain ("Aquariumcentrum Het Rif" at hetrif.be) are the firm's
  // name after its sector noun; a person's name does not hold a firm's whole name.
  if (words.length >= 3 && words.some((_, i) => i > 0 && i <= words.length - 2 && stemFolded.length >= 5 && spells(words, i, stemFolded) === words.length)) return false;
  if (!isSignedWith(text, n, words[0]!)) return false;
  // An organisation is named in its own running text after a preposition ("the position with
  // Silverline Transit Authority", "working for Redfern Council", "bei der Stadt …"); a person
  // writing does not name themselves so.
  if (isNamedAfterPreposition(text, n)) return false;
  // A firm signing with its own name ("Fliesenmanufaktur Rottal" at fliesen-rottal.de) has a word
  // the domain spells; a person whose surname the firm bears ("Ulrike Wendt" at
  // schornstein-wendt.de) signs with the firm's name on the line after their own.
  if (words.some((w) => w.length >= 4 && stemFolded.includes(fold(w)))) {
    // …and a firm's department under its name ("Sachgebiet Personal", "Human Resources") is not a firm.
    const firm = signedFirm(text, n);
    return firm !== null && !firm.split(/\s+/).some((w) => NOT_NAME_WORD.test(w) || NAME_NOISE.test(w));
  }
  return true;
}

// A recruiter writing for a client names it: "my client Halberd Security", "on behalf of our client,
// Oakhurst", "recruiting for …", "je recrute pour …", "für unseren Kunden …", "para nuestro cliente
// …", "voor onze opdrachtgever …". The client, not the recruiter's firm, is the employer.
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:${joinerWords(['en'], ['and'])})[ \t]+|d['’])?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}`;
const CLIENT = new RegExp(String.raw`(?:\b(?:[Mm]y|[Oo]ur)\s+client,?|\b[Oo]n\s+behalf\s+of(?:\s+(?:my|our)\s+client,?)?|\b[Rr]ecruiting\s+for|\b[Rr]ecrut\p{L}*\s+pour|\b(?:[Pp]our|[Aa]u\s+nom\s+de)\s+(?:notre|mon)\s+client,?|\b[Ff]ür\s+(?:unseren|unsere[nm]?|einen)\s+(?:Kunden|Mandanten|Auftraggeber),?|\b(?:[Pp]ara|[Dd]e)\s+(?:nuestro|mi)\s+cliente,?|\b[Vv]oor\s+(?:onze|mijn)\s+(?:klant|opdrachtgever),?)[ \t]+(${NAME})`, 'u');

/** The client a recruiter names as the employer, or null. */
function clientOf(text: string): string | null {
  const m = CLIENT.exec(text);
  if (!m) return null;
  // The name ends with its sentence ("on behalf of Gatewood School Transport. Please do not reply"):
  // a full stop after a word of three letters or more, other than a legal form's or a short form's
  // ("Inc.", "Bros."), is the sentence's.
  const all = m[1]!.split(/[ \t]+/);
  const end = all.findIndex((w) => /^\p{L}*\p{L}{3}\.$/u.test(w) && !/^(?:Inc|Ltd|Corp|Bros|Cia|Ste|Sta|Pty|Pte|Pvt)\.$/.test(w));
  const words = end >= 0 ? [...all.slice(0, end), all[end]!.slice(0, -1)] : all;
  // The name ends before a word that opens the sentence's next part ("… would like", "… einen").
  while (words.length > 1 && (NOT_NAME_WORD.test(words[words.length - 1]!) || /^(?:I|We|They)$/.test(words[words.length - 1]!))) words.pop();
  const name = cleanCompany(words.join(' ').replace(/[.,]$/, ''));
  return name.length >= 3 && !NOT_NAME_WORD.test(words[0]!) ? name : null;
}

// A tracker's sender that names only the tracker or a team ("Personio", "Equipo de Talento",
// "Recruiting-Team") leaves the employer to the text: where the person applied, on whose behalf
// the mail is written, or whose team signs it.
const TEAM_WORD = String.raw`(?:the|your|ihr|das|l['’]|votre|el|tu|su|het|je|uw|de|of|del|du|der|van|des|[ée]quipe|equipo|team|Recruiting-?Team|talent|talento|talenten|recrutement|recruitment|recruiting|selección|people|hiring|RRHH|RH|HR|Personal|werving)`;
const TEAM_ONLY = new RegExp(String.raw`^${TEAM_WORD}(?:\s+${TEAM_WORD})*$`, 'iu');
const EMPLOYER_PHRASE = new RegExp(String.raw`(?:\b(?:applying|application|applied)\s+(?:to|at|with)|\bBewerbung\s+(?:bei|beim)(?:\s+der)?|\bcandidature\s+chez|\bsollicitatie\s+bij|\b[Nn]amens|\b[Oo]n\s+behalf\s+of|\b[Aa]u\s+nom\s+de|\b[Ii]m\s+Namen\s+(?:der|von|des)|\b[Ee]n\s+nombre\s+de|${WORD_START}(?:[Tt]eam|[Ee]quipo\s+de\s+[Tt]alento|[ÉéEe]quipe\s+(?:de\s+)?recrutement|Recruiting-?Team)\s+(?:de|of|der|van|du|von))[ \t]+(${NAME})`, 'u');

// A go-between's notice (a job board, a reference service, an alert service) names the employer as
// the one who acted on the application, in the five languages: "Blackmoor Hospitality viewed your
// application", "… has asked us to collect references", "… hat Ihre Bewerbung angesehen", "… a
// consulté votre candidature", "La empresa … ha actualizado el estado de tu candidatura", "… heeft
// je sollicitatie bekeken", "… vraagt je om referenties"; or as where the application went: "Ihre
// Bewerbung als Lagerlogistiker bei …", "your application for Data Engineer at …".
const ACTED = new RegExp(String.raw`(${NAME})[ \t]+(?:has[ \t]+|have[ \t]+)?(?:viewed|reviewed|opened|looked[ \t]+at|updated|asked|requested|would[ \t]+like[ \t]+(?:references|referees)|hat[ \t]+(?:Ihre|deine|Ihr|dein)[ \t]+(?:Bewerbung|Profil|Unterlagen)|bittet[ \t]+(?:Sie|dich)|a[ \t]+(?:consulté|vu|mis[ \t]+à[ \t]+jour|demandé)|vous[ \t]+demande|(?:ha|han)[ \t]+(?:visto|revisado|actualizado|consultado|solicitado)|(?:te|le)[ \t]+pide|solicita|heeft[ \t]+(?:je|jouw|uw)[ \t]+(?:sollicitatie|profiel|cv)|vraagt[ \t]+(?:je|jou|u))(?![\p{L}])`, 'u');
const APPLIED_AT = new RegExp(String.raw`\b(?:application|Bewerbung|candidature|candidatura|sollicitatie)[ \t]+(?:as|for|als|pour|comme|para|como|a|al|voor)[ \t]+[^.\n]{1,80}?[ \t](?:${ORG_AT_WORDS})[ \t]+(${NAME})`, 'u');
const PRONOUN = /^(?:I|We|You|They|He|She|It|Wir|Sie|Ich|Nous|Vous|Nosotros|Wij|We|Jij|U|Your|Our|Ihre|Unsere|Votre|Notre|Tu|Su|Je|Uw|Onze|The|Das|Der|Die|La|Le|El|Het|De|Good|Great|Gute|Goed|Bonne|Buenas)$/;
/** The employer a go-between's notice names as acting on, or receiving, the application: two words or more. */
function actedFor(text: string): string | null {
  for (const [m, acted] of [[ACTED.exec(text), true], [APPLIED_AT.exec(text), false]] as const) {
    if (!m) continue;
    // The one who acted stands in the verb's own sentence: "… the role of Legal Secretary. Having
    // reviewed …" names no one.
    if (acted && /[.!?]\s/.test(m[1]!)) continue;
    const words = m[1]!.split(/[ \t]+/);
    while (words.length && PRONOUN.test(words[0]!)) words.shift();
    // The name ends with its sentence ("… Council. We'd …").
    const name = cleanCompany(words.join(' ').split(/[.!?]\s/)[0]!.replace(/[.,]$/, ''));
    if (name.split(/\s+/).length >= 2 && !NOT_NAME_WORD.test(words[0] ?? '')) return name;
  }
  return null;
}

// A title's line in a signature that ends with the firm ("Office Manager at Gilded Thimble"): the
// places of ORG_AT but "with", which a title line does not use so.
const SIGNED_AT = new RegExp(String.raw`\s(?:${ORG_AT.filter((w) => w !== 'with').join('|')})\s+(${NAME})\s*$`, 'u');
const NAME_LINE = new RegExp(String.raw`^${NAME}$`, 'u');
// A person's signature names the firm on the line after the name ("Maggie Doran\nGilded Thimble
// Tailoring") or after "at / chez / bei / beim / en / bij" ("Office Manager at Gilded Thimble").
function signedFirm(text: string, name: string): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  const first = name.split(/\s+/)[0] ?? '';
  if (first.length < 2) return null;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i]!.startsWith(first) || lines[i]!.split(/\s+/).length > 4) continue;
    // A signature line's parts stand apart by bars ("Havenbedrijf Noordkade B.V. | KvK 12345678"):
    // the first part is the firm, the rest its registration, its address or its telephone.
    for (const line of lines.slice(i + 1, i + 4).map((l) => l.split(/\s+\|\s+/)[0]!.trim()).filter(Boolean)) {
      const at = SIGNED_AT.exec(line);
      if (at) return cleanCompany(at[1]!);
      if (ROLE_LINE.test(line) || /[@:\d]|https?:/.test(line)) continue;
      if (NAME_LINE.test(line)) return cleanCompany(line);
    }
    return null;
  }
  return null;
}

// A person writing from their own mailbox (a thank-you, a question) names the employer as where
// the role is: "the Process Integration role at Opaline …", "le poste de … chez Fibre Armor
// Télécom", "die Stelle als … bei …", "el puesto de … en …", "de functie … bij …".
const ROLE_AT = new RegExp(String.raw`\b(?:role|position|job|post|vacancy|interview|poste|entretien|candidature|Stelle|Position|Gespräch|Bewerbung|puesto|vacante|entrevista|candidatura|functie|vacature|gesprek|sollicitatie)\b[^.!?\n]{0,70}?[ \t](?:${ORG_AT_WORDS})[ \t]+(${NAME})`, 'u');
/** The employer a person's own message names as where the role is: two words or more. */
function roleAt(text: string): string | null {
  const m = ROLE_AT.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/[ \t]+/);
  while (words.length > 1 && NOT_NAME_WORD.test(words[words.length - 1]!.replace(/[.,]$/, ''))) words.pop();
  const name = cleanCompany(words.join(' ').split(/[.!?]\s/)[0]!.replace(/[.,]$/, ''));
  return name.split(/\s+/).length >= 2 && !PRONOUN.test(words[0]!) && !NOT_NAME_WORD.test(words[0]!) ? name : null;
}

/**
 * The employer a message is from: an ATS's display name, an organisation's own name, or for a
 * person writing from a company domain the name in the text that spells the domain.
 * @example companyFromSender('Lumen Robotics', 'no-reply@ashbyhq.com', '') // 'Lumen Robotics'
 */
export function companyFromSender(name: string, address: string, text: string, quoted = ''): string | null {
  const found = companyOf(name, address, text, quoted);
  const written = found ? withTradeWords(found, text, withoutChrome(name)) : found;
  // A board's notice and a recruiter's for a client name an employer the signature is not.
  const domain = address.toLowerCase().split('@')[1] ?? '';
  if (JOB_BOARD_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) || clientOf(text)) return written;
  return withSignature(written, text, withoutChrome(name), stem(domain));
}

// A mail client's or a tracker's wording around the sender, in the five languages: "Microsoft Outlook
// on behalf of Joanna Price", "… en nombre de …", "… im Auftrag von …", "… de la part de …", "…
// namens …", "… au nom de …"; what follows it is the one who wrote, a person or a team, and the
// client's name before it is no company. A mailer's word after a name ("Lever Notifications",
// "Acme No-Reply", "… Benachrichtigungen") names the mailer, not a part of the firm's name.
const SENDER_CHROME = /^.*?(?:^|\s)(?:on\s+behalf\s+of|en\s+nombre\s+de|im\s+Auftrag\s+(?:von|des|der)|de\s+la\s+part\s+de|namens|au\s+nom\s+de|in\s+naam\s+van)(?:\s+|$)/iu;
const MAILER_TAIL = /\s+(?:notifications?|notificaciones|benachrichtigungen|meldingen|notificaties|notificatie|no-?reply|do-?not-?reply|mailer|alerts?)$/iu;
const withoutChrome = (name: string): string => name.replace(SENDER_CHROME, '').replace(MAILER_TAIL, '').trim();

// A form's field line that names the employer: "Organisatie: …", "Institución: …", "Employer: …",
// "Arbeitgeber: …", "Entreprise : …"; a no-reply notice that holds one means it, not its sender.
const EMPLOYER_FIELD = new RegExp(String.raw`^[ \t]*(?:Organisatie|Organisation|Organization|Organización|Organizacion|Institución|Institution|Instelling|Employer|Company|Arbeitgeber|Unternehmen|Werkgever|Bedrijf|Empleador|Empresa|Employeur|Entreprise)[ \t]*:[ \t]*(${String.raw`\p{Lu}[\p{L}\p{N}&'’. -]{1,80}?`})[ \t]*$`, 'mu');
const NO_REPLY = /^(?:no-?reply|noreply|do-?not-?reply|donotreply|notifications?|notify|mailer)$/;

function companyOf(rawName: string, address: string, text: string, quoted: string): string | null {
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  const name = withoutChrome(rawName);
  if (NO_REPLY.test(local)) {
    const field = EMPLOYER_FIELD.exec(text);
    if (field && cleanCompany(field[1]!)) return cleanCompany(field[1]!);
  }
  // A board's notice names the employer that acted; a board sending "Employer via Board" names it in the sender's name.
  if (JOB_BOARD_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) return actedFor(text) ?? (/\s(?:via|vía|über|through)\s/iu.test(name) && cleanCompany(name) ? cleanCompany(name) : null);
  const client = clientOf(text);
  if (client) return fullName(client, text);
  // A tracker's own name as a label of the domain ("jobs.workable.example", a mailbox of a test or
  // regional install) is a tracker too; a name a company could also bear ("lever") does not count.
  const cleaned = cleanCompany(name);
  // A sender whose name or domain the message's own tracker line names ("AFAS Recruitment"
  // <noreply@afas.online>, "… automatisch verzonden vanuit AFAS") is a tracker too.
  const named = trackersNamed(text);
  const isAts = ATS_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) || domain.split('.').slice(1, -1).some((l) => ATS_LABEL.test(l)) || domain.split('.').slice(0, -1).some(isTrackerLabel)
    || (cleaned !== '' && named.includes(fold(cleaned)) && !TEAM_ONLY.test(cleaned))
    // The sending domain's own name is the one the tracker line gives ("Sent via Lever" from
    // lever.example, "Powered by Ashby" from ashby.example), or a tracker's name that names nothing
    // else is the domain's own label (workable.example): the tracker's mailer, not the employer's.
    || named.includes(fold(stem(domain))) || domain.split('.').slice(0, -1).some((l) => ATS_LABEL.test(l));
  if (isAts) {
    const isTracker = (n: string): boolean => ATS_NAMES.test(n) || namesTracker(n, domain, text, TRACKER_NAMES);
    // Workday and Personio put the employer in the local part or a subdomain.
    const sub = domain.split('.')[0] ?? '';
    // A recruiter writing through the tracker signs with their own name ("Priya Okonjo"
    // <priya@saltmarshtea.jobs.lever.co>): the employer is the name the subdomain spells in the text.
    if (cleaned && isRecruiter(cleaned, local) && sub.length >= 5 && !/^(?:jobs|careers|mail|hire|talent|us|candidates|apply|recruiting)$/.test(sub) && !ATS_LABEL.test(sub) && !isTrackerLabel(sub)) {
      const firm = gluedName(text, sub, name) ?? findInText(text, sub);
      if (firm && !fold(firm).startsWith(fold(cleaned))) return firm;
    }
    // The tracker's own name ("Greenhouse", "softgarden", "JOIN", "Ashby") is never the employer.
    if (cleaned && !TEAM_ONLY.test(cleaned) && !isTracker(cleaned)) return cleaned;
    // A mailbox or a subdomain names the employer unless it is a mailbox's word or the tracker's
    // ("us.greenhouse-mail.io", "candidates.workablemail.com", "hire.lever.co").
    const generic = (l: string): boolean => l.length < 3 || GENERIC_MAILBOX.test(l) || ATS_LABEL.test(l) || isTrackerLabel(l) || isTracker(l);
    const guess = !generic(local) ? local : !generic(sub) ? sub : '';
    if (guess) return findInText(text, guess) ?? titleCase(guess.replace(/[-_.]/g, ' '));
    const written = writtenEmployer(text, isTracker);
    if (written) return written;
    const phrase = EMPLOYER_PHRASE.exec(text);
    // The name ends with its sentence ("… GmbH. Wir haben …").
    return phrase ? cleanCompany(phrase[1]!.split(/\.\s/)[0]!) : null;
  }
  // At a mail provider an organisation's own mailbox bears its name ("Apotheke am Rathaus"
  // <apotheke.rathaus@t-online.de>): the name, not the person's signature, is the employer.
  // A person's name over a firm's mailbox there ("Claire Bonnet" <pharmacie.vieuxport@…>): the name
  // the mailbox spells, where the text writes it, is the employer.
  if (isMailProvider(domain) && cleaned && PERSON_SHAPE.test(cleaned) && !isPerson(name, local) && !isOrgShaped(cleaned)) {
    const box = local.replace(/[^a-z0-9]/g, '');
    const spelt = box.length >= 6 ? findInText(text, box) : null;
    if (spelt && spelt.split(/\s+/).length >= 2 && !fold(spelt).includes(fold(cleaned))) return fullName(spelt, text);
  }
  if (isMailProvider(domain)) return cleaned && ((isOrgShaped(cleaned) && !TEAM_ONLY.test(cleaned)) || !isPerson(name, local)) ? cleaned : signedFirm(text, name) ?? roleAt(text) ?? (quoted ? roleAt(quoted) : null);
  const s = stem(domain).replace(/-/g, '');
  // A display name shorter than the trading name the text writes ("Northbrook" of "Northbrook
  // Mutual Building Society").
  if (cleaned && !isPerson(name, local) && !signsAsPerson(cleaned, text, s)) {
    // A service writing in its own name about an application to another organisation.
    const acted = actedFor(text);
    if (acted && !fold(acted).includes(fold(cleaned)) && !fold(cleaned).includes(fold(acted)) && !fold(acted).startsWith(s)) return acted;
    if (/\s/.test(cleaned)) return withSectorHead(cleaned, text);
    // A team signing after the name ("Pellham Engineering") is no longer name.
    const long = fullName(cleaned, text, LONG_NAME_TAIL);
    return DEPARTMENT.test(long.slice(cleaned.length)) ? cleaned : long;
  }
  // The signature may stand only in the quoted message the reply answers.
  const glued = gluedName(text, stem(domain), name) ?? (quoted ? gluedName(quoted, stem(domain), name) : null);
  if (glued) return glued;
  // A domain with its country glued on ("tidewaterhealthnz", "kranichsoftwarede"): the name without it.
  const country = /^(.{5,}?)(?:nz|uk|us|usa|au|ca|ie|za|sg|in|de|at|ch|nl|be|fr|es|mx|ar|cl|co)$/.exec(s)?.[1];
  const found = findInText(text, s) ?? (country ? findInText(text, country) : null);
  if (found) return fullName(found, text);
  // A domain that glues, shortens or gives the initials of the name the text writes
  // ("moutarderie-fb" of "Moutarderie Fallot-Brun"): the name as written.
  const written = abbreviatedName(text, s, name) ?? (quoted ? abbreviatedName(quoted, s, name) : null);
  if (written) return written;
  // A signature names the firm under the person's name ("Martín\nAnalítica Deportiva Pampa" at
  // pampa-analytics.com.ar) where the domain spells nothing the text writes.
  return signedFirm(text, name) ?? (s ? fullName(segmentDomain(s), text) : null);
}