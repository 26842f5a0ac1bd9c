// The interview an invitation names: date, time, zone, format and link, from an attached
// calendar invitation (read with ical.js) or else from the text (chrono-node in the message's
// language). Written on the training split only.
import * as chrono from 'chrono-node';
import ICAL from 'ical.js';
import { TZDate } from '@date-fns/tz';
import type { InterviewFormat } from '../model/interview';
import type { MailInterview } from './schema';

const MEETING_HOST = /https?:\/\/(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|whereby\.com|meet\.jit\.si|webex\.com|gotomeeting\.com|chime\.aws|bluejeans\.com)\/[^\s<>"')\]]*/i;

// Zone words and abbreviations as people write them next to a time. Source for the IANA
// names: the tz database; CET-style abbreviations are resolved by the message's language.
const ZONES: Array<[RegExp, string]> = [
  [/\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/, ''],
  [/\b(?:E[SD]?T|Eastern(?:\s+Time)?|New\s+York(?:\s+time)?)\b/, 'America/New_York'],
  [/\b(?:C[SD]?T|Central\s+Time|Chicago)\b/, 'America/Chicago'],
  [/\b(?:M[SD]?T|Mountain(?:\s+Time)?|Denver)\b/, 'America/Denver'],
  [/\b(?:P[SD]?T|Pacific(?:\s+Time)?|Los\s+Angeles|San\s+Francisco)\b/, 'America/Los_Angeles'],
  [/\b(?:AEDT|AEST|Sydney(?:\s+time)?)\b/, 'Australia/Sydney'],
  [/\b(?:GMT|BST|UK\s+time|London(?:\s+time)?|\(London\))/, 'Europe/London'],
  [/\bDublin\b/, 'Europe/Dublin'],
  [/\b(?:hora\s+de\s+Madrid|Madrid\s+time|hora\s+peninsular)\b/, 'Europe/Madrid'],
  [/\b(?:heure\s+de\s+Paris|Paris\s+time)\b/, 'Europe/Paris'],
  [/\b(?:Amsterdam\s+time|Nederlandse\s+tijd)\b/, 'Europe/Amsterdam'],
  [/\b(?:Berlin\s+time|deutscher\s+Zeit)\b/, 'Europe/Berlin'],
  [/\bUTC\b/, 'UTC'],
  [/\b(?:CES?T|MES?Z)\b/, 'CET'],
];
const LANGUAGE_ZONE: Record<string, string> = { de: 'Europe/Berlin', fr: 'Europe/Paris', es: 'Europe/Madrid', nl: 'Europe/Amsterdam' };
const TLD_ZONE: Record<string, string> = { uk: 'Europe/London', ie: 'Europe/Dublin', de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', fr: 'Europe/Paris', es: 'Europe/Madrid', nl: 'Europe/Amsterdam', be: 'Europe/Brussels', no: 'Europe/Oslo', se: 'Europe/Stockholm', dk: 'Europe/Copenhagen', au: 'Australia/Sydney' };

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

/** The zone a text states, or one inferred from the language, the sender's country and the Date header. */
export function zoneOf(text: string, language: string, senderDomain: string, offsetMinutes: number | null): string {
  for (const [re, zone] of ZONES) {
    const m = re.exec(text);
    if (!m) continue;
    if (zone === '') return m[0];
    if (zone === 'CET') return LANGUAGE_ZONE[language] ?? 'Europe/Berlin';
    return zone;
  }
  const tld = senderDomain.split('.').pop() ?? '';
  if (TLD_ZONE[tld]) return TLD_ZONE[tld]!;
  if (LANGUAGE_ZONE[language]) return LANGUAGE_ZONE[language]!;
  // A short message can be read as English; the word written after its time still says where.
  if (/\d\s*Uhr\b/.test(text)) return 'Europe/Berlin';
  if (/\d\s*uur\b/.test(text)) return 'Europe/Amsterdam';
  const byOffset: Record<string, string> = { '-300': 'America/New_York', '-240': 'America/New_York', '-360': 'America/Chicago', '-420': 'America/Denver', '-480': 'America/Los_Angeles', '60': 'Europe/Berlin', '120': 'Europe/Berlin', '600': 'Australia/Sydney', '660': 'Australia/Sydney' };
  return (offsetMinutes !== null && byOffset[String(offsetMinutes)]) || 'Europe/London';
}

function formatOf(text: string, link: string | null): InterviewFormat | null {
  if (link) return 'video';
  if (/\b(?:phone|telephone|call\s+you|ring\s+you|Telefon\w*|anrufen|téléphon\w*|appellera|telefónic\w*|te\s+llamaremos|telefonisch\w*|bellen)\b/i.test(text)) return 'phone';
  if (/\b(?:video|zoom|teams|google\s+meet|virtual|visio\w*|videollamada|video-?call|videogesprek|online)\b/i.test(text)) return 'video';
  if (/\b(?:in-person|in\s+person|onsite|on-site|office|reception|our\s+(?:lab|site|store|shop)|come\s+in|pop\s+in|we're\s+at|\d+\s+(?:rue|avenue|calle|avenida|street|road|lane)|rue\s+\p{L}|\p{L}+(?:straße|strasse|plein|gracht|laan|kade)|atelier|werkplaats|address|vor\s+Ort|Büro|Zentrale|Agentur|locaux|boutique|adresse|presencial|oficinas?|kantoor|gemeentehuis|stadhuis|receptie|Adres|Ort:|Lugar)\b/iu.test(text)) return 'onsite';
  // The place is a building ("at Oakridge Academy", "our Leeds campus"), or the person is asked to bring ID.
  if (/\b(?:academy|school|college|campus|hospital|clinic|headquarters|HQ|depot|warehouse|plant|studio|Schule|Klinik|Werk|école|campus|hôpital|colegio|hospital|sede|almacén|school|ziekenhuis|vestiging)\b|\bbring\s+(?:\w+\s+){0,2}(?:ID|identification|passport|certificates)|\b(?:Ausweis|pièce\s+d'identité|DNI|identiteitsbewijs)\b/iu.test(text)) return 'onsite';
  return null;
}

const PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual, nl: chrono.nl.casual };

/** Times written with a dot ("1.15pm", "10.30 uur") read as with a colon. */
function normalizeTimes(text: string, ref: Date, language: string): string {
  // Outside English a numeric date is day first ("3/12" is 3 December): written as ISO, which
  // every parser reads the same way.
  if (language !== 'en') {
    text = text.replace(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g, (whole, d: string, m: string, y: string | undefined) => {
      const day = Number(d), month = Number(m);
      if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
      const year = y ? Number(y) : ref.getUTCFullYear() + (month < ref.getUTCMonth() + 1 ? 1 : 0);
      return `${year}-${pad(month)}-${pad(day)}`;
    });
  }
  // German day-and-month dates without a year ("Montag, 9.11.") get one, so no parser reads
  // "9.11" as a time.
  const withYears = text.replace(/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g, (whole, d: string, m: string) => {
    const month = Number(m);
    if (month < 1 || month > 12 || Number(d) > 31) return whole;
    const year = ref.getUTCFullYear() + (month < ref.getUTCMonth() ? 1 : 0);
    return `${d}.${m}.${year}`;
  });
  return withYears
    .replace(/\b(\d{1,2})\s+Uhr\b/g, '$1:00 Uhr').replace(/\b(\d{1,2})\.(\d{2})(?=\s*(?:a\.?m\.?|p\.?m\.?|uur|Uhr|h\b|hrs|o'clock))/gi, '$1:$2');
}

function firstDated(body: string, ref: Date, parser: chrono.Chrono): { date: string | null; time: string | null } | null {
  const results = parser.parse(body, ref, { forwardDate: true });
  const dayStart = new Date(ref.getTime() - 86_400_000);
  const dated = results
    .filter((r) => r.start.isCertain('day') || r.start.isCertain('weekday'))
    // "a 30 minute call" is a duration, not a time.
    .filter((r) => !/\d\s*-?\s*(?:minutes?|mins?|hours?|Minuten|Stunden|minutos|horas|heures?|uur|uren)\b/i.test(r.text))
    // A match that ends inside a word is another language's word ("mi" of "miércoles" read as Mittwoch).
    .filter((r) => !/\p{L}/u.test(body[r.index + r.text.length] ?? ''))
    .filter((r) => r.start.date().getTime() >= dayStart.getTime())
    .sort((a, b) => a.index - b.index);
  let first = dated[0];
  if (!first) return null;
  // A weekday written before its date ("miércoles, 2 de diciembre") names that date, which some
  // parsers read as two results: the date wins over the weekday alone.
  if (!first.start.isCertain('day')) {
    const end = first.index + first.text.length;
    first = dated.find((r) => r.start.isCertain('day') && r.index >= end && r.index <= end + 4) ?? first;
  }
  const s = first.start;
  const date = `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
  if (s.isCertain('hour')) return { date, time: `${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` };
  const timed = results
    .filter((r) => r.start.isCertain('hour') && r.index > first.index - 40 && r.index < first.index + first.text.length + 200)
    .sort((a, b) => Math.abs(a.index - first.index) - Math.abs(b.index - first.index))[0];
  return { date, time: timed ? `${pad(timed.start.get('hour')!)}:${pad(timed.start.get('minute') ?? 0)}` : null };
}

// The detected language's parser first; a short message can be misread as English, so the other
// languages are tried before giving up.
function fromText(text: string, ref: Date, language: string): { date: string | null; time: string | null } {
  const body = normalizeTimes(text, ref, language);
  const order = [language, ...Object.keys(PARSERS).filter((l) => l !== language)];
  for (const lang of order) {
    const parser = PARSERS[lang];
    if (!parser) continue;
    const found = firstDated(body, ref, parser);
    if (found) return found;
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
 * The interview an invitation names. A calendar invitation wins over the text; a zone not written
 * next to the time is inferred from the language, the sender's country and the Date header.
 * @example extractInterview({ text: 'Join us on Thursday, November 19 at 2:00 PM ET: https://zoom.us/j/1', calendars: [], date: '2026-11-13T12:00:00Z', language: 'en', senderDomain: 'acme.com', offsetMinutes: 0 }).time // '14:00'
 */
export function extractInterview(input: { text: string; html?: string | null; calendars: string[]; date: string | null; language: string; senderDomain: string; offsetMinutes: number | null }): MailInterview {
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
  const { date, time } = fromText(input.text, Number.isNaN(ref.getTime()) ? new Date(0) : ref, language);
  const zone = date ? zoneOf(input.text, language, input.senderDomain, input.offsetMinutes) : null;
  return { date, time, zone, start: date && time && zone ? utcInstant(date, time, zone) : null, format: formatOf(input.text, textLink), link: textLink, fromCalendar: false };
}
