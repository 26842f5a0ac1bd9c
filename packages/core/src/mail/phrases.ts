// The phrases that decide a message's kind, in the five languages of the listing analysis. Each
// rule adds its weight to its class once; the strongest class wins (see classify.ts). Written on
// bench/data/mail/train and the old test split (now training data too), each rule for a kind of
// sentence (sentences.test.ts has sentences of our own for each), never a phrase of one message.
import { rulesOf as r, type PhraseRule } from './phrase-rule';
import { CLOSED_PHRASES } from './phrases-closed';
import { INVITATION_PHRASES, RECEIVED_PHRASES } from './phrases-invitation';
import { OFFER_PHRASES } from './phrases-offer';
import { REJECTION_PHRASES } from './phrases-rejection';
import { WORD_END } from '../regexp';

export type { PhraseRule } from './phrase-rule';

// A footer that says the mail is about the person's own application: the mail received because
// the person applied, in any tense and person, the channel named or not ("because you applied via
// Workable", "weil du dich über Personio beworben hast", "car vous avez postulé sur notre site",
// "porque te postulaste a través de Workable", "omdat u via onze website hebt gesolliciteerd").
const VIA = String.raw`(?:[^\s.!?;|]+\s+){0,4}?`;
const CANDIDATE_FOOTER = new RegExp([
  String.raw`\b(?:receiv(?:ing|e|ed)|(?:been\s+)?sent)\s+(?:you\s+)?this\s+(?:e-?mail|message)\s+(?:because|as)\s+you\s+${VIA}(?:applied|have\s+applied|submitted|are\s+a\s+candidate|have\s+an\s+application|expressed\s+interest)`,
  String.raw`\b(?:Sie\s+erhalten|du\s+erhältst|erhalten\s+Sie|erhältst\s+du)\s+diese\s+(?:E-?Mail|Nachricht),?\s+(?:weil|da)\s+(?:Sie|du)\s+(?:sich|dich)\s+${VIA}beworben`,
  String.raw`\b(?:vous\s+recevez|tu\s+reçois)\s+(?:cet|ce)\s+(?:e-?mail|message|courriel)\s+(?:car|parce\s+qu['’]?e?)\s*(?:vous\s+avez|tu\s+as)\s+${VIA}(?:postulé|candidaté|déposé\s+(?:une|votre|ta)\s+candidature)`,
  String.raw`\b(?:recibes|recibe|usted\s+recibe)\s+este\s+(?:correo|mensaje|e-?mail)\s+porque\s+(?:(?:te|se)\s+)?(?:has\s+|ha\s+)?${VIA}(?:postul(?:ado|aste|ó)|inscri(?:to|biste|bió)|presenta(?:do|ste|ó)|aplica(?:do|ste|ó))`,
  String.raw`\b(?:je|u)\s+ontvangt\s+deze\s+(?:e-?mail|mail|e-mailbericht|bericht)\s+omdat\s+(?:je|u)\s+${VIA}(?:gesolliciteerd|solliciteerde)`,
].join('|'), 'iu');

// A message that speaks to the person of their own application ("thanks for applying", "your
// application", "votre candidature", "je sollicitatie"): a tracker's mail, whatever footer it carries.
const ABOUT_YOUR_APPLICATION = /\b(?:your|je|jouw|uw|Ihre|deine|dein|votre|ta|tu|su)\s+(?:application|candidacy|sollicitatie|Bewerbung|candidature|candidatura|solicitud|postulación)\b|\b(?:thanks|thank\s+you)\s+(?:\p{L}+\s+){0,4}?(?:applying|to\s+apply)\b|\b(?:interest|interés|Interesse|intérêt|interesse)\s+(?:\p{L}+\s+){0,2}?(?:in|en|an|à|pour|voor|für)\s+(?:(?:the|our|this|el|la|este|esta|nuestr[oa]|der|die|dem|unserer|unsere|unserem|le|ce|cette|notre|l['’]|de|het|deze|onze)\s*)(?:\p{L}+\s+)?(?:position|role|job|vacancy|opening|puesto|vacante|posición|plaza|Stelle|Position|poste|offre|functie|vacature|rol)\b/iu;
const CANDIDATE_MAIL = new RegExp(`${CANDIDATE_FOOTER.source}|${ABOUT_YOUR_APPLICATION.source}`, 'iu');

// A footer's sentence on how the mail was sent that names the hiring process as its channel or
// its reason, in any word order: "This message was sent to you because you applied through our
// careers site", "You are receiving this email because you have a candidate profile", "Versendet
// über das Bewerbermanagementsystem", "Ce message vous a été envoyé par notre outil de
// recrutement", "Este mensaje se ha enviado desde nuestra plataforma de selección", "Dit bericht is
// verstuurd vanuit ons sollicitatiesysteem". The mail is a tracker's to a candidate; its unsubscribe
// line says how it was sent, not what it is. A sentence that names alerts or a newsletter is none.
const SENT_WORD = String.raw`(?:sent|receiv(?:e|es|ed|ing)|delivered|erhalten|erhältst|(?:ver|zu)?(?:sendet|schickt)|versandt|gesendet|zugestellt|envoy\p{L}*|re[çc]o(?:is|it|ivez)|recevez|transmis|enviad[oa]|envi(?:ó|a)|recib\p{L}*|verstuurd|verzonden|ontvang\p{L}*|gestuurd)`;
const HIRING_WORD = String.raw`(?:appl(?:y|ied|ying|ications?|icants?)|candida(?:te|tes|cy)|careers?\s+(?:site|page|portal|platform)|recruit\p{L}*|hiring|beworben|Bewerb\p{L}*|Kandidat\p{L}*|Karriere\p{L}*|Recruiting\p{L}*|postul\p{L}*|candidat\p{L}*|recrutement|selección|reclutamiento|sollicit\p{L}*|kandida\p{L}*|werving\p{L}*)`;
const NOT_ALERTS = String.raw`(?![^.!?\n]{0,200}?(?:alert|Alarm|Job-?Agent|newsletter|Newsletter|nieuwsbrief|boletín|melding|suscri|abonn|subscri))`;
// The mail itself named in the sentence, or the sentence opening on how it was sent ("Sent by…").
const MAIL_WORD = String.raw`(?:e-?mails?|messages?|mail|notifications?|Nachricht|Benachrichtigung|courriel|correo|mensaje|notificación|bericht|e-?mailbericht)`;
const HIRING_FOOTER = new RegExp(String.raw`(?:^|[.!?;:]\s+|\n)[ \t]*${NOT_ALERTS}(?:(?=[^.!?\n]{0,160}?(?<!\p{L})${SENT_WORD}(?!\p{L}))(?=[^.!?\n]{0,160}?(?<!\p{L})${MAIL_WORD}(?!\p{L}))|${SENT_WORD}\s)[^.!?\n]{0,200}?(?<!\p{L})${HIRING_WORD}(?!\p{L})`, 'iu');
const CANDIDATE_CHANNEL = new RegExp(`${CANDIDATE_MAIL.source}|${HIRING_FOOTER.source}`, 'iu');

// A calendar program's notice to the calendar's owner, not anyone's invitation.
export const CALENDAR_SUBSCRIPTION = /\bsubscribed\s+(?:for|to)\s+notifications\s+(?:on|for)\s+(?:the\s+)?calendar\b/iu;

// Words that name a job search; a calendar's invitation or a reminder that holds one may be an interview.
const CALENDAR_JOB_WORDS = /\b(?:interview\p{L}*|screen(?:ing)?|recruit\p{L}*|candida\p{L}*|applica\p{L}*|hiring|hire|jobs?|role|position|vacanc\p{L}*|offer|CV|resume|Vorstellungsgespräch|Bewerbung\p{L}*|Stelle|Kandidat\p{L}*|Personal\p{L}*|entretien|poste|recrutement|entrevista|puesto|vacante|selección|sollicitati\p{L}*|vacature|functie|kandida\p{L}*|gesprek)(?!\p{L})/iu;

// Phrases of the kinds, then the marks of mail that is no step of the person's (alerts, newsletters,
// outreach, calendars, tasks); the order is the rules' order in classify.ts.
export const RULES: PhraseRule[] = [
  ...REJECTION_PHRASES,
  ...CLOSED_PHRASES,
  ...OFFER_PHRASES,
  ...INVITATION_PHRASES,
  ...RECEIVED_PHRASES,
  // Not a message about one of the person's applications: alerts, newsletters, outreach, tasks.
  // A tracker's mail about the person's application that suggests alerts ("create job alerts so you
  // are the first to know", "consultez nos nouvelles offres") is not an alert.
  {
    kind: 'not_job',
    weight: 4,
    re: /\b(?:manage\s+alerts|Job-?Alarm|\d+\s+(?:new|neue|nouvelles?|nuevas?|nieuwe)\s+(?:jobs?|Stellen\w*|Jobangebote|offres|ofertas|vacatures)|job\s+alerts?|new\s+jobs?\s+(?:for|matching|match)|jobs?\s+(?:matching|for\s+you)|Job-Agent|nieuwe\s+vacatures|nuevas\s+ofertas|neue\s+Stellenangebote|nouvelles\s+offres|apply\s+today)\b/i,
    unless: CANDIDATE_MAIL,
  },
  // A calendar app's own invitation to an event that names nothing of a job search (a book club, a
  // dentist): the person's calendar, not an employer's mail. It outweighs the meeting, day and time
  // it names; an interview sent the same way names the interview, the role or the application. The
  // app's answer buttons ("Accept - Maybe - Decline", "Accepteren - Misschien - Weigeren") and a
  // booking service's reminder of an appointment ("Nous vous rappelons votre rendez-vous", "Erinnerung
  // an Ihren Termin") say the same.
  {
    kind: 'not_job',
    weight: 8,
    re: /\b(?:Invitation\s+from\s+(?:Google\s+Calendar|Outlook)|Einladung\s+von\s+Google\s+Kalender|Invitation\s+de\s+Google\s+Agenda|Invitación\s+de\s+Google\s+Calendar|Uitnodiging\s+van\s+Google\s+Agenda|Going\?\s+Yes\b|Teilnehmen\?\s+Ja\b|Participer\s+\?\s+Oui\b|Asistirás\?\s+Sí(?!\p{L})|Aanwezig\?\s+Ja\b)/u,
    unless: CALENDAR_JOB_WORDS,
  },
  {
    kind: 'not_job',
    weight: 8,
    re: /\b(?:Accept|Yes|Annehmen|Zusagen|Ja|Accepter|Oui|Aceptar|Sí|Accepteren)\s*[-–|·•]\s*(?:Maybe|Tentative|Vielleicht|(?:Mit\s+)?Vorbehalt|Peut-être|Provisoire|Quizás|Provisional|Misschien|Voorlopig)\s*[-–|·•]\s*(?:Decline|No|Ablehnen|Absagen|Nein|Refuser|Non|Rechazar|Weigeren|Afwijzen|Nee)(?!\p{L})/iu,
    unless: CALENDAR_JOB_WORDS,
  },
  {
    kind: 'not_job',
    weight: 8,
    re: /\b(?:Reminder|Rappel|Erinnerung|Recordatorio|Herinnering)\s*:?\s+(?:\p{L}+\s+){0,3}?(?:appointment|rendez-vous|Termin|cita|afspraak)(?!\p{L})|\b(?:remind(?:ing)?\s+you\s+(?:of|about)\s+your\s+appointment|nous\s+vous\s+rappelons\s+votre\s+rendez-vous|erinnern\s+(?:wir\s+)?(?:Sie|dich)\s+an\s+(?:Ihren|deinen)\s+Termin|(?:le|te)\s+recordamos\s+(?:su|tu)\s+cita|herinneren\s+(?:we\s+|wij\s+)?(?:je|u)\s+aan\s+(?:je|jouw|uw)\s+afspraak)(?!\p{L})/iu,
    unless: CALENDAR_JOB_WORDS,
  },
  // Bulk-mail chrome: an unsubscribe footer, a "view in browser" line, the word newsletter. A
  // tracker's candidate mail carries the footer too, saying why ("you are receiving this because
  // you applied") or speaking of the person's application: then the footer says nothing about the kind.
  {
    kind: 'not_job',
    weight: 4,
    re: /\b(?:unsubscribe|abbestellen|abmelden|désinscri\p{L}*|se\s+désabonner|uitschrijven|afmelden|cancelar\s+(?:la\s+)?suscripción|(?:darse|date|darte)\s+de\s+baja)\b/iu,
    unless: CANDIDATE_CHANNEL,
  },
  ...r('not_job', 2,
    /\b(?:view\s+(?:this\s+email\s+|it\s+)?in\s+(?:your\s+)?browser|newsletter|nieuwsbrief|boletín|lettre\s+d['’]information|si\s+no\s+ves\s+bien\s+este\s+correo|im\s+Browser\s+(?:anzeigen|öffnen|ansehen)|afficher\s+dans\s+(?:le|votre)\s+navigateur|bekijk\s+(?:deze\s+e-?mail\s+)?in\s+(?:je|uw)\s+browser)\b/iu),
  ...r('not_job', 4,
    new RegExp(String.raw`\b(?:came\s+across\s+your\s+(?:profile|CV|résumé|resume|details)|open\s+to\s+(?:a\s+)?(?:quick\s+)?(?:chat|call|\d+-minute)|an?\s+(?:exciting\s+)?opportunity\s+(?:at|with)\s+a|I'm\s+recruiting\s+for|busco|buscando\s+un\s+perfil|¿te\s+interesaría)${WORD_END}`, 'iu'),
    /\b(?:take-home(?!\s+(?:was|were|went|looked|is\s+done))|(?<!\blive[\s-])coding\s+(?:exercise|challenge|test)|online\s+assessment|complete\s+(?:a\s+|the\s+|our\s+|your\s+)?(?:short\s+)?(?:online\s+|video\s+)?(?:assessment|exercise|test)|(?:on-demand|one-way|asynchronous|pre-recorded)\s+video\s+interview|hackerrank|codesignal|codility|verify\s+your\s+email|account\s+has\s+been\s+created|complete\s+(?:the\s+missing\s+fields|your\s+(?:candidate\s+)?profile)|share\s+your\s+interview\s+experience)\b/i,
    // A test to do alone online, in the other four languages ("completar una prueba técnica en
    // línea", "einen Online-Test absolvieren", "passer un test en ligne", "een online assessment
    // maken"): a task with a deadline, not a meeting.
    /\b(?:complet(?:ar|a|es)|realiz(?:ar|a|es)|hacer|resolver|responder)\s+(?:\p{L}+\s+){0,2}?(?:prueba|evaluación|test|ejercicio|cuestionario)\s+(?:(?:técnic[oa]|práctic[oa]|psicotécnic[oa])\s+)?(?:en\s+línea|online|virtual)\b|\b(?:Online-?(?:Test|Assessment|Aufgabe|Fragebogen)|Eignungstest)\p{L}*\b[^.!?\n]{0,60}?\b(?:absolvieren|bearbeiten|durchführen|ausfüllen|abschließen)\b|\b(?:passer|réaliser|compléter|effectuer|remplir)\s+(?:\p{L}+\s+){0,2}?(?:test|évaluation|questionnaire|exercice)\s+(?:(?:technique|pratique|psychotechnique)\s+)?en\s+ligne\b|\bonline\s+(?:test|assessment|toets|vaardigheidstoets)\b[^.!?\n]{0,40}?\b(?:maken|invullen|afronden|voltooien)\b/iu,
    // A survey about the process, asked of a candidate: "share your feedback in a short survey",
    // "tell us about your candidate experience … take the survey",
    // "freuen uns über Ihr Feedback in einer kurzen Umfrage", "répondez à notre questionnaire de
    // satisfaction", "responde a nuestra encuesta", "vul onze korte vragenlijst in".
    /\b(?:survey|questionnaire|Umfrage|Fragebogen|sondage|enquête|encuesta|cuestionario|vragenlijst|enquête)\b[^\n]{0,80}?\b(?:feedback|experience|Feedback|Erfahrung\p{L}*|avis|expérience|satisfaction|opinión|experiencia|satisfacción|ervaring|mening|\d+\s+(?:minutes?|Minuten|minutos|minuten))|\b(?:feedback|Feedback|avis|opinión|mening)\b[^\n]{0,60}?\b(?:survey|questionnaire|Umfrage|Fragebogen|sondage|enquête|encuesta|cuestionario|vragenlijst)\b|\b(?:candidate|applicant|Bewerber|candidat|candidato|kandidaat)\p{L}*\s+(?:experience|Erfahrung\p{L}*|expérience|experiencia|ervaring)\b[^]{0,400}?\b(?:survey|questionnaire|Umfrage|Fragebogen|sondage|enquête|encuesta|cuestionario|vragenlijst)\b/iu,
    // A greeting to a group, not to the person: "Liebe Eltern der 3b", "Hi all", "Bonjour à tous",
    // "Hola a todos", "Beste ouders": a club's, a school's or a team's mail.
    /^(?:dear|hi|hello|hey|liebe|lieber|hallo|chers|chères|bonjour|bonsoir|queridos|queridas|hola|estimados|beste|hoi|dag)\s+(?:all|everyone|everybody|folks|parents|neighbou?rs|members|zusammen|alle|allemaal|Eltern|Mitglieder|Nachbarn|Nachbarinnen|membres|voisins|à\s+tous|à\s+toutes|a\s+todos|a\s+todas|todos|padres|vecinos|socios|ouders|leden|buren)(?!\p{L})/imu,
    // A case study sent to be worked on: "please find attached our case study", "anbei unsere Fallstudie".
    /\b(?:attached|enclosed|anbei|beigefügt|ci-joint|en\s+pièce\s+jointe|adjunt[oa]|adjuntamos|bijgevoegd|in\s+de\s+bijlage)\s+(?:\p{L}+\s+){0,4}?(?:case\s+study|case-study|Fallstudie|Case-Study|étude\s+de\s+cas|cas\s+pratique|caso\s+práctico|casus(?:opdracht)?)\b/iu,
    // A calendar app's reminder of an event in the person's own calendar, already booked.
    CALENDAR_SUBSCRIPTION,
    // A calendar or scheduling tool's notice that an event was cancelled or moved.
    /^(?:Cancel+ed|Canceled\s+event|Abgesagt|Annulé|Cancelad[oa]|Geannuleerd)\s*:|\b(?:event|meeting|appointment|booking)\s+(?:\p{L}+\s+){0,2}?(?:has\s+been|was)\s+(?:cancel+ed|rescheduled)\b/imu,
    /\b(?:please\s+find\s+attached\s+my|anbei\s+sende\s+ich|ich\s+bewerbe\s+mich|meine\s+Bewerbungsunterlagen|würde\s+ich\s+mich\s+(?:sehr\s+)?freuen|je\s+vous\s+adresse\s+ma\s+candidatura|le\s+envío\s+mi|hierbij\s+solliciteer\s+ik|ik\s+kijk\s+uit\s+naar|thank\s+you\s+for\s+taking\s+the\s+time\s+to\s+speak\s+with\s+me|I\s+applied\s+for)\b/i),
];

/** Senders that are job boards or networks, never an employer. */
export const JOB_BOARD_DOMAINS = [
  'linkedin.com', 'indeed.com', 'glassdoor.com', 'stepstone.de', 'xing.com', 'infojobs.net', 'welcometothejungle.com', 'nationalevacaturebank.nl',
  'monster.com', 'ziprecruiter.com', 'themuse.com', 'jobstream.io', 'hiredtoday.com', 'indeed.de', 'indeed.fr', 'indeed.es', 'indeed.nl', 'jobat.be',
];
