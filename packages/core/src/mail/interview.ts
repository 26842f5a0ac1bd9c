// The interview an invitation names: date, time, zone, format and link, from an attached
// calendar invitation (read with ical.js) or else from the text (chrono-node in the message's
// language). Written on the training split only.
import * as chrono from 'chrono-node';
import ICAL from 'ical.js';
import { TZDate } from '@date-fns/tz';
import type { InterviewFormat } from '../model/interview';
import type { MailInterview } from './schema';
import { daysAsDigits, timesAsDigits, WEEKDAY_WORDS, weekdayDaysInFull } from './times';
import { numericDateOrder, zoneOf } from './zones';

export { zoneOf } from './zones';

// A full stop or comma after the link ends the sentence, not the link.
// A tracker's own video room ("lichtbuehne.personio.de/video/…", "….teamtailor.com/meetings/…",
// "….recruitee.com/video/…") is a meeting link as well.
const MEETING_HOST = /https?:\/\/(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|whereby\.com|meet\.jit\.si|webex\.com|gotomeeting\.com|chime\.aws|bluejeans\.com|(?:personio\.(?:de|com)|teamtailor\.com|recruitee\.com|workable\.com|ashbyhq\.com|jobylon\.com|homerun\.co)\/(?:video|meetings?|meet|interviews?|call)(?=\/))\/[^\s<>"')\]]*(?<![.,;:!?])/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function utcInstant(date: string, time: string, zone: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  try {
    const t = zone === 'UTC' ? new Date(Date.UTC(y, m - 1, d, h, min)) : new TZDate(y, m - 1, d, h, min, zone);
    return Number.isNaN(t.getTime()) ? null : new Date(t.getTime()).toISOString();
  } catch {
    return null;
  }
}

const IN_PERSON = /\b(?:in-person|in\s+person|onsite|on-site|persönlich\p{L}*|en\s+persona|en\s+personne|persoonlijk\p{L}*|face[-\s]to[-\s]face)\b/giu;
const LATER = /\b(?:before|later|afterwards|then|next|bevor|später|danach|avant|ensuite|plus\s+tard|antes|después|luego|voordat|later|daarna)\b[^.!?\n]{0,50}$/iu;

/** Whether the text says the meeting is in person, as this step and not a later one. */
function saysInPerson(text: string): boolean {
  for (const m of text.matchAll(IN_PERSON)) if (!LATER.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}

// A call or a video meeting already held, named to say what follows it ("following your video
// interview", "suite à notre échange téléphonique", "nach unserem Telefonat", "tras nuestra
// llamada", "naar aanleiding van ons telefoongesprek"): not the format of the meeting proposed.
const PAST_MEETING = /\b(?:following|after|further\s+to|since|suite\s+à|après|nach|tras|después\s+de|naar\s+aanleiding\s+van|na)\s+(?:our|your|the|notre|votre|nos|vos|l['’]|unserem|unserer|Ihrem|Ihrer|deinem|deiner|dem|der|nuestra|nuestro|tu|su|la|el|ons|onze|je|jouw|uw|het|de)\s*(?:\p{L}+[\s-]+){0,2}?(?:phone|telephone|video|Telefon|Video|téléphon|visio|telef[oó]n|videollamada|llamada|call|appel|gesprek|Gespräch|échange|entretien|interview|entrevista)\p{L}*(?:\s+(?:téléphonique|telefónic[oa]|telefonisch|vidéo|video|par\s+téléphone|por\s+teléfono|am\s+Telefon))?/giu;

// A call already held, named in an "as agreed / as discussed" clause ("as discussed on the phone",
// "wie telefonisch besprochen", "comme convenu par téléphone", "como hablamos por teléfono",
// "zoals telefonisch afgesproken"): it says how the meeting was arranged, not what it will be.
const AGREED_BY_PHONE = /(?<![\p{L}])(?:as\s+(?:we\s+)?(?:discussed|agreed|arranged|mentioned|spoke|said)\s+(?:on|over|by)\s+(?:the\s+)?(?:phone|telephone)|wie\s+(?:(?:bereits|soeben|gerade)\s+)?(?:telefonisch|am\s+Telefon)\s+(?:besprochen|vereinbart|abgesprochen|verabredet|angekündigt|erwähnt)|comme\s+(?:(?:nous\s+l['’]avons\s+)?(?:convenu|discuté|évoqué|vu|dit|annoncé))\s+(?:par|au)\s+téléphone|como\s+(?:(?:lo\s+)?(?:hablamos|acordamos|comentamos|quedamos|hablado|acordado|comentado))\s+por\s+(?:teléfono|telefono)|zoals\s+(?:(?:al\s+)?(?:telefonisch|aan\s+de\s+telefoon|per\s+telefoon)\s+(?:besproken|afgesproken|overlegd|gezegd|aangekondigd)))(?![\p{L}])/giu;

// A phone number given as a way to reach the employer ("Phone: 815-555-0148", "telefonisch unter
// +43 662 …", "téléphone : 01 …"): a contact channel, not the format of the meeting.
const PHONE_CONTACT = /\b(?:phone|telephone|tel|Telefon|telefonisch|téléphone|teléfono|telefoon)\.?\s*(?::|unter|at|on|au|al|op)?\s*\+?\(?\d[\d\s()./-]{6,}/giu;

function formatOf(text: string, link: string | null): InterviewFormat | null {
  if (link) return 'video';
  text = text.replace(PAST_MEETING, ' ').replace(AGREED_BY_PHONE, ' ').replace(PHONE_CONTACT, ' ');
  // Said outright, being there outweighs a phone call mentioned beside it ("following your telephone
  // screen, an in-person interview"), unless it is a later step ("a call before we meet in person").
  if (saysInPerson(text)) return 'onsite';
  if (/\b(?:phone|telephone|call\s+you|ring\s+you|Telefon\w*|anrufen|téléphon\w*|appellera|(?:vous|te)\s+appel\p{L}*|telefónic\w*|te\s+llamaremos|(?:te|le)\s+llam(?:e|o|aré|amos|aremos)|llamarte|llamarle|telefonisch\w*|bellen|bel\s+(?:ik|we)\s+(?:je|u)|give\s+you\s+a\s+(?:call|ring|bell)|(?:I|we)(?:['’]ll|\s+will)\s+ring\s+you|(?:ik|we|wij)\s+bel\s+(?:je|u)|belt\s+(?:je|u))(?![\p{L}\d])/iu.test(text)) return 'phone';
  // The sender says they will call the person's number: "I'll ring your mobile", "I'll call the
  // number on your CV", "Ich rufe Sie … an", "le llamaré al teléfono", "je vous appellerai".
  if (/\b(?:I|we)(?:['’]ll|\s+will)\s+(?:ring|call|phone)\s+(?:your|the\s+number|you\s+on)|\b(?:ich|wir)\s+rufen?\s+(?:Sie|dich|euch)\b[^.!?\n]{0,40}\ban\b/iu.test(text)) return 'phone';
  // A call as the meeting itself ("una primera llamada", "un premier appel", "een telefoongesprek"),
  // unless it is a video one.
  if (/(?<![\p{L}])(?:(?:una|primera|breve|corta)\s+llamada|un\s+(?:premier\s+|court\s+|bref\s+)?appel|(?:een|kort)\s+(?:kort\s+)?(?:telefoongesprek|belafspraak))(?![\p{L}])(?![^.!?\n]{0,30}(?:v[ií]deo|zoom|teams|meet|visio))/iu.test(text)) return 'phone';
  // "Video" as the meeting, not as a word of the role ("Video Producer").
  if (/\b(?:video[-\s]?(?:call|interview|chat|meeting|conference|link)s?|(?:via|by|per|par|por|over|on|en|in)\s+video|video(?:interview|call|gespräch|konferenz|anruf)|zoom|teams|google\s+meet|virtual|visio\w*|videollamada|video-?call|videogesprek|online)\b/i.test(text)) return 'video';
  if (/\b(?:in-person|in\s+person|onsite|on-site|office|reception|our\s+(?:lab|site|store|shop)|come\s+in|pop\s+in|we're\s+at|\d+\s+(?:rue|avenue|boulevard|bd|quai|allée|impasse|chemin|calle|avenida|street|road|lane)|rue\s+\p{L}|\p{L}+(?:straße|strasse|plein|gracht|laan|kade)|atelier|werkplaats|address|vor\s+Ort|Büro|Zentrale|Agentur|locaux|siège|boutique|adresse|(?:nous\s+)?vous\s+attendons|(?:te|le|os)\s+esperamos|erwarten\s+(?:wir\s+)?(?:Sie|dich)|verwachten\s+(?:we\s+|wij\s+)?(?:je|jou|u)|presencial|oficinas?|kantoor|gemeentehuis|stadhuis|receptie|Adres|Ort:|Lugar)\b/iu.test(text)) return 'onsite';
  // The meeting is said to be in person, or a place is given: a street and its number, a postcode
  // and its town after a comma, a "Location:" line, the employer's own premises.
  if (/\b(?:persönlich\p{L}*|en\s+persona|en\s+personne|persoonlijk\p{L}*|face[-\s]to[-\s]face|de\s+visu)\b|\b\p{L}*(?:straße|strasse|Straße|Str\.|weg|gasse|platz|allee|straat|plein|laan|dreef|singel|kaai|kade|dijk|gracht|steenweg|markt)\s+\d{1,4}\b|\b(?:calle|avenida|plaza|paseo|rue|place|avenue|boulevard|bd|street|road|lane|square)\s+(?:\p{L}+\s+){0,3}?\d{1,4}\b|\d{1,4}[a-z]?,\s*(?:place|rue|avenue|calle|plaza)\b|,\s*\d{4,5}\s+\p{Lu}\p{L}+|^\s*(?:Location|Locatie|Lieu|Dirección|Adresse|Anschrift|Ubicación|Venue|Plaats|Ort)\s*:|\b(?:instalaciones|Betrieb|Standort|Hauptverwaltung|Verwaltungsgebäude|Empfang|Rathaus|Hôtel\s+de\s+Ville|mairie|ayuntamiento|front\s+(?:desk|registers?))\b|\bour\s+(?:\p{Lu}\p{L}*\s+){1,3}(?:store|shop|office|branch|site|studio|plant|lab)\b|\b(?:onze|ons)\s+(?:site|terrein|vestiging|fabriek|locatie|werkplaats|magazijn|winkel)\b|\bnotre\s+(?:site|usine|agence|magasin|entrepôt|atelier)\b|\bunser(?:em|en|er)?\s+(?:Standort|Werk|Gelände|Lager|Filiale|Betrieb|Werkstatt)\b|\bnuestr[oa]s?\s+(?:centro|planta|sede|almacén|tienda|nave|taller)\b|\b\d{1,5}\s+(?:\p{Lu}\p{L}+\s+){1,3}(?:Avenue|Street|Road|Lane|Row|Drive|Way|Place|Boulevard|Square|Court|Terrace)\b/imu.test(text)) return 'onsite';
  // Said indirectly: the employer's own premises ("bei uns in der Werkstatt", "bij ons op de zagerij",
  // "in our workshop", "en la almazara"), a road and its kilometre, asking for someone on arrival.
  // "Bei uns in Buchholz", "chez nous à Annecy", "bij ons in Zwolle", "con nosotros en Rosario",
  // "with us in Leeds": the employer's place in a town; a meeting point ("Treffpunkt ist …",
  // "point de rendez-vous", "punto de encuentro", "verzamelpunt", "meeting point") is a place to go.
  if (/\bbei\s+uns\s+(?:in\s+der|im|in\s+dem|auf\s+dem|in\s+unserer?|in|am)\s+\p{Lu}|\bchez\s+nous\s+(?:à|au|en|dans)\s+\p{Lu}|\bbij\s+ons\s+(?:in|aan)\s+(?:de\s+|het\s+)?\p{Lu}|\bcon\s+nosotros\s+en\s+\p{Lu}|\bwith\s+us\s+(?:in|at)\s+\p{Lu}|\b(?:Treffpunkt|point\s+de\s+rendez-vous|punto\s+de\s+(?:encuentro|reunión)|verzamelpunt|ontmoetingspunt|meeting\s+point)\b|\b(?:in|auf)\s+(?:der|unserer)\s+(?:Werkstatt|Manufaktur|Halle|Backstube|Praxis|Kanzlei|Filiale|Brauerei|Gärtnerei)\b|\bbij\s+ons\s+op\s+(?:de\s+|het\s+)?\p{L}{3,}|\b(?:langs\s*komen|langskomen|kom\s+(?:je|u)\s+langs|vorbeikommen|vorbeizukommen|sur\s+place)\b|\b(?:in|at)\s+our\s+(?:workshop|premises|offices?|warehouse|yard|kitchen|restaurant|farm|clinic|practice|surgery|mill|brewery|bakery|workshops)\b|\ben\s+(?:la|el|nuestra|nuestro)\s+(?:almazara|bodega|tienda|oficina|taller|fábrica|nave|finca|granja|obrador|hotel|restaurante|sede)\b|\b(?:Ctra\.|carretera\s+de|km\s+\d)|\bpregunt\p{L}*\s+por\s+m[ií]\b|\bask\s+for\s+me\b|\bdemandez[- ]moi\b|(?<![\p{L}\p{N}])(?:au|à\s+l['’])\s*(?:théâtre|atelier|musée|entrepôt|magasin|restaurant|hôtel|domaine|chantier)\b/iu.test(text)) return 'onsite';
  // The place is a building ("at Oakridge Academy", "our Leeds campus"), or the person is asked to bring ID.
  if (/(?<![\p{L}\p{N}])(?:academy|school|college|campus|hospital|clinic|library|headquarters|HQ|depot|warehouse|plant|studio|Schule|Klinik|Werk|Bibliothek|école|bibliothèque|biblioteca|bibliotheek|campus|hôpital|colegio|hospital|sede|almacén|school|ziekenhuis|vestiging)(?![\p{L}\p{N}])|\bbring\s+(?:\w+\s+){0,2}(?:ID|identification|passport|certificates)|(?<![\p{L}\p{N}])(?:Ausweis|pièce\s+d'identité|DNI|identiteitsbewijs)(?![\p{L}\p{N}])/iu.test(text)) return 'onsite';
  return null;
}

const PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual, nl: chrono.nl.casual };

const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/**
 * Dates and times rewritten so every parser reads them one way: numeric dates as ISO (day first
 * outside English; in English by the evidence, see numericDateOrder, and left out when nothing
 * says), "1.15pm" and "11u15" with a colon, "1400 hrs" as 14:00, "half eleven" as 11:30.
 */
function normalizeTimes(text: string, ref: Date, language: string, order: 'month-first' | 'day-first' | null): string {
  // Written out in the language's own words, which its parser reads best ("2 december 2026").
  const write = (day: number, month: number, year: number): string => {
    const name = (MONTHS[language] ?? MONTHS.en!)[month - 1]!;
    if (language === 'es') return `${day} de ${name} de ${year}`;
    if (language === 'de') return `${day}. ${name} ${year}`;
    return `${day} ${name} ${year}`;
  };
  const iso = (whole: string, day: number, month: number, y: string | undefined): string => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
    return write(day, month, y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : ref.getUTCFullYear() + (month < ref.getUTCMonth() + 1 ? 1 : 0));
  };
  // "Guten Morgen" and a line opened by "Morgen," greet; they do not say tomorrow.
  text = weekdayDaysInFull(timesAsDigits(daysAsDigits(text)), ref, write).replace(/\bGuten\s+Morgen\b|^(\s*)Morgen(?=\s*[,!])/gimu, '$1');
  // A date written with dashes ("17-12-2026", "donderdag 17-12") is the same date as with slashes:
  // with its year, or after a weekday, so that no range of hours ("9-11") becomes one.
  text = text.replace(/(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g, '$1/$2/$3').replace(new RegExp(String.raw`(?<!\p{L})((?:${WEEKDAY_WORDS})\.?,?\s+)(\d{1,2})-(\d{1,2})(?![\d-])`, 'giu'), '$1$2/$3');
  text = text.replace(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g, (whole, a: string, b: string, y: string | undefined, at: number) => {
    const first = Number(a), second = Number(b);
    if (language !== 'en') return iso(whole, first, second, y);
    if (first > 12) return iso(whole, first, second, y);
    if (second > 12) return iso(whole, second, first, y);
    // A weekday written before the date that only one reading falls on decides it.
    const weekday = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s*$/i.exec(text.slice(Math.max(0, at - 14), at));
    if (weekday) {
      const want = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(weekday[1]!.toLowerCase());
      const yearOf = (month: number): number => (y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : ref.getUTCFullYear() + (month < ref.getUTCMonth() + 1 ? 1 : 0));
      const fits = [[second, first], [first, second]].filter(([d, m]) => new Date(Date.UTC(yearOf(m!), m! - 1, d!)).getUTCDay() === want);
      if (fits.length === 1) return iso(whole, fits[0]![0]!, fits[0]![1]!, y);
    }
    if (order === 'month-first') return iso(whole, second, first, y);
    if (order === 'day-first') return iso(whole, first, second, y);
    return first === second ? iso(whole, first, second, y) : ' ';
  });
  // German day-and-month dates without a year ("Montag, 9.11.") get one, so no parser reads
  // "9.11" as a time.
  const withYears = text.replace(/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g, (whole, d: string, m: string) => {
    const month = Number(m);
    if (month < 1 || month > 12 || Number(d) > 31) return whole;
    const year = ref.getUTCFullYear() + (month < ref.getUTCMonth() ? 1 : 0);
    return `${d}.${m}.${year}`;
  });
  return withYears
    .replace(/\b(\d{1,2})\s+Uhr\b/g, '$1:00 Uhr')
    // Dutch "om 10 uur": the hour alone.
    .replace(/\b(om\s+)(\d{1,2})\s+uur\b/g, '$1$2:00 uur')
    // A dotted time with its hour word in any of the five languages: "2.30 pm", "15.00 Uhr", "18.30 hs", "10.15 horas", "9.30 uur".
    .replace(/\b(\d{1,2})\.(\d{2})(?=\s*(?:a\.?m\.?|p\.?m\.?|uur|Uhr|h\b|hs\b|hrs|hours|horas|heures|o'clock|u\b))/gi, '$1:$2')
    .replace(/\b(\d{1,2})u(\d{2})\b/g, '$1:$2')
    // Flemish and Dutch "om 15u": the hour alone.
    .replace(/(?<![:.\d])\b([01]?\d|2[0-3])u(?![\p{L}\d])/gu, '$1:00')
    .replace(/\b(\d{1,2}:\d{2})\s*(?:hrs?|hs|h|hours|horas|heures|uur|u)\b\.?/g, '$1')
    // "9h30", "14h": the French hour glued to its "h".
    .replace(/\b([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])/gu, (_, h: string, m: string | undefined) => `${h}:${m ?? '00'}`)
    // "de 18 h à 19 h": the French hour with a space before its "h".
    .replace(/\b([01]?\d|2[0-3])\s+h(?:\s*([0-5]\d))?(?![\p{L}\d])/gu, (_, h: string, m: string | undefined) => `${h}:${m ?? '00'}`)
    // "1400 hrs", "a las 1600 horas", "um 1400 Uhr", "om 1400 uur": the military clock in any of
    // the five languages; the German and Dutch word is kept, which their parsers read.
    .replace(/\b([01]\d|2[0-3])([0-5]\d)\s*(hrs|hours|h|horas|hs|heures|Uhr|uur)(?![\p{L}])/gu, (_, h: string, m: string, unit: string) => (/^(?:Uhr|uur)$/.test(unit) ? `${h}:${m} ${unit}` : `${h}:${m}`));
}

// A length of time ("45 minutes", "for a second", "an hour and a quarter") is no clock time and no day.
const DURATION = /(?<![\d:.])(?:\d+|an?|one|a\s+few|couple\s+of|eine?n?|une?|un[oa]?|een)\s*-?\s*(?:seconds?|minutes?|mins?|hours?|Sekunden?|Minuten?|Stunden?|secondes?|heures?|segundos?|minutos?|horas?|seconden?|minuten|uur|uren)\b/i;
const NOON = /\b(?:noon|midday|Mittag|midi|mediodía|middag)\b/i;

/**
 * Whether a result's clock time is written in the text, not carried over from the message's own
 * time: chrono gives "yesterday", "for a second" or "in 45 minutes" the Date header's clock, and a
 * bare number before a capitalised word ("at 14 Marchmont Street") is an address.
 */
function writtenClock(r: chrono.ParsedResult, body: string): boolean {
  if (!r.start.isCertain('hour') || DURATION.test(r.text)) return false;
  if (NOON.test(r.text)) return true;
  if (!/\d/.test(r.text)) return false;
  return !(/(?<![\d:.])\d{1,2}\s*$/.test(r.text) && /^\s+\p{Lu}/u.test(body.slice(r.index + r.text.length, r.index + r.text.length + 3)));
}

// A moved meeting names its old slot too: "instead of Tuesday at 10", "statt Dienstag, 15.12.",
// "en lugar del lunes 14", "in plaats van maandag", "originally on …", "moved from …". A date just
// after such words, in the same sentence, is the slot given up; the verb in any form ("we need to
// move your interview from …", "déplacer votre entretien pour le poste de … du …", "la pasamos del
// lunes 7 al martes 8").
const SUPERSEDED = new RegExp(String.raw`(?:\b(?:instead\s+of|rather\s+than|(?:was|were|had\s+been)\s+(?:planned|scheduled|booked|set|arranged)\s+(?:for|on)|originally|initially|previously)|(?<!(?:findet|finden|fand|fanden)\s+)\b(?:an)?statt|\banstelle|\b(?:ursprünglich|eigentlich|bisher|bislang)|\bau\s+lieu\s+d|\bplutôt\s+que|\binitialement|\ben\s+(?:lugar|vez)\s+de|\b(?:inicialmente|originalmente)|\bin\s+plaats\s+van|\bi\.p\.v\.|\boorspronkelijk|\b(?:move|change|reschedul|shift|push|postpone|bring\s+forward|brought\s+forward|verschoben|verlegt|verschieb|verlegen|vorgezogen|vorverleg|déplac|décal|report|avanc|déplaçons|décalons|movid[oa]|cambiad[oa]|trasladad[oa]|adelant|cambiamos|movemos|trasladamos|pasamos|verplaatst|verzet|verplaatsen|verzetten|vervroeg)\p{L}*\b[^.!?\n]{0,80}\b(?:from|von|vom|du|del|van|de(?=\s+(?:[01]?\d|2[0-3]):|\s*$))\b`
  // A moved meeting's slots set out as labels: "Old time: …", "Alter Termin: …", "Ancienne date : …".
  + String.raw`|\b(?:old|previous|former|original)\s+(?:time|date|slot)|\balte[rsn]?\s+(?:Termin|Zeit|Datum|Uhrzeit)|\bancienne?s?\s+(?:date|heure|horaire|créneau)|\b(?:fecha|hora|horario)\s+(?:anterior|original|antigua?)|\b(?:oude?|vorige|oorspronkelijke)\s+(?:tijd|datum|tijdstip|afspraak))[^.!?\n]{0,25}$`, 'iu');
// "Planned for", "prévu le", "previsto para", "geplant am", "gepland op" name the usual slot, and
// the old one only in a message that moves the meeting.
const PLANNED = new RegExp(String.raw`\b(?:(?:planned|scheduled|booked|set|arranged)\s+(?:for|on)|(?:geplant|vorgesehen|angesetzt|vereinbart)\p{L}*\s+(?:am|für|auf)|(?:prévu|programmé|fixé|planifié)\p{L}*\s+(?:le|pour|au|à)|(?:previst|programad|fijad|agendad|planead)[oa]s?\s+(?:para|el|en)|(?:gepland|ingepland|afgesproken|vastgelegd)\s+(?:op|voor|om))[^.!?\n]{0,25}$`, 'iu');
const MOVES = /\b(?:re-?schedul\p{L}*|move[ds]?|moving|postpone\p{L}*|push(?:ed)?\s+back|br(?:ing|ought)\s+forward|vorgezogen|vorverleg\p{L}*|avancé\p{L}*|avançons|adelantad[oa]|adelantamos|vervroeg\p{L}*|change\s+of\s+(?:time|date)|new\s+(?:time|date|slot)|verschieb\p{L}*|verschoben|verleg\p{L}*|Terminänderung|neuer\s+Termin|report\p{L}*|décal\p{L}*|déplac\p{L}*|nouvelle\s+(?:date|heure)|cambi\p{L}*|mover|movemos|traslad\p{L}*|reprogram\p{L}*|aplaz\p{L}*|nueva\s+(?:fecha|hora)|verzet\p{L}*|verplaats\p{L}*|nieuwe?\s+(?:tijdstip|datum|tijd))(?![\p{L}\p{N}])/iu;

/** Whether a date is the old slot of a meeting being moved (see SUPERSEDED and PLANNED). */
// The verb that moves a meeting, said after the slot it moves in the same sentence: "Ons gesprek van
// donderdag 10 december moeten we verzetten", "your interview on Tuesday has to be moved",
// "l'entretien du lundi 14 doit être déplacé", "la entrevista del viernes 11 hay que cambiarla".
const MOVED_AFTER = /^[^.!?\n]{0,100}?(?<!\p{L})(?:re-?schedul\p{L}*|moved?|postpone\p{L}*|push(?:ed)?\s+back|verschieb\p{L}*|verschoben|verleg\p{L}*|verlegt|report\p{L}*|décal\p{L}*|déplac\p{L}*|cambi\p{L}*|aplaz\p{L}*|pospon\p{L}*|mover(?:la|lo)?|verzet\p{L}*|verplaats\p{L}*|uitstel\p{L}*|uitgesteld)(?!\p{L})/iu;

/** Whether a date is the old slot of a meeting being moved (see SUPERSEDED, PLANNED and MOVED_AFTER). */
function isSuperseded(r: chrono.ParsedResult, body: string, moves: boolean): boolean {
  const before = body.slice(Math.max(0, r.index - 90), r.index);
  return SUPERSEDED.test(before) || (moves && (PLANNED.test(before) || MOVED_AFTER.test(body.slice(r.index + r.text.length, r.index + r.text.length + 100))));
}

// "Move your interview from Wednesday 9 December at 11:00 to Friday 11 December at 13:30", "du
// mercredi 9 à 11h au jeudi 10 à 16h", "del lunes 7 al martes 8": the parser reads one range, and
// after words that give up the first slot, its end is the meeting.
const RANGE_TO = /\s(?:to|until|till|au|à|al|hasta|bis|zum|tot|naar)\s+/giu;
function movedRangeEnd(r: chrono.ParsedResult, body: string): chrono.ParsedResult {
  if (!r.end || !SUPERSEDED.test(body.slice(Math.max(0, r.index - 90), r.index))) return r;
  const to = [...r.text.matchAll(RANGE_TO)].pop();
  if (!to) return r;
  const at = to.index + to[0].length;
  return Object.assign(Object.create(Object.getPrototypeOf(r) as object) as chrono.ParsedResult, r, { index: r.index + at, text: r.text.slice(at), start: r.end, end: null });
}

// Words that mark the slot a person took among those offered.
const CHOSEN = /(?<![\p{L}])(?:your\s+choice|chosen|selected|picked|booked|gewählt|ausgewählt|gebucht|choisi|sélectionné|réservé|elegid[oa]|seleccionad[oa]|reservad[oa]|gekozen|geselecteerd|gereserveerd)(?![\p{L}])/iu;
const lineOf = (body: string, index: number): string => body.slice(body.lastIndexOf('\n', index) + 1, (body.indexOf('\n', index) + 1 || body.length + 1) - 1);

const dayOf = (r: chrono.ParsedResult): string => `${r.start.get('year')}-${pad(r.start.get('month')!)}-${pad(r.start.get('day')!)}`;

function firstDated(body: string, ref: Date, parser: chrono.Chrono, offsetMinutes: number | null): { date: string | null; time: string | null } | null {
  // "Tomorrow", "morgen", "demain" are the day after the sender's own day (the Date header's
  // offset), not the day after in the zone this process happens to run in.
  const results = parser.parse(body, offsetMinutes === null ? ref : { instant: ref, timezone: offsetMinutes }, { forwardDate: true });
  // An invitation's meeting is not before the day the message was sent ("thanks for the call
  // yesterday", "gisteren"): that day in the sender's own offset, or a day of slack without one.
  const today = offsetMinutes === null ? null : new Date(ref.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
  const dayStart = new Date(ref.getTime() - 86_400_000);
  const dated = results
    .map((r) => movedRangeEnd(r, body))
    .filter((r) => r.start.isCertain('day') || r.start.isCertain('weekday'))
    // "a 30 minute call" is a duration, not a time.
    .filter((r) => !DURATION.test(r.text))
    // A match that ends inside a word is another language's word ("mi" of "miércoles" read as Mittwoch).
    .filter((r) => !/\p{L}/u.test(body[r.index + r.text.length] ?? ''))
    .filter((r) => (today ? dayOf(r) >= today : r.start.date().getTime() >= dayStart.getTime()))
    .sort((a, b) => a.index - b.index);
  // The old slot of a moved meeting gives way to the new one written after it.
  const moves = MOVES.test(body);
  const current = dated.filter((r) => !isSuperseded(r, body, moves));
  const live = current.length > 0 && current.length < dated.length ? current : dated;
  // A table of slots with one marked as taken ("Tue 15 Dec 11:30 your choice", "10.12.2026
  // 15:30 <- gewählt", "viernes 11 (reservada)"): the marked one, where the others are on other lines.
  const chosen = live.length > 1 ? live.find((r) => CHOSEN.test(lineOf(body, r.index))) : undefined;
  let first = chosen && live.some((r) => lineOf(body, r.index) !== lineOf(body, chosen.index)) ? chosen : live[0];
  if (!first) return null;
  // A weekday written before its date ("miércoles, 2 de diciembre", "Freitag, der 4.12.", "Tuesday the 8th") names that date, which some
  // parsers read as two results: the date wins over the weekday alone.
  if (!first.start.isCertain('day')) {
    const end = first.index + first.text.length;
    first = live.find((r) => r.start.isCertain('day') && r.index >= end && r.index <= end + 8) ?? first;
  }
  // A day named without a number or a time ("Friday", "today") is weaker than a date written
  // with its time further on ("Tues 12/8, 2:30pm"): that one is the meeting.
  if (!/\d/.test(first.text) && !writtenClock(first, body)) first = live.find((r) => r.index > first!.index && r.start.isCertain('day') && /\d/.test(r.text) && writtenClock(r, body)) ?? first;
  // A weekday named alone and its date written further on ("Monday at 9.30 works. That's Monday 14
  // December"): the date names which Monday.
  let date = dayOf(first);
  if (!first.start.isCertain('day')) {
    const weekday = first.start.get('weekday');
    const named = live.find((r) => r.index > first!.index && r.start.isCertain('day') && new Date(Date.UTC(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!)).getUTCDay() === weekday);
    if (named) date = dayOf(named);
  }
  const s = first.start;
  if (writtenClock(first, body)) return { date, time: `${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` };
  // The nearest written time, unless it belongs to another day written with it.
  const timed = newTimes(results.filter((r) => writtenClock(r, body) && (live === dated || !isSuperseded(r, body, moves)) && r.index > first.index - 40 && r.index < first.index + first.text.length + 200), body, ref, parser)
    .sort((a, b) => Math.abs(a.index - first.index) - Math.abs(b.index - first.index))[0];
  if (timed && timed !== first && timed.start.isCertain('day') && dayOf(timed) !== date) return { date, time: null };
  return { date, time: timed ? `${pad(timed.start.get('hour')!)}:${pad(timed.start.get('minute') ?? 0)}` : null };
}

// A clock time given up for another on the same day ("move your interview from 11:00 to 15:30",
// "verschiebt sich von 10:00 auf 13:30 Uhr", "est avancé de 15 h à 10 h 30", "van 9.00 naar
// 11.15 uur"): the words before it (the range's own "from" counted) give it up. A range's end
// is read again on its own, since a parser can take a range's earlier end for the evening.
const RANGE_FROM = /^(?:from|von|vom|de|du|del|van)\s+/iu;
// Between two times of one day the Spanish "a las" and the German "auf" join them too.
const TIME_RANGE_TO = /\s(?:to|until|till|au|à|al|a|hasta|bis|zum|auf|tot|naar)\s+/giu;
const CLOCK_BEFORE = /\d[:.]\d{2}|\d\s*(?:h|Uhr|uur|[ap]\.?m\.?)(?!\p{L})/iu;
// With the verb after ("wird von 9:00 auf 11:30 Uhr verlegt", "van 15.00 naar 10.45 uur
// vervroegd"): a time after "from" and before "to" and another time, in a sentence that moves.
const FROM_BEFORE = /(?<!\p{L})(?:from|von|vom|de(?:\s+las?)?|del|van)\s*$/iu;
const TO_AFTER = /^\s*(?:to|auf|à|a(?:\s+las?)?|naar|until|bis)\s+\d/iu;
function sentenceAround(body: string, from: number, to: number): string {
  const head = body.slice(Math.max(0, from - 150), from);
  const start = [...head.matchAll(/[.!?]\s|\n/g)].pop();
  const end = /[.!?]\s|\n/.exec(body.slice(to, to + 150));
  return head.slice(start ? start.index + start[0].length : 0) + body.slice(from, to + (end ? end.index : 150));
}
function givenUp(r: chrono.ParsedResult, body: string): boolean {
  const lead = RANGE_FROM.exec(r.text)?.[0].length ?? 0;
  const before = body.slice(Math.max(0, r.index - 90), r.index + lead);
  // The time given up stands between the words and this one: "von 10:00 auf 13:30" gives up 10:00 only.
  if (SUPERSEDED.test(before) && !CLOCK_BEFORE.test(before.slice(-25))) return true;
  const fromTo = r.end ? lead > 0 : FROM_BEFORE.test(before) && TO_AFTER.test(body.slice(r.index + r.text.length, r.index + r.text.length + 20));
  return fromTo && MOVES.test(sentenceAround(body, r.index, r.index + r.text.length));
}
function newTimes(timed: chrono.ParsedResult[], body: string, ref: Date, parser: chrono.Chrono): chrono.ParsedResult[] {
  if (!timed.some((r) => givenUp(r, body))) return timed;
  const out: chrono.ParsedResult[] = [];
  for (const r of timed) {
    if (!givenUp(r, body)) {
      out.push(r);
      continue;
    }
    const to = r.end ? [...r.text.matchAll(TIME_RANGE_TO)].pop() : undefined;
    if (!to) continue;
    const at = to.index + to[0].length;
    const end = parser.parse(r.text.slice(at), r.start.date()).find((e) => e.start.isCertain('hour') && e.index === 0);
    if (end) out.push(Object.assign(Object.create(Object.getPrototypeOf(end) as object) as chrono.ParsedResult, end, { index: r.index + at }));
  }
  return out.length ? out : timed;
}

// Lines that stamp a message rather than name a meeting: "Sent:", "Gesendet:", "Envoyé :",
// "Enviado el:", "Verzonden:" and "received" stamps, a reply's "On … wrote:" line, and the
// date line of a header block (next to its From, To or Subject line).
const STAMP = /^[ \t>*]*(?:Sent|Gesendet|Envoyé|Enviado(?:\s+el)?|Verzonden|Verstuurd|Received|Empfangen|Reçu|Recibido|Ontvangen)\s*:/i;
// The writer may follow the verb ("Op di 1 dec 2026 om 20:10 schreef Alex Morgan <…>:").
const ATTRIBUTION = /^[ \t>]*(?:On|Le|Am|El|Op)\b.{4,300}\b(?:wrote|a écrit|schrieb|escribió|schreef)(?:\s*:?|\s+[^\n]{1,120}:)\s*$/i;
const HEADER_KEY = /^[ \t>*]*(?:From|Von|De|Van|To|An|À|Para|Aan|Subject|Betreff|Objet|Asunto|Onderwerp|Cc)\s*:/i;
const DATE_KEY = /^[ \t>*]*(?:Date|Datum|Fecha)\s*:/i;

/** The text with its header-like stamps blanked, each line kept (as an empty line) so positions stay near. */
export function withoutStamps(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, i) => {
    if (STAMP.test(line) || ATTRIBUTION.test(line)) return '';
    if (DATE_KEY.test(line) && (HEADER_KEY.test(lines[i - 1] ?? '') || HEADER_KEY.test(lines[i + 1] ?? ''))) return '';
    return line;
  }).join('\n');
}

// The detected language's parser first; a short message can be misread as English, so the other
// languages are tried before giving up.
function fromText(text: string, ref: Date, language: string, order: 'month-first' | 'day-first' | null, offsetMinutes: number | null, subject = ''): { date: string | null; time: string | null } {
  const body = normalizeTimes(withoutStamps(text), ref, language, order);
  const languages = [language, ...Object.keys(PARSERS).filter((l) => l !== language)];
  for (const lang of languages) {
    const parser = PARSERS[lang];
    if (!parser) continue;
    const found = firstDated(body, ref, parser, offsetMinutes);
    if (found) return found;
  }
  return subject ? fromSubject(subject, body, ref, languages, order, offsetMinutes) : { date: null, time: null };
}

// The day written in the subject only ("Interview Wed 16 Dec", "Entretien le 18/12",
// "Vorstellungsgespräch am 17.12.2026") and the time in a body that names no day ("at 0930 hrs",
// "um 11:00 Uhr"): the subject's day at the body's first time not given up for another.
function fromSubject(subject: string, body: string, ref: Date, languages: string[], order: 'month-first' | 'day-first' | null, offsetMinutes: number | null): { date: string | null; time: string | null } {
  for (const lang of languages) {
    const parser = PARSERS[lang];
    if (!parser) continue;
    const day = firstDated(normalizeTimes(subject, ref, lang, order), ref, parser, offsetMinutes);
    if (!day?.date) continue;
    if (day.time) return day;
    const clocks = parser.parse(body, ref).filter((r) => writtenClock(r, body) && !/\p{L}/u.test(body[r.index + r.text.length] ?? ''));
    const t = newTimes(clocks, body, ref, parser)[0];
    return { date: day.date, time: t ? `${pad(t.start.get('hour')!)}:${pad(t.start.get('minute') ?? 0)}` : null };
  }
  return { date: null, time: null };
}

function fromCalendar(ics: string): Omit<MailInterview, 'format' | 'fromCalendar' | 'start'> & { location: string } | null {
  try {
    const comp = new ICAL.Component(ICAL.parse(ics));
    const event = comp.getFirstSubcomponent('vevent');
    if (!event) return null;
    const prop = event.getFirstProperty('dtstart');
    const start = prop?.getFirstValue() as ICAL.Time | undefined;
    if (!prop || !start) return null;
    const tzid = prop.getParameter('tzid');
    const zone = typeof tzid === 'string' ? tzid : start.zone?.tzid === 'UTC' || start.isDate === false ? 'UTC' : null;
    const text = [event.getFirstPropertyValue('url'), event.getFirstPropertyValue('location'), event.getFirstPropertyValue('description')].filter((v) => typeof v === 'string').join('\n');
    const link = MEETING_HOST.exec(text)?.[0] ?? null;
    return { date: `${start.year}-${pad(start.month)}-${pad(start.day)}`, time: start.isDate ? null : `${pad(start.hour)}:${pad(start.minute)}`, zone, link, location: String(event.getFirstPropertyValue('location') ?? '') };
  } catch {
    return null;
  }
}

// Names of days and months, and the word after a time, say which language a date is written in
// even when the message is too short for the language detector.
const DATE_WORDS: Record<string, RegExp> = {
  es: /\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|a\s+las\s+\d)/giu,
  fr: /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b/giu,
  de: /\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Juni|Juli|Oktober|Dezember|\d\s*Uhr)\b/giu,
  nl: /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|augustus|oktober|\d\s*uur)\b/giu,
  en: /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|\d\s*(?:a\.?m\.?|p\.?m\.?))\b/giu,
};

/** The language the dates of a text are written in: the detected one unless another's day and month names outnumber it. */
export function dateLanguage(text: string, detected: string): string {
  const counts = Object.entries(DATE_WORDS).map(([lang, re]) => [lang, text.match(re)?.length ?? 0] as const);
  const own = counts.find(([lang]) => lang === detected)?.[1] ?? 0;
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > own ? best[0] : detected;
}

/**
 * The interview an invitation names. A calendar invitation wins over the text, and the text over
 * the subject (read for the day only when the text names none); a zone not written
 * next to the time is inferred from the language, the sender's country and the Date header.
 * @example extractInterview({ text: 'Join us on Thursday, November 19 at 2:00 PM ET: https://zoom.us/j/1', calendars: [], date: '2026-11-13T12:00:00Z', language: 'en', senderDomain: 'acme.com', offsetMinutes: 0 }).time // '14:00'
 */
export function extractInterview(input: { text: string; html?: string | null; calendars: string[]; date: string | null; language: string; senderDomain: string; offsetMinutes: number | null; subject?: string }): MailInterview {
  const hrefs = input.html ? [...input.html.matchAll(/href=["']([^"']+)["']/gi)].map((m) => m[1]).join('\n') : '';
  const textLink = MEETING_HOST.exec(input.text)?.[0] ?? MEETING_HOST.exec(hrefs)?.[0] ?? null;
  for (const ics of input.calendars) {
    const cal = fromCalendar(ics);
    if (!cal || !cal.date) continue;
    const zone = cal.zone ?? zoneOf(input.text, input.language, input.senderDomain, input.offsetMinutes);
    const link = cal.link ?? textLink;
    const format = link ? 'video' : formatOf(`${cal.location}\n${input.text}`, null) ?? (cal.location ? 'onsite' : null);
    return { date: cal.date, time: cal.time, zone, start: cal.time ? utcInstant(cal.date, cal.time, zone) : null, format, link, fromCalendar: true };
  }
  const ref = input.date ? new Date(input.date) : new Date(0);
  const language = dateLanguage(input.text, input.language);
  const order = numericDateOrder(input.text, input.senderDomain, input.offsetMinutes);
  const { date, time } = fromText(input.text, Number.isNaN(ref.getTime()) ? new Date(0) : ref, language, order, input.offsetMinutes, input.subject);
  const zone = date ? zoneOf(input.text, language, input.senderDomain, input.offsetMinutes) : null;
  return { date, time, zone, start: date && time && zone ? utcInstant(date, time, zone) : null, format: formatOf(input.text, textLink), link: textLink, fromCalendar: false };
}
