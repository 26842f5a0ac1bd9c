import { detectLanguage } from '../listing/language';
import { readableMail } from './body';
import { companyFromSender } from './company';
import { extractInterview } from './interview';
import { WEEKDAY_WORDS } from './times';
import { GateIndex, gateParts, gateText, gateWords, passesGate, passesParts } from './gate';
import { GRAMMAR_RULES, choosesSomeoneElse } from './grammar';
import { isAboutSlotAt, isAskedAt, isConditionalAt, isNegatedAt, isQuotedAt, isThankedForAt } from './clauses';
import { callsOffMeeting, proposesMeeting, setsOutTerms } from './meetings';
import type { PhraseRule } from './phrase-rule';
import { CALENDAR_SUBSCRIPTION, RULES } from './phrases';
import { OWN_APPLICATION_DENIED, STATUS_REJECTED } from './phrases-rejection';
import { roleFromMail } from './role';
import { STANDING_RULES, isWonderedAt } from './standing';
import { isCalendarNotice, isOthersMailForwarded } from './notices';
import { framedMessage } from './frames';
import { isConcededAt, isCounterfactualAt, isOfferDeniedAt } from './moods';
import { OUTCOME_RULES } from './outcomes';
import { INTERNAL_FILL_RULES } from './internal-fill';
import { GIVEN_TO_RULES } from './given-to';
import { MOVED_MEETING_RULES } from './moved-meeting';
import { STOPS_SEARCH_RULES } from './stops-search';
import { NOT_THIS_TIME_RULES } from './not-this-time';
import { SETTLED_RULES, chosenHasSigned, notChosenBySilenceAt } from './settled';
import { mailMessageSchema, type MailClassification, type MailKind, type MailMessage } from './schema';
import { mailFeatures, takeSecondOpinion, type MailModel } from './model';
import { WORD_END, WORD_START } from '../regexp';

// On a tie the more consequential kind wins: an offer or a closed position outweighs a rejection,
// which outweighs an invitation.
const PRIORITY: MailKind[] = ['offer', 'position_closed', 'rejection', 'interview_invitation', 'application_received', 'other'];
const MIN_SCORE = 3;
// Agreement in a reply, in the five languages, with a straight or a curly apostrophe ("c’est noté").
const AGREES = new RegExp(String.raw`${WORD_START}(?:works?\s+(?:for|well|fine|great)|(?:that|this|it|which)\s+works|sounds\s+(?:good|great|perfect)|see\s+you\s+(?:then|there|on)|confirm(?:ed)?|perfect|great|passt|bestätig\w*|einverstanden|parfait|c['’]est\s+noté|d['’]accord|confirm[ée]|perfecto|de\s+acuerdo|confirmad[oa]|nos\s+vemos|prima|akkoord|bevestig\w*|top|tot\s+dan)${WORD_END}`, 'iu');

// The interview itself, by its name in the five languages (a webinar, an open day or a fair is none).
const INTERVIEW = /(?<!\p{L})(?:interview\p{L}*|\p{L}*gespräch\p{L}*|entretien\p{L}*|entrevista\p{L}*|\p{L}*gesprek\p{L}*)(?!\p{L})/iu;

// Scheduling tools that send the person a link to book a slot themselves. Their request to pick a
// time is a step before an invitation, not one (the booking's confirmation, with its time or a
// calendar attached, is); an employer's own mail that asks the same is still read by its words.
const SCHEDULING_TOOLS = ['calendly.com', 'goodtime.io', 'cal.com', 'doodle.com', 'youcanbook.me', 'savvycal.com', 'modernloop.io'];
// A request to choose a slot, in the five languages.
const PICK_A_SLOT = /\b(?:pick|choose|select|book|reserve)\s+(?:\p{L}+\s+){0,3}?(?:times?|slots?|dates?)\b|\b(?:choisi\p{L}*|réserve\p{L}*|sélectionne\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:créneaux?|horaires?|dates?)\b|\b(?:wählen|buchen|wähle|buche)\s+(?:\p{L}+\s+){0,3}?(?:Termin\p{L}*|Zeit\p{L}*)|\b(?:Termin\p{L}*|Zeit\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:wählen|buchen|aus)\b|\b(?:elige|escoge|reserva|selecciona)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:horarios?|huecos?|fechas?|franjas?)\b|\b(?:kies|kiezen|boek|plan|prik)\s+(?:\p{L}+\s+){0,3}?(?:tijd\p{L}*|moment\p{L}*|datum)\b/iu;

function isSchedulingRequest(fromAddress: string, text: string, hasCalendar: boolean): boolean {
  const domain = fromAddress.split('@')[1]?.toLowerCase() ?? '';
  if (hasCalendar || !SCHEDULING_TOOLS.some((d) => domain === d || domain.endsWith(`.${d}`))) return false;
  return PICK_A_SLOT.test(text) && !proposesMeeting(text);
}

// The person addressed, and the sender deciding, in the five languages: "we … you".
const SAID_TO_PERSON = /(?<!\p{L})(?:you|your|yours|Sie|Ihnen|Ihre[nmrs]?|dich|dir|deine?[nmrs]?|vous|votre|vos|toi|ta|tes|tu|te|ti|usted|su|sus|u|uw|je|jou|jouw)(?!\p{L})/iu;

// The body that decides for the sender counts as the sender: "the selection committee has chosen",
// "die Auswahlkommission", "le comité", "la comisión", "de selectiecommissie".
// A board is one only when it decides: a job board, a notice board or being on board is none.
const SAID_BY_SENDER = /(?<!\p{L})(?:we|we've|we'd|we'll|our|us|I|I'm|I've|wir|uns|unser\p{L}*|ich|nous|notre|nos|hemos|nosotros|nuestr[oa]s?|decidimos|wij|ons|onze|ik|(?:selection\s+|hiring\s+|interview\s+|recruitment\s+)?(?:committee|panel|(?<!(?:job|jobs|career|careers|message|bulletin|notice|vacancy|vacancies|on)[\s-]?)board)|hiring\s+manager|\p{L}*kommission|Gremium|Jury|commission|comité|jury|comisión|tribunal|\p{L}*commissie)(?!\p{L})/iu;

// An agency's or a recruiter's client, who decides on the person the agency put forward: "our
// client", "my client", "unser Kunde", "der Auftraggeber", "mon client", "la empresa cliente",
// "nuestro cliente", "onze opdrachtgever", "de klant". Its decision, told by the agency, is one on
// the person as much as the employer's own.
const CLIENT = /(?<!\p{L})(?:(?:our|my|the)\s+client|(?:unser\p{L}*|mein\p{L}*|der|die|dem|Ihr\p{L}*)\s+(?:Kund(?:e|en|in)|Auftraggeber(?:in|s)?|Mandant(?:en|in)?)|(?:notre|mon|le|la|votre)\s+client(?:e)?|(?:la\s+)?empresa\s+(?:cliente|contratante)|(?:nuestr[oa]|mi|el|la|tu)\s+client[ea]|(?:onze|mijn|de)\s+(?:opdrachtgever|klant))(?!\p{L})/iu;

function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('!', index - 1)) + 1;
  const ends = ['.', '\n', '!'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim().slice(0, 500);
}

function paragraphAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n\n', index) + 1;
  const end = text.indexOf('\n\n', index);
  return text.slice(start, end < 0 ? text.length : end).slice(0, 1500);
}

// Every rule, with a global copy of each invitation rule's pattern to look past negated matches,
// and the words its pattern cannot match without (see gate.ts), to skip it where none is; then, for
// a pattern whose alternatives each need more than one word, where no alternative has them all.
const ALL_RULES: Array<PhraseRule & { every: RegExp | null; fallback: boolean; gate: string[] | null; parts: string[][][] | null }> = [
  ...[...RULES, ...OUTCOME_RULES, ...SETTLED_RULES, ...STOPS_SEARCH_RULES].map((rule) => ({ ...rule, fallback: false })),
  ...[...GRAMMAR_RULES, ...STANDING_RULES, ...INTERNAL_FILL_RULES, ...GIVEN_TO_RULES, ...MOVED_MEETING_RULES, ...NOT_THIS_TIME_RULES].map((rule) => ({ ...rule, fallback: true })),
].map((rule) => ({ ...rule, every: rule.kind === 'interview_invitation' || rule.kind === 'rejection' || rule.kind === 'offer' || rule.kind === 'position_closed' ? new RegExp(rule.re.source, `${rule.re.flags}g`) : null, gate: gateWords(rule.re), parts: gateParts(rule.re) }));

/**
 * The first match of a rule, passing over an invitation phrase that a negation governs ("we won't
 * invite you") and a rejection said as a condition ("if you do not hear from us, assume…").
 */
function firstMatch(rule: (typeof ALL_RULES)[number], text: string): RegExpExecArray | null {
  if (!rule.every) return rule.re.exec(text);
  rule.every.lastIndex = 0;
  // An invitation under a condition ("if your experience matches, we'll reach out to schedule a
  // call") is a promise, not an invitation; a day and a time beside a meeting still read as one.
  // A denial about a slot already spoken of moves the meeting, it does not reject the person.
  // Thanks for an interview had ("thank you for the interview on the 17th") invites to nothing.
  // A rejection asked ("Not selected again?"), wondered about ("Why your CV did not make it") or
  // quoted from someone else's mail is not one made.
  // An offer denied ("pas en mesure de vous proposer le poste", "geen aanbod doen") or wished in a
  // past conditional ("we would have loved to have you on board") is no offer made.
  // A post closed in someone else's words, quoted (a reader's story in a newsletter: "my interview
  // was cancelled when the position was put on hold"), closes none of the person's.
  const passOver = rule.kind === 'rejection' ? (t: string, i: number) => isConditionalAt(t, i) || isAboutSlotAt(t, i) || isAskedAt(t, i) || isQuotedAt(t, i) || isWonderedAt(t, i)
    : rule.kind === 'position_closed' ? (t: string, i: number) => isQuotedAt(t, i)
    : rule.kind === 'offer' ? (t: string, i: number) => isOfferDeniedAt(t, i) || isCounterfactualAt(t, i)
    : (t: string, i: number) => isNegatedAt(t, i) || isConditionalAt(t, i) || isThankedForAt(t, i);
  for (let m = rule.every.exec(text); m; m = rule.every.exec(text)) {
    if (!passOver(text, m.index)) return m;
    if (m[0] === '') rule.every.lastIndex++;
  }
  return null;
}

// What a post filled from within says of the one who fills it: an internal candidate, someone of
// the employer's own staff or already in post, a colleague ("filled internally", "intern besetzt",
// "pourvu en interne", "cubierto internamente", "intern ingevuld", "one of our existing team").
const FROM_WITHIN = /\bintern|\binterne?\b|internamente|in-house|from\s+within|\b(?:own|propi[oa]s?|eigene[nmrs]?|eigen|propres?|existing|current|actual|huidige|bestaande|bestehende[nmrs]?)\b|déjà\s+en\s+poste|(?<!\p{L})(?:colleague|Kolleg|collègue|compañer|collega)\p{L}*/iu;
// A choice of someone else (grammar.ts's first three rules) and the weaker courtesies are no
// decision on the person's own application; a step onward denied to them is.
const CHOICE_RULES = new Set(GRAMMAR_RULES.slice(0, 3).map((rule) => rule.re));
// The person, or their application, as what the decision is about (not as the one told of it: "we
// want to let you know that the position has been filled"): "with you", "your application",
// "including yours", "mit Ihnen", "Ihre Bewerbung", "dir keine Zusage", "à votre candidature",
// "avec vous", "contigo", "tu candidatura", "met u", "je sollicitatie".
const PERSON_OBJECT = /(?<!\p{L})(?:(?:with|for)\s+you|your\s+(?:application|candidacy|candidature|profile|CV|process)|yours|(?:mit|für)\s+(?:Ihnen|dich|dir|Sie)|(?:Ihre|deine)[nmr]?\s+(?:Bewerbung|Kandidatur|Unterlagen)|(?:Ihnen|dir)\s+(?:\p{L}+\s+)?(?:keine|nicht)|(?:à|avec|pour)\s+(?:vous|toi)|(?:votre|ta|vos|tes)\s+(?:candidature|dossier|profil)|contigo|(?:con|para)\s+usted|para\s+ti|(?:tu|su)\s+(?:candidatura|proceso|perfil|solicitud|postulación)|(?:met|voor)\s+(?:u|je|jou)|(?:je|jouw|uw)\s+(?:sollicitatie|kandidatuur|procedure|profiel))(?!\p{L})/iu;

/**
 * Whether the post is filled from within and the person is told, in words of their own, that their
 * application goes no further ("le poste a été pourvu en interne … nous ne donnerons donc pas suite
 * à votre candidature", "intern in te vullen … Wij gaan de procedure met u niet voortzetten"): the
 * post went to someone else and the person was turned down, a rejection. The post gone in any other
 * way (cancelled, frozen, its budget lost), a meeting called off, or the process closed for a group
 * ("we will not be moving forward with external candidates") keeps it a closed position.
 */
function isFilledOverPerson(text: string): boolean {
  if (callsOffMeeting(text)) return false;
  let filled = false;
  for (const rule of ALL_RULES) {
    if (rule.kind !== 'position_closed') continue;
    const every = new RegExp(rule.re.source, `${rule.re.flags.replace('g', '')}g`);
    for (const m of text.matchAll(every)) {
      if (isQuotedAt(text, m.index)) continue;
      if (!FROM_WITHIN.test(m[0])) return false;
      filled = true;
    }
  }
  if (!filled) return false;
  return ALL_RULES.some((rule) => {
    if (rule.kind !== 'rejection' || rule.weight < 4 || CHOICE_RULES.has(rule.re)) return false;
    const m = firstMatch(rule, text);
    if (m === null || rule.unless?.test(text)) return false;
    const sentence = sentenceAt(text, m.index);
    const at = sentence.indexOf(m[0]);
    return PERSON_OBJECT.test(at < 0 ? sentence : sentence.slice(Math.max(0, at - 40), at + m[0].length + 40));
  });
}

/**
 * Per-kind scores of a text, where each kind's strongest rule matched, and where the text says that
 * whoever has not been contacted by now was not chosen (-1: nowhere).
 */
export function scoreMail(text: string): { scores: Record<MailKind | 'not_job', number>; where: Partial<Record<MailKind, number>>; silence: number } {
  const scores: Record<MailKind | 'not_job', number> = { application_received: 0, interview_invitation: 0, rejection: 0, position_closed: 0, offer: 0, other: 0, not_job: 0 };
  const where: Partial<Record<MailKind, number>> = {};
  const best: Partial<Record<MailKind, number>> = {};
  // Curly apostrophes read as straight ones ("won’t", "we’ve"), one character for one: indices hold.
  text = text.replace(/[’‘]/g, "'");
  const folded = new GateIndex(gateText(text));
  for (const rule of ALL_RULES) {
    // The grammar reads what no phrase knows; where a phrase of its weight matched, it adds nothing.
    if (rule.fallback && rule.kind !== 'not_job' && (best[rule.kind] ?? 0) >= rule.weight) continue;
    if (!passesGate(rule.gate, folded) || !passesParts(rule.parts, folded)) continue;
    const m = firstMatch(rule, text);
    if (!m || rule.unless?.test(text)) continue;
    scores[rule.kind] += rule.weight;
    if (rule.kind !== 'not_job' && rule.weight > (best[rule.kind] ?? 0)) {
      best[rule.kind] = rule.weight;
      where[rule.kind] = m.index;
    }
  }
  // Whoever has not been contacted by now was not chosen, the post already taken (settled.ts).
  const silence = notChosenBySilenceAt(text);
  if (silence >= 0) {
    scores.rejection += 4;
    if ((best.rejection ?? 0) < 4) where.rejection = silence;
  }
  // A day and a time next to a meeting, with nothing else said, propose or confirm that meeting.
  if (proposesMeeting(text)) {
    scores.interview_invitation += 3;
    where.interview_invitation ??= 0;
  }
  // A meeting called off in a message that ends the process ("I have to cancel Thursday: we have
  // filled the role internally") is no invitation, whatever day and time it names.
  if ((scores.position_closed >= 6 || scores.rejection >= 4) && scores.interview_invitation > 0 && callsOffMeeting(text)) scores.interview_invitation = 0;
  // Pay, a start date and a contract, with no phrase of an offer: the terms are the offer.
  if (scores.offer === 0 && setsOutTerms(text)) {
    scores.offer += 7;
    where.offer = 0;
  }
  return { scores, where, silence };
}

// A greeting to one person by name opens the body ("Hola Kim:", "Beste Kim,").
const GREETS_ONE = /^[ \t]*(?:dear|hi|hello|hey|liebe[rs]?|hallo|sehr\s+geehrte[rs]?|guten\s+tag|bonjour|cher|chère|hola|estimad[oa]|querid[oa]|beste|hoi|geachte)\s+(?:(?:frau|herr|mr\.?|mrs\.?|ms\.?|madame|monsieur|señora?|mevrouw|meneer)\s+)?\p{Lu}\p{L}+[ \t]*[,:!]/imu;

/**
 * Whether the message's body, read without its trailing footer (the last paragraphs, each of which
 * holds only bulk-mail chrome: an unsubscribe or alerts line), is an invitation said to the person:
 * no chrome in it, a meeting on a day at a time, and the person addressed.
 */
function invitesAboveFooter(text: string): boolean {
  const paragraphs = text.split(/\n[ \t]*(?:[-_–—=*]{2,}[ \t]*)?\n|\n[ \t]*[-_–—=*]{2,}[ \t]*\n/);
  let end = paragraphs.length;
  while (end > 1) {
    const { scores } = scoreMail(paragraphs[end - 1]!);
    const chrome = scores.not_job > 0 && PRIORITY.every((k) => k === 'other' || scores[k] === 0);
    if (!chrome) break;
    end--;
  }
  if (end === paragraphs.length) return false;
  const body = paragraphs.slice(0, end).join('\n\n');
  const { scores } = scoreMail(body);
  return scores.not_job === 0 && scores.interview_invitation >= MIN_SCORE && proposesMeeting(body) && (SAID_TO_PERSON.test(body) || GREETS_ONE.test(body.slice(0, 300)))
    && PRIORITY.every((k) => k === 'interview_invitation' || k === 'other' || scores[k] < scores.interview_invitation);
}

const weekdayOf = (d: string): number => new Date(`${d}T12:00:00Z`).getUTCDay();

// Paragraphs, parted by a blank line or a rule line ("--", "____").
const PARAGRAPHS = /\n[ \t]*(?:[-_–—=*]{2,}[ \t]*)?\n|\n[ \t]*[-_–—=*]{2,}[ \t]*\n/;

/**
 * Whether a message's bulk-mail chrome is only its frame: paragraphs that hold nothing but chrome
 * (an unsubscribe line, a "view in browser" line, a platform's sending notice), wherever they sit,
 * and none of it in the paragraphs that say something. A mailing's chrome runs through its content.
 */
function isChromeOnlyFrame(text: string): boolean {
  const paragraphs = text.split(PARAGRAPHS);
  const said = paragraphs.filter((p) => {
    const { scores } = scoreMail(p);
    return !(scores.not_job > 0 && PRIORITY.every((k) => k === 'other' || scores[k] === 0));
  });
  return said.length < paragraphs.length && scoreMail(said.join('\n\n')).scores.not_job === 0;
}

/** Whether the sender is the person, by one of their own addresses (case and spacing folded). */
function isFromSelf(address: string, self: readonly string[] | undefined): boolean {
  const from = address.trim().toLowerCase();
  return from !== '' && (self ?? []).some((a) => a.trim().toLowerCase() === from);
}

/**
 * Classify one job-search message: its kind, the employer and role, for an invitation the date,
 * time, zone, format and link, and for a rejection or a closed position the sentence that says
 * so. Pure: the message comes in decoded (see the importers' MIME reader); `now` stands in for a
 * missing Date header when reading relative dates ("next Tuesday"); `self` lists the person's own
 * addresses, when known, so that their own mail is `other` whatever it says; `secondOpinion`, when
 * given, is asked for the mail model (see model.ts) only when the rules say `other`.
 * @example classifyMail({ from: { name: 'Acme', address: 'no-reply@hire.lever.co' }, subject: 'Acme', date: null, text: 'Unfortunately we have decided not to move forward with your application for the Data Analyst role.' }).kind // 'rejection'
 */
export function classifyMail(input: MailMessage, options: { now?: string; self?: readonly string[]; secondOpinion?: () => MailModel } = {}): MailClassification {
  const msg = mailMessageSchema.parse(input);
  const when = msg.date ?? options.now ?? null;
  const read = readableMail(msg);
  // A message inside a machine's frame (a voicemail transcript, a board's "new message" notice) is
  // read by its own words: the frame's subject, fields and buttons say nothing of the step.
  // A frame's field lines ("De: 957 …", "Fecha: …") may read as a reply's header, its block as history.
  const framed = framedMessage(read.body) ?? (read.quoted && !read.isForwarded ? framedMessage(msg.text.trim()) : null);
  const text = (framed ? framed.inner : `${read.subject}\n${read.body}`).slice(0, 20_000);
  const language = detectLanguage(text);
  const { scores, where, silence } = scoreMail(text);
  let kind: MailKind = 'other';
  let top = 0;
  for (const k of PRIORITY) {
    if (k === 'other') continue;
    if (scores[k] > top) {
      top = scores[k];
      kind = k;
    }
  }
  // The position is the subject of a closed process; a choice of someone else makes it a rejection
  // of this person ("we closed the process with another candidate"), however many sentences
  // say what follows for the application ("so we will not be progressing it").
  if ((kind === 'rejection' || kind === 'position_closed') && scores.position_closed >= 6 && scores.rejection > 0) kind = choosesSomeoneElse(text) || isFilledOverPerson(text) || chosenHasSigned(text) || silence >= 0 ? 'rejection' : 'position_closed';
  if (msg.calendars.length > 0 && /METHOD:REQUEST|BEGIN:VEVENT/i.test(msg.calendars.join('\n')) && kind !== 'rejection' && kind !== 'position_closed' && kind !== 'offer') kind = 'interview_invitation';
  // Bulk-mail chrome (an unsubscribe line, similar jobs) under a decision said to the person ("wij
  // gaan niet met u verder", "we will not progress your application") does not make it a mailing.
  // The person may be spoken to in the sentences around the decision ("Sorry to bring bad news:
  // the role is going to another applicant. We loved your ideas."): its paragraph is read for them.
  // The decision may be a third party's told by an agency ("my client has decided not to take you
  // forward"), or a tracker's status line that gives the application's new status, which is the
  // person's by what it is, or the person's own application as the subject of a step denied ("your
  // application will not be progressing"), the sender's voice being the passive. A body that
  // greets one person by name, under or above chrome that is only the mail's frame (a "view in
  // browser" line, an unsubscribe footer), is said to that person even where the decision's own
  // paragraph does not name them.
  const decision = kind === 'rejection' && top >= 4 && where.rejection !== undefined ? sentenceAt(text, where.rejection) : '';
  const isStatus = decision !== '' && (STATUS_REJECTED.test(decision) || OWN_APPLICATION_DENIED.test(decision));
  const decided = decision !== '' && (SAID_BY_SENDER.test(decision) || CLIENT.test(paragraphAt(text, where.rejection!)));
  const toPerson = isStatus || (decided && (SAID_TO_PERSON.test(paragraphAt(text, where.rejection!)) || (scores.not_job >= 4 && !isQuotedAt(text, where.rejection!, true) && GREETS_ONE.test(read.body.slice(0, 300)) && isChromeOnlyFrame(text))));
  // A decision only conceded ("even though you weren't selected, we'd value your feedback") in a
  // mail that is something else (a survey, a mailing) is that something else.
  // An interview of the person's own, on a day and at a time (a tracker's invitation under its
  // unsubscribe line), is no mailing either: a mailing invites to events, never to an interview.
  // The invitation must be said in words of its own (not only a day and a time beside the word
  // "interview", as an alert's headline has it), and not be a calendar's notice to its owner.
  // The bulk-mail chrome may also sit only in the footer, under a body that speaks to the person
  // and names a meeting on a day at a time: the footer says how the mail was sent, the body what it is.
  const ownInterview = kind === 'interview_invitation' && scores.not_job >= 4 && top >= 6 && INTERVIEW.test(text) && proposesMeeting(text) && !CALENDAR_SUBSCRIPTION.test(text)
    || (kind === 'interview_invitation' && scores.not_job >= 4 && invitesAboveFooter(text));
  // A meeting of the person's called off because the post is gone is no mailing either: a mailing
  // calls off no one's interview ("Cancelled: Interview …" in the subject is the tracker's wording).
  const callsOffOwn = kind === 'position_closed' && top >= 6 && callsOffMeeting(text);
  const companyless = scores.not_job >= 4 && scores.not_job >= top - 3 && !ownInterview && !callsOffOwn && (!toPerson || isConcededAt(text, where.rejection!));
  if (top < MIN_SCORE || companyless) kind = 'other';
  if (kind === 'interview_invitation' && isSchedulingRequest(read.fromAddress, text, msg.calendars.length > 0)) kind = 'other';
  // A calendar's notice of an event already arranged (a reminder, an answer given) invites to nothing.
  if (kind === 'interview_invitation' && msg.calendars.length === 0 && isCalendarNotice(text)) kind = 'other';
  // Someone else's mail, forwarded to the person by the one it greets: not a step of the person's.
  if (read.isForwarded && (options.self?.length ?? 0) > 0 && !isFromSelf(msg.from.address, options.self) && isOthersMailForwarded(read.body, msg.from.name)) kind = 'other';
  // The person's own mail (a reply accepting a time, a thank-you, a withdrawal) is about a step,
  // not one: whatever its words, it is `other`. A forward is read by its original sender.
  const isOwn = isFromSelf(read.fromAddress, options.self);
  if (isOwn) kind = 'other';
  // A short reply that agrees ("Thursday works", "passt", "c'est noté") confirms the meeting its
  // quoted history proposes: the history is read for that, and only for that.
  let quotedMeeting = false;
  if (kind === 'other' && !companyless && !isOwn && read.quoted && read.body.length < 600 && AGREES.test(read.body)) {
    const past = scoreMail(read.quoted.slice(0, 20_000)).scores;
    if (past.interview_invitation >= MIN_SCORE && past.interview_invitation >= Math.max(past.rejection, past.position_closed, past.offer)) {
      kind = 'interview_invitation';
      top = MIN_SCORE;
      quotedMeeting = true;
    }
  }
  const ranked = PRIORITY.filter((k) => k !== 'other').map((k) => scores[k]).sort((a, b) => b - a);
  const margin = kind === 'other' ? Math.max(scores.not_job, MIN_SCORE - top) : top - (ranked[1] ?? 0);
  let confidence = isOwn ? 0.95 : Math.round(Math.min(0.99, 0.5 + margin / 12) * 100) / 100;
  // The rules' `other` of a message not the person's own, read again by the mail model when asked.
  const opinion = kind === 'other' && !isOwn && options.secondOpinion ? options.secondOpinion().predict(mailFeatures(read.subject, read.body, language)) : null;
  const second = opinion && takeSecondOpinion(opinion);
  if (second) [kind, confidence] = [second, Math.round(Math.min(0.99, opinion.probability) * 100) / 100];
  const senderDomain = read.fromAddress.split('@')[1] ?? '';
  const company = companyFromSender(read.fromName, read.fromAddress, read.body, read.quoted);
  const role = roleFromMail(read.body, read.subject, company) ?? (read.quoted ? roleFromMail(read.quoted, '', company) : null);
  const reason = (kind === 'rejection' || kind === 'position_closed') && where[kind] !== undefined ? sentenceAt(text, where[kind]!) : null;
  const base: MailClassification = { kind, company, role, confidence, language, reason, sender: read.fromAddress || null };
  if (kind !== 'interview_invitation') return base;
  const read1 = (body: string, html: string | null, subject = '') => extractInterview({ text: body, html, calendars: msg.calendars, date: when, language, senderDomain, offsetMinutes: msg.offsetMinutes, subject });
  let interview = read1(read.body, read.quoted ? null : msg.html, read.subject);
  // The reply names no time ("that time works", "Thursday works"): the day and time are the ones
  // the history proposed, when the reply names no other day.
  if (!interview.time && read.quoted && (quotedMeeting || AGREES.test(read.body))) {
    const past = read1(read.quoted, null);
    const weekday = (d: string) => new Date(`${d}T12:00:00Z`).getUTCDay();
    if (past.date && past.time && (!interview.date || weekday(interview.date) === weekday(past.date))) interview = { ...past, link: interview.link ?? past.link, format: interview.format ?? past.format };
  } else if (interview.date && interview.time && read.quoted) {
    // The reply fixes a weekday and a time the history dated ("Monday at 4pm it is" under "Monday 14
    // December at 4pm"): the day is the history's, not the next such weekday.
    // The reply's weekday, named without a day of the month after it ("Monday at 4pm", not "Monday 14th").
    const day = new RegExp(String.raw`${WORD_START}(?:${WEEKDAY_WORDS})${WORD_END}(?![,\s]+(?:the\s+|den\s+|le\s+|el\s+)?\d)`, 'iu').exec(read.body)?.[0];
    const flat = read.quoted.replace(/^[>\s]+/gm, ' ');
    const dated = day ? [...flat.matchAll(new RegExp(String.raw`${WORD_START}${day}${WORD_END}[,\s]+(?:the\s+|den\s+|le\s+|el\s+)?\d[^.!?]{0,60}`, 'giu'))].map((m) => read1(m[0], null)) : [];
    const past = dated.find((p) => p.date && p.time === interview.time && p.date !== interview.date && weekdayOf(p.date) === weekdayOf(interview.date!));
    if (past) interview = { ...interview, date: past.date, start: past.start };
  }
  return { ...base, interview };
}
