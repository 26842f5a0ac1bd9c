// The clause a phrase sits in, read for what makes it no decision: a condition ("if you do not
// hear from us…"), a slot already spoken of, a question, a quotation, a negation or a "whether"
// before an invitation phrase, and the thanks for a conversation already had. classify.ts passes
// over a rule's match where one of these holds.
import { WORD_END } from '../regexp';

// A condition, not a decision: "If you do not hear from us by then, assume your application has
// not been successful", "Si no recibes noticias…", "Als je niets hoort…"; nor a whether ("they
// will tell you whether or not you have been selected", "ob Sie weiterkommen", "of je wel of niet
// door bent").
const CONDITION = new RegExp(String.raw`^(?:if|unless|should\s+you|in\s+case|(?:without|failing)\s+(?:a\s+|any\s+)?(?:reply|response|word|news)|sans\s+(?:\p{L}+\s+)?(?:retour|réponse|nouvelles?)|ohne\s+(?:\p{L}+\s+)?(?:Rückmeldung|Antwort|Nachricht)|sin\s+(?:\p{L}+\s+)?(?:respuesta|noticias)|zonder\s+(?:\p{L}+\s+)?(?:reactie|bericht|antwoord)|falls|wenn|sollten\s+(?:Sie|du)|si|au\s+cas\s+où|en\s+caso\s+de|als\s+(?:je|jij|u|we|wij)|indien|mocht(?:en)?)${WORD_END}|\b(?:if|unless|whether|falls|wenn|ob|si\s+(?:vous|tu|nous|no|usted|te)|als\s+(?:je|jij|u)|of\s+(?:je|jij|u)|indien)\b`
  // German and Dutch also open a condition with the verb before its subject, its consequence after
  // a comma and "dann", "so" or "dan": "Heb je voor 8 januari niets gehoord, dan gaan we niet
  // verder", "Hören Sie bis Ende Mai nichts, dann ist die Stelle vergeben"; English "Had you…, then".
  + String.raw`|^\p{L}+\s+(?:je|jij|u|Sie|du|you)\s+[^.!?\n]*?,\s*(?:dan|dann|so|then)(?!\p{L})`, 'iu');

// A slot already spoken of ("the time we had planned", "den angedachten Termin", "ce créneau",
// "la fecha prevista", "dat tijdstip"): a denial about it moves a meeting, it does not end the
// application ("Den Termin am Montag können wir leider nicht mehr anbieten").
const THAT_SLOT = /\b(?:the|this|that|den|diesen|der|dieser|ce|cette|le|la|el|ese|esa|este|esta|dat|die|het|deze)\s+(?:\p{L}+\s+){0,2}?(?:slot|time\s+slot|Termin|Zeitfenster|créneau|rendez-vous|horario|hueco|cita|fecha|tijdstip|tijdslot|afspraak)(?!\p{L})/iu;

/**
 * Whether the match at `index` sits in a sentence about a slot already spoken of, before it or
 * after it ("we can no longer offer you the slot on Friday"). "Appointment" is left out: in
 * British usage it is also the job itself.
 */
export function isAboutSlotAt(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1)) + 1;
  const ends = ['.', '\n', '!', '?'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return THAT_SLOT.test(text.slice(start, ends.length ? Math.min(...ends) : text.length));
}

/**
 * Whether the match at `index` is asked rather than said: its sentence ends in a question mark
 * close after it, with no clause between ("Not selected again?", "Votre candidature n'a pas été
 * retenue ?", "¿No has sido seleccionado?"): a headline or a question, not a decision.
 */
export function isAskedAt(text: string, index: number): boolean {
  const after = /^[^.!?\n,;:–—]{0,60}?\s?\?/u.exec(text.slice(index, index + 70));
  return after !== null;
}

// Opening and closing quotation marks; a straight double quote is both.
const OPEN_QUOTES = '“„«"';
const CLOSE_QUOTES = '”“»"';

// The line a phone's export puts above a text message it relays: the kind of message and the
// number it came from, ending in a colon ("SMS reçu le 09/12 à 19:24 de +33 6 12 34 56 78 :",
// "Text from +44 7700 900418 (Dan), 3 Dec:", "WhatsApp-Nachricht von +49 171 5550123:").
const RELAY_HEADER = /(?:SMS|text|WhatsApp|Signal|Telegram|iMessage|message|Nachricht|mensaje|bericht)[^\n]{0,80}?\+?\d[\d ()-]{6,}\d[^\n]{0,60}:[ \t]*$/iu;

/** Whether the quotation opening at `open` starts its line under such a header: the message itself, not words reported. */
function isRelayedMessageAt(text: string, open: number): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1);
  if (lineStart < 0 || text.slice(lineStart + 1, open).trim() !== '') return false;
  return RELAY_HEADER.test(text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart));
}

/**
 * Whether the match at `index` sits inside a quotation in its paragraph ('got this from them today:
 * "Unfortunately we will not be moving forward…"'): someone else's words, reported, not a decision
 * the sender makes. The quotation must open before and close after, on the same paragraph.
 * `cited`: any quotation open at `index` counts, however short and whether or not it closes (a
 * phrase cited: 'from "we will not be proceeding" to "the position has been filled"').
 */
export function isQuotedAt(text: string, index: number, cited = false): boolean {
  const start = text.lastIndexOf('\n\n', index) + 1;
  const endAt = text.indexOf('\n\n', index);
  const end = endAt < 0 ? text.length : endAt;
  let open = -1;
  for (let i = start; i < index; i++) {
    const ch = text[i]!;
    if (open < 0 && OPEN_QUOTES.includes(ch)) open = i;
    else if (open >= 0 && CLOSE_QUOTES.includes(ch) && (ch !== '“' || text[open] === '„')) open = -1;
  }
  if (cited) return open >= 0;
  if (open < 0 || index - open > 400 || isRelayedMessageAt(text, open)) return false;
  const opener = text[open]!;
  const closers = opener === '„' ? '“”' : opener === '«' ? '»' : opener === '"' ? '"' : '”';
  for (let i = index; i < end; i++) if (closers.includes(text[i]!)) return i - open > 30;
  return false;
}

// A condition said by the verb before its subject, its consequence after a comma and "dann", "so",
// "dan" or "then", holds its whole sentence: the condition's own words ("Krijg je vóór 8 januari geen
// uitnodiging, dan ben je niet geselecteerd") are no more a decision than the consequence.
const INVERTED = /^\p{L}+\s+(?:je|jij|u|Sie|du|you)\s+[^.!?\n]*?,\s*(?:dan|dann|so|then)(?!\p{L})/iu;
// A clause of a time still to come, governing the match with no comma between: "we'll let you know
// once the role is filled", "sobald die Stelle besetzt ist", "dès que le poste sera pourvu", "una
// vez que la plaza esté cubierta", "zodra de vacature is ingevuld".
const UNTIL = /(?<!\p{L})(?:once|as\s+soon\s+as|until|sobald|dès\s+que|une\s+fois\s+que|jusqu['’]à\s+ce\s+que|una\s+vez\s+que|en\s+cuanto|tan\s+pronto\s+como|hasta\s+que|zodra|totdat)\s+[^,;:.!?\n]{0,60}$/iu;

/** Whether the match at `index` sits in a sentence that opens with a condition, or in a clause of a time to come. */
export function isConditionalAt(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1)) + 1;
  const ends = ['.', '\n', '!', '?'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  const before = text.slice(start, index);
  // A semicolon opens a clause of its own, which may open with the condition ("… each step; without
  // news from us by 31 January, consider your application unsuccessful").
  const clause = text.slice(Math.max(start, text.lastIndexOf(';', index - 1) + 1), index);
  return CONDITION.test(before.trim()) || CONDITION.test(clause.trim()) || UNTIL.test(before) || INVERTED.test(text.slice(start, ends.length ? Math.min(...ends) : text.length).trim());
}
// Thanks for a conversation had: "wir bedanken uns für Ihre Bewerbung und das Vorstellungsgespräch",
// "thank you for the interview", "merci pour l'entretien", "gracias por la entrevista", "bedankt voor
// het gesprek". The words between the thanks and the meeting name no one who acts ("thanks for
// applying, we'd like to invite you" invites).
const THANKS_FOR = /\b(?:thank(?:s|\s+you)|grateful|(?:be)?dank\p{L}*(?:\s+(?:uns|mich|je|u))?|merci|remerci\p{L}*|gracias|agradec\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:for|für|pour|de|por|voor)\s+(?:(?!(?:we|we['’]d|we['’]ll|wir|nous|I|I['’]d|ich|nos|wij|ik|us|invit\p{L}*|laden|einladen|uitnodig\p{L}*|nodigen)\s)[^\s,;:.!?–—]+\s+){0,6}(?:\p{L}['’])?$/iu;

/** Whether the phrase at `index` is what a thanks is for, a conversation already had. */
export function isThankedForAt(text: string, index: number): boolean {
  return THANKS_FOR.test(text.slice(Math.max(0, index - 120), index));
}
// The words that deny an invitation phrase from before it, in the same clause.
const DENIED = /\b(?:not|n't|never|no\s+longer|unable|cannot|nicht|kein\w*|ne|pas|n'|no|niet|geen)\b[^.!?;\n]{0,60}$/iu;
const CLAUSE_BREAK = /[.!?;\n]|\b(?:but|aber|mais|pero|maar|however|jedoch|sin\s+embargo|echter)\b/giu;

// Whether the employer will invite, not an invitation: "we will let you know whether we invite
// you", "laten we je weten of we je uitnodigen", "ob wir Sie einladen", "si nous vous invitons".
const WHETHER = /\b(?:whether|if|ob|falls|si|of|indien)\s+(?:we|wij|we\s+je|wir|nous|on)\b[^.!?;\n]{0,40}$/iu;

// A decision against the invitation itself, the phrase its object: "decided against an interview",
// "hat sich gegen eine Einladung zum Gespräch entschieden", "s'est prononcé contre un entretien",
// "decidió en contra de una entrevista", "heeft besloten tegen een gesprek".
const AGAINST = /(?<!\p{L})(?:against|gegen|contre|en\s+contra\s+de|tegen)\s+(?:(?:an?|the|any|further|eine[nmr]?|ein|weitere[nms]?|une?|l['’]|la|le|un|una|el|een|het|de|verdere)\s*(?:\p{L}+\s+){0,2})?$/iu;

/** Whether an invitation phrase at `index` is governed by a negation ("we will not invite you") or a "whether". */
export function isNegatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  const clause = before.slice(start);
  return DENIED.test(clause) || WHETHER.test(clause) || AGAINST.test(clause);
}
