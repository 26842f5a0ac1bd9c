// The shape of an invitation and of an offer, read without a phrase: a day, a time and a meeting
// in one stretch of text; a meeting called off; an offer's terms (pay, a start date, a contract).
import { timesAsDigits } from './times';
import { WORD_END, WORD_START } from '../regexp';

// A day: a weekday, a month, a numeric date or an ordinal day, in the five languages.
export const DAY = String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:tomorrow|morgen|demain|mañana)\b|\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Mo|Di|Mi|Do|Fr)\b\.?|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)\b|\b(?:lunes|martes|miércoles|jueves|viernes|sábado)\b|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)\b|\b\d{1,2}\.?\s+(?:de\s+)?(?:Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|ene|abr|ago|dic|mei|okt|maart)\p{L}*|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`;
// A time of day, however it is written ("à 10" after a space too: \b cannot stand before "à").
export const TIME = String.raw`\b\d{1,2}[:.]\d{2}\b(?![./]\d)|\b\d{1,2}\s+h\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\p{L})|\b\d{1,2}\s*(?:Uhr|uur|hrs|heures?|o['’]clock)(?!\p{L})|\b\d{1,2}[hu]\d{0,2}\b|\bhalf\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(?:noon|midday)\b|(?<![\p{L}\d])(?:à|a\s+las|om|um)\s+\d{1,2}\b`;
// A meeting: the words and the places a conversation happens in, and the person asked to come to
// one or awaited there, wherever it is ("come to our depot", "kommen Sie auf die Baustelle",
// "venez nous voir sur le site", "te esperamos en el almacén", "kom naar ons magazijn").
const MEETING = String.raw`${WORD_START}(?:call|calls|calling|meet|meeting|interview\w*|chat|talk|speak|conversation|see\s+you|come\s+in|visit|lock\s+in|book(?:ed)?|screen|zoom|teams|webex|whereby|google\s+meet|phone|video|onsite|on-site|in\s+person|Gespräch\w*|Termin\w*|treffen|sprechen|Telefonat|Videocall|entretien|rendez-vous|visio\w*|échange\w*|rencontr\w*|appel\w*|entrevista|reunión|llamada|te\s+espero|nos\s+vemos|videollamada|gesprek\w*|videogesprek|afspr\p{L}*|bellen|spreken|kennismaking|Meet|office|Büro|bureau|kantoor|oficina|shop|workshop|Werkstatt|atelier|taller|werkplaats)${WORD_END}|\p{L}*(?:termin|gespräch|gesprek)\p{L}*|\b(?:conversaci[oó]n|conversation|Unterhaltung|llam\p{L}+|anruf\p{L}*|entrevue|langs\s*(?:te\s+)?komen|langskomen|vorbei\s*(?:zu)?kommen|pas(?:arte|arse|ar\s+por)|pásate|drop\s+by|stop\s+by|passer\s+(?:nous\s+)?voir)\b|${WORD_START}(?:come\s+(?:in|over|by|along|down|and|to)|join\s+us\s+(?:at|in|on)|kommen\s+Sie|kommst\s+du|(?:zu\s+uns|vorbei)\s+(?:zu\s+)?kommen|Kennenlern\p{L}*|erwarten\s+(?:wir\s+)?(?:Sie|dich)|ven(?:ez|ir)\s+(?:nous|sur|au|à|dans|chez)|vous\s+(?:attendons|accueillerons|recevrons)|ven(?:ir|gas?)?\s+a\s+(?:conocer|vernos|visitarnos|nuestr[oa]s?)|(?:te|le|os)\s+(?:esperamos|esperaremos|recibiremos)|conocer(?:te|le|nos)?|kom\s+(?:[^\s.!?]+\s+){0,6}?(?:naar|langs|bij)|komen\s+naar|kennismak\p{L}*|verwachten\s+(?:we\s+|wij\s+)?(?:je|jou|u))${WORD_END}`;

// Compiled once (matchAll works on a copy of a global pattern; the others keep no state).
const TIME_RE = new RegExp(TIME, 'giu');
const DAY_RE = new RegExp(DAY, 'iu');
const MEETING_RE = new RegExp(MEETING, 'iu');

// The last minute of a day is a deadline's time ("complete it by 7 December at 11:59 PM"), which no
// meeting starts at.
const LAST_MINUTE = /^(?:23[:.]59|11[:.]59\s*p)/iu;

/** An invitation's shape: a day, a time and a meeting, in one stretch of the message's own text. */
export function proposesMeeting(text: string): boolean {
  text = timesAsDigits(text);
  for (const m of text.matchAll(TIME_RE)) {
    if (LAST_MINUTE.test(text.slice(m.index, m.index + 10))) continue;
    const around = text.slice(Math.max(0, m.index - 160), m.index + m[0].length + 160);
    if (DAY_RE.test(around) && MEETING_RE.test(around)) return true;
  }
  return false;
}

// A meeting called off: "I have to cancel Thursday", "unser Gespräch muss leider entfallen",
// "nous devons annuler l'entretien", "tenemos que cancelar la entrevista", "het gesprek gaat niet door".
const CALLED_OFF = new RegExp(String.raw`\b(?:cancel(?:l?ing)?|call(?:ing)?\s+off)\s+(?:(?:our|the|your|this|tomorrow['’]s|\p{L}+day['’]s)\s+)?(?:\p{L}+\s+)?(?:interview|call|meeting|chat|conversation|visit|onsite|screen|mon|tues|wednes|thurs|fri|satur)(?:day)?\b|\b(?:interview|call|meeting|chat|conversation|visit|onsite)\s+(?:[^.!?\n]|\.(?=\d)){0,60}?\b(?:is|has\s+been|will\s+be)\s+(?:cancel+ed|called\s+off)\b|(?<!\p{L})\p{L}*(?:gespräch|termin|interview|treffen|telefonat)\p{L}*(?:[^.!?\n]|\.(?=[\d,])){0,60}?\b(?:entfällt|entfallen|abgesagt|absagen|fällt\s+(?:\p{L}+\s+)?aus|ausfallen)(?!\p{L})|\bannul\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:l['’]\s*)?(?:entretien|rendez-vous|échange|rencontre|appel)|${WORD_START}(?:entretien|rendez-vous|échange|rencontre)${WORD_END}[^.!?\n]{0,40}?\b(?:annulé|n['’]aura\s+pas\s+lieu)|\b(?:cancel|anul|suspend)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:entrevista|reunión|cita|llamada)\b|\b(?:entrevista|reunión|cita|llamada)\b[^.!?\n]{0,40}?\b(?:cancelad|anulad|suspendid)\p{L}*|\b(?:gesprek|afspraak|interview|kennismaking)\b(?:[^.!?\n]|\.(?=\d)){0,60}?\b(?:gaat\s+niet\s+door|vervalt|geannuleerd|afgezegd|annuleren|afzeggen)(?!\p{L})|\b(?:annuleren|afzeggen)\s+(?:\p{L}+\s+){0,2}?(?:het\s+|de\s+|ons\s+)?(?:gesprek|afspraak)`, 'iu');

/** Whether the message calls a meeting off ("I have to cancel Thursday", "das Gespräch entfällt"). */
export function callsOffMeeting(text: string): boolean {
  return CALLED_OFF.test(text);
}
// An offer's terms: a pay figure, a start date and a contract to sign, in the five languages
// ("68k ... Jan 11 as your first day ... the paperwork", "64.000 EUR ... Start wäre ... den
// Arbeitsvertrag", "€ 4.150 bruto ... startdatum ... de arbeidsovereenkomst"). All three together
// are what an employer writes to the person it hires; an invitation that names a salary band
// sends no contract.
const PAY = /[£€$]\s?\d|\b\d[\d.,]*\s?(?:k|K|€|EUR|[Ee]uros?|GBP|USD|[Dd]ollars|[Pp]ounds|[Bb]rutto|[Bb]ruto|[Bb]rut)(?!\p{L})/u;
const START = /\b(?:start(?:ing)?\s+date|first\s+day|(?:when\s+)?(?:can|could)\s+you\s+start|start\s+(?:on|in|from)|Start(?:termin|datum)?\s+(?:wäre|ist|am)|Eintritt\p{L}*|Arbeitsbeginn|Startdatum|date\s+de\s+(?:début|prise\s+de\s+poste|démarrage)|prise\s+de\s+poste|fecha\s+de\s+(?:incorporación|inicio)|incorporarte|eerste\s+werkdag|ingangsdatum)(?!\p{L})/iu;
const CONTRACT = /\b(?:contract|paperwork|Arbeitsvertrag|Vertrag|contrat|contrato|arbeidsovereenkomst|\p{L}*contract)(?!\p{L})/iu;

/** Whether a message sets out an offer's terms: pay, a start date and a contract. */
export function setsOutTerms(text: string): boolean {
  return PAY.test(text) && START.test(text) && CONTRACT.test(text);
}
