// Two kinds of mail that carry the words of a step without being one for the person:
// - a calendar program's notice about an event already on the calendar (a reminder, an update,
//   "you accepted this event"), with its answer buttons: the meeting was arranged elsewhere, and
//   the notice invites to nothing unless someone invites in it ("Jane has invited you", "Einladung:");
// - someone else's mail forwarded to the person by its addressee (a friend asking what to make of
//   the rejection they got): the decision was made on the forwarder, not on the person.

// A calendar's answer buttons, in the five languages: "Yes - Maybe - No", "[Accept] [Tentative]
// [Decline]", "Zusagen · Vielleicht · Absagen", "Oui - Peut-être - Non", "Sí - Quizás - No",
// "Accepteren - Misschien - Weigeren". Two answers on one short line.
const YES = String.raw`(?:yes|accept|zusagen|annehmen|ja|oui|accepter|sí|si|aceptar|accepteren)`;
const NO = String.raw`(?:no|decline|absagen|ablehnen|nein|non|refuser|decliner|décliner|rechazar|weigeren|nee|afwijzen)`;
const ANSWER_BUTTONS = new RegExp(String.raw`^[^\n]{0,40}?(?<!\p{L})\[?${YES}\]?[\s\-–·|/,\[\]]+(?:\p{L}+[\s\-–·|/,\[\]]+){0,2}\[?${NO}\]?(?!\p{L})[^\n]{0,40}$`, 'imu');

// The calendar speaks of an event already answered or coming up, not of an invitation.
const NOTICE = /\b(?:reminder|you\s+(?:have\s+)?accepted\s+this|updated\s+(?:event|invitation)|event\s+(?:updated|changed)|Erinnerung|Sie\s+haben\s+(?:\p{L}+\s+){0,2}?(?:angenommen|zugesagt)|aktualisiert|rappel|vous\s+avez\s+accepté|mis\s+à\s+jour|recordatorio|has\s+aceptado|actualizad[oa]|herinnering|je\s+hebt\s+(?:\p{L}+\s+){0,2}?geaccepteerd|bijgewerkt)(?!\p{L})/iu;

// Someone invites: the organiser's invitation itself ("Invitation:", "has invited you",
// "Einladung", "vous a invité", "te ha invitado", "Uitnodiging", "heeft je uitgenodigd").
const INVITES = /(?<!\p{L})(?:invitation|invited\s+you|invites\s+you|Einladung|eingeladen|lädt\s+(?:Sie|dich)|invitation|vous\s+a\s+invité|vous\s+invite|invitación|te\s+ha\s+invitado|te\s+invita|uitnodiging|(?:heeft|nodigt)\s+(?:je|jou|u)\s+(?:\p{L}+\s+)?uit(?:genodigd)?)(?!\p{L})/iu;

/**
 * Whether a message is a calendar program's notice about an event already arranged: answer
 * buttons, a reminder or an answer already given, and no one inviting in it.
 * @example isCalendarNotice('Reminder: Interview tomorrow at 10:00\nYou accepted this event.\n[Accept] [Tentative] [Decline]') // true
 */
export function isCalendarNotice(text: string): boolean {
  return ANSWER_BUTTONS.test(text) && NOTICE.test(text) && !INVITES.test(text);
}

// The greeting that opens a message, and the name it greets (a title before a surname passed over).
const GREETING = /^\s*(?:>\s*)?(?:dear|hi|hello|hey|liebe[rs]?|hallo|sehr\s+geehrte[rs]?|guten\s+tag|bonjour|cher|chère|hola|estimad[oa]|querid[oa]|beste|hoi|geachte)\s+(?:(?:frau|herr|mr\.?|mrs\.?|ms\.?|miss|madame|monsieur|mme\.?|m\.|señora?|sra?\.?|don|doña|mevrouw|meneer|heer|dhr\.?|mw\.?)\s+)?(\p{L}[\p{L}'’-]+)/imu;

/**
 * Whether a forwarded message's original greets the one who forwarded it, that one not being the
 * person: their own mail, passed on for an opinion ("was meinst du?").
 * @example isOthersMailForwarded('Liebe Frau Krüger,\nleider …', 'Lena Krüger') // true
 */
export function isOthersMailForwarded(original: string, forwarderName: string): boolean {
  const greeted = GREETING.exec(original.slice(0, 300))?.[1]?.toLowerCase();
  if (!greeted) return false;
  return forwarderName.toLowerCase().split(/[^\p{L}'’-]+/u).some((w) => w.length > 1 && w === greeted);
}
