// Where an interview's time is: the zone a message writes (an IANA name, an abbreviation, "hora de
// Bogotá", "(Perth)", "Belgische tijd"), else the one its sender's country, language or Date
// header implies; and which way round an English numeric date is read. Source for the IANA names:
// the tz database. Abbreviations are matched in capitals only ("ET", never the French "et"). Every
// place's zone comes from zone-places.ts (generated), zone-names.ts (by hand) and ../places/zone-towns.ts.
import { GateIndex, gateText, gateWords, passesGate } from './gate';
import { WORD_END, WORD_START } from '../regexp';
import { CITY_ZONES } from './zone-names';
import { COUNTRY_ZONE, ZONE_PLACES } from './zone-places';
import { foldPlace } from '../text-fold';
import { keepsClock, otherName, townMention, zoneOffsets } from '../places/zone-towns';

// A city names the zone only as a zone: "hora de Bogotá", "heure de Paris", "London time", "(Perth)", "Belgische tijd", "tijd op Bonaire".
const cityRe = (city: string): RegExp => new RegExp(String.raw`(?:${WORD_START}(?:hora|horario|heure|time|Zeit|tijd)\s+(?:de\s+|d['’]|in\s+|of\s+|op\s+)?(?:${city})${WORD_END}|\((?:${city})\)|${WORD_START}(?:${city})(?:\s+(?:time|Zeit|tijd|hora|heure)|er\s+Zeit|e\s+tijd|\s+\(?(?:GMT|UTC)))`, 'iu');

// Compiled once, not on every message; each with the words its city cannot be written without
// (every alternative of its pattern names the city), so a text naming none is not searched.
const CITY_RES: Array<[RegExp, string, string[] | null]> = CITY_ZONES.map(([city, zone]) => [cityRe(city), zone, gateWords(new RegExp(city, 'iu'))]);

// Any other place that names a zone, from the tz database's cities and the countries with one zone
// (zone-places.ts, generated): read where a word for a zone's clock stands beside it — "Kenya
// time", "Jakarta-tijd", "Moskauer Zeit", "hora de Bolivia", "heure de La Réunion", "hora peruana",
// "Ortszeit Kairo". Keys are folded: lower case, no accents, dots and apostrophes dropped, hyphens
// and underscores as spaces ("St. John's" and St_Johns are "st johns").
let placeZone: Map<string, string> | null = null;
function placeZones(): Map<string, string> {
  if (placeZone) return placeZone;
  placeZone = new Map();
  for (const [zone, names] of Object.entries(ZONE_PLACES)) for (const name of names) if (!placeZone.has(foldPlace(name))) placeZone.set(foldPlace(name), zone);
  return placeZone;
}
const ZONE_WORD = /(?<![\p{L}])(?:time|tijd|Zeit|Ortszeit|Uhrzeit|heure|hora|horario)(?![\p{L}])/giu;
// A place written as its adjective: English "Kenyan", "Ghanaian", "Nepalese", "Philippine";
// German "Moskauer"; French "-ienne"/"-aise"; Spanish "peruana", "boliviana", "paraguaya";
// Dutch "Arubaanse", "Amsterdamse", "Indonesische". Each ending dropped (or the plural added) is
// tried only against the table, so a word that is no place's adjective finds nothing.
const ADJECTIVE_ENDINGS: Array<[string, string]> = [
  ['aanse', 'a'], ['anse', ''], ['ische', ''], ['ese', ''], ['se', ''], ['er', ''], ['ian', ''], ['ian', 'ia'], ['an', ''], ['n', ''], ['ana', ''], ['ano', ''], ['na', ''], ['no', ''], ['a', ''], ['o', ''], ['ienne', 'ie'], ['ien', 'ie'], ['aise', ''], ['ais', ''],
];
function placeOf(words: string[]): string | undefined {
  const table = placeZones();
  const whole = foldPlace(words.join(' '));
  const found = table.get(whole) ?? otherName(whole);
  if (found || words.length > 1) return found;
  for (const [ending, put] of ADJECTIVE_ENDINGS) if (whole.length > ending.length + 2 && whole.endsWith(ending)) {
    const zone = table.get(whole.slice(0, -ending.length) + put) ?? otherName(whole.slice(0, -ending.length) + put);
    if (zone) return zone;
  }
  return table.get(whole + 's');
}
const LINKS = new Set(['in', 'of', 'the', 'de', 'du', 'des', 'del', 'd', 'la', 'le', 'l', 'van', 'en', 'von']);
function placeMentions(text: string): Array<{ index: number; zone: string }> {
  const out: Array<{ index: number; zone: string }> = [];
  for (const m of text.matchAll(ZONE_WORD)) {
    // Before: "Kenya time", "Costa Rica time", "Jakarta-tijd", "Moskauer Zeit".
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/[\p{L}][\s-]$/u.test(before) && !/\n\s*$/.test(before)) {
      const words = before.split(/\n/).pop()!.match(/[\p{L}.'’]+/gu) ?? [];
      for (let k = 1; k <= Math.min(3, words.length); k++) {
        const zone = placeOf(words.slice(-k));
        if (zone) out.push({ index: m.index - (before.length - before.lastIndexOf(words[words.length - k]!)), zone });
      }
    }
    // After: "hora de Bolivia", "heure de La Réunion", "time in Nairobi", "Ortszeit Kairo", "hora peruana".
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 50).split(/[\n(),;:!?]/)[0]!;
    const words = after.match(/[\p{L}.'’]+/gu) ?? [];
    for (let s = 0; s < Math.min(3, words.length); s++) {
      for (let k = 1; k <= 3 && s + k <= words.length; k++) {
        const zone = placeOf(words.slice(s, s + k));
        if (zone) out.push({ index: m.index, zone });
      }
      if (!LINKS.has(foldPlace(words[s]!))) break;
    }
  }
  return out;
}
// An offset off the whole hour is one country's (tz database): "GMT+5:45", "UTC-03:30".
const HALF_HOUR_OFFSETS: Record<string, string> = {
  '+5:30': 'Asia/Kolkata', '+5:45': 'Asia/Kathmandu', '-3:30': 'America/St_Johns', '+4:30': 'Asia/Kabul', '+3:30': 'Asia/Tehran', '+6:30': 'Asia/Yangon',
  '+9:30': 'Australia/Darwin', '+10:30': 'Australia/Adelaide', '+8:45': 'Australia/Eucla', '+12:45': 'Pacific/Chatham', '-9:30': 'Pacific/Marquesas',
};
// Country domains sold to anyone ("startup.io", ".co", ".me"), which say nothing of where the sender is.
const OPEN_TLDS = new Set(['ac', 'ad', 'ai', 'am', 'as', 'bz', 'cc', 'cd', 'co', 'dj', 'fm', 'gg', 'gl', 'im', 'io', 'la', 'ly', 'me', 'ms', 'nu', 'sc', 'sh', 'so', 'st', 'su', 'tk', 'to', 'tv', 'vc', 'ws']);

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\b(?:E[SD]?T|Eastern(?:\s+Time)?)\b/, 'America/New_York'], [/\b(?:C[SD]?T|Central\s+Time)\b/, 'America/Chicago'], [/\b(?:M[SD]?T|Mountain(?:\s+Time)?)\b/, 'America/Denver'],
  [/\b(?:P[SD]?T|Pacific(?:\s+Time)?)\b/, 'America/Los_Angeles'], [/\bCOT\b/, 'America/Bogota'], [/\b(?:A[SD]T|Atlantic\s+(?:Standard\s+|Daylight\s+)?Time|heure\s+de\s+l['’]Atlantique)\b/, 'America/Halifax'], [/\bART\b/, 'America/Argentina/Buenos_Aires'], [/\bBRT\b/, 'America/Sao_Paulo'],
  [/\b(?:BST|UK\s+time)\b/, 'Europe/London'], [/\b(?:WES?T)\b/, 'Europe/Lisbon'], [/\bGST\b/, 'Asia/Dubai'], [/\bIST\b/, 'Asia/Kolkata'], [/\bSGT\b/, 'Asia/Singapore'], [/\bHKT\b/, 'Asia/Hong_Kong'],
  [/\bJST\b/, 'Asia/Tokyo'], [/\bKST\b/, 'Asia/Seoul'], [/\bAWST\b/, 'Australia/Perth'], [/\bAC[SD]T\b/, 'Australia/Adelaide'], [/\bAE[SD]T\b/, 'Australia/Sydney'],
  // Alaska's and Newfoundland's own abbreviations (CLDR: "AKST", "NST"); the French name of Eastern
  // time ("heure de l'Est", "HNE", "HAE") is Canada's, where French writes it.
  [/\bAK[SD]T\b/, 'America/Anchorage'], [/\bN[SD]T\b/, 'America/St_Johns'], [/\b(?:H[NA]E\b|heure\s+(?:normale\s+|avancée\s+)?de\s+l['’]Est\b)/, 'America/Toronto'],
  [/\bNZ[SD]T\b/, 'Pacific/Auckland'], [/\bHST\b/, 'Pacific/Honolulu'], [/\bWIB\b/, 'Asia/Jakarta'], [/\bSAST\b/, 'Africa/Johannesburg'], [/\bEAT\b/, 'Africa/Nairobi'], [/\bWAT\b/, 'Africa/Lagos'],
];
const LANGUAGE_ZONE: Record<string, string> = { de: 'Europe/Berlin', fr: 'Europe/Paris', es: 'Europe/Madrid', nl: 'Europe/Amsterdam' };
const TLD_ZONE: Record<string, string> = {
  uk: 'Europe/London', ie: 'Europe/Dublin', de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', fr: 'Europe/Paris', es: 'Europe/Madrid', nl: 'Europe/Amsterdam', be: 'Europe/Brussels',
  no: 'Europe/Oslo', se: 'Europe/Stockholm', dk: 'Europe/Copenhagen', fi: 'Europe/Helsinki', pt: 'Europe/Lisbon', it: 'Europe/Rome', pl: 'Europe/Warsaw', gr: 'Europe/Athens',
  au: 'Australia/Sydney', nz: 'Pacific/Auckland', in: 'Asia/Kolkata', sg: 'Asia/Singapore', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', hk: 'Asia/Hong_Kong', ae: 'Asia/Dubai', za: 'Africa/Johannesburg',
  mx: 'America/Mexico_City', ar: 'America/Argentina/Buenos_Aires', cl: 'America/Santiago', pe: 'America/Lima', br: 'America/Sao_Paulo', ca: 'America/Toronto', us: 'America/New_York',
  sr: 'America/Paramaribo', sn: 'Africa/Dakar', cw: 'America/Curacao', ma: 'Africa/Casablanca', uy: 'America/Montevideo', ve: 'America/Caracas',
};
// Central European time by its name (CLDR's, in the five languages), read as its abbreviation is.
const CET_NAME = /\b(?:Central\s+European\s+(?:Standard\s+|Summer\s+)?Time|Mitteleurop[äa]ische[nr]?\s+(?:Sommer|Normal)?zeit|heure\s+(?:normale\s+|d['’]été\s+)?d['’]Europe\s+centrale|hora\s+(?:estándar\s+|de\s+verano\s+)?de\s+Europa\s+central|Midden-Europese\s+(?:standaard|zomer)?tijd)\b/i;
// The zones of TLD_ZONE that keep Central European time (tz database).
const CET_ZONES = new Set(['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Paris', 'Europe/Madrid', 'Europe/Amsterdam', 'Europe/Brussels', 'Europe/Oslo', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Rome', 'Europe/Warsaw']);
const OFFSET_ZONE: Record<string, string> = {
  '-300': 'America/New_York', '-240': 'America/New_York', '-360': 'America/Chicago', '-420': 'America/Denver', '-480': 'America/Los_Angeles', '-180': 'America/Sao_Paulo',
  '0': 'Europe/London', '60': 'Europe/Berlin', '120': 'Europe/Berlin', '240': 'Asia/Dubai', '330': 'Asia/Kolkata', '480': 'Asia/Singapore', '540': 'Asia/Tokyo',
  '600': 'Australia/Sydney', '660': 'Australia/Sydney', '780': 'Pacific/Auckland',
};
// Spanish-speaking America keeps no daylight saving in November: -0500 is Bogotá or Lima, -0600 Mexico City.
const SPANISH_OFFSET_ZONE: Record<string, string> = { '-300': 'America/Bogota', '-360': 'America/Mexico_City', '-180': 'America/Argentina/Buenos_Aires' };

// The American abbreviations' zones as Canada keeps the same clocks (tz database).
const CANADIAN_ZONE: Record<string, string> = { 'America/New_York': 'America/Toronto', 'America/Chicago': 'America/Winnipeg', 'America/Denver': 'America/Edmonton', 'America/Los_Angeles': 'America/Vancouver' };

/** The zone a text states, or one inferred from the sender's country, the language and the Date header. */
export function zoneOf(text: string, language: string, senderDomain: string, offsetMinutes: number | null): string {
  const tld = senderDomain.split('.').pop() ?? '';
  let best: { index: number; zone: string } | null = null;
  const cities: Array<{ index: number; zone: string }> = [];
  const consider = (index: number | undefined, zone: string) => {
    if (index !== undefined && (!best || index < best.index)) best = { index, zone };
  };
  const iana = /\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/.exec(text);
  if (iana) return iana[0];
  const folded = new GateIndex(gateText(text));
  for (const [re, zone, gate] of CITY_RES) {
    const index = passesGate(gate, folded) ? re.exec(text)?.index : undefined;
    if (index === undefined) continue;
    consider(index, zone);
    cities.push({ index, zone });
  }
  for (const { index, zone } of placeMentions(text)) {
    consider(index, zone);
    cities.push({ index, zone });
  }
  for (const [re, zone] of ABBREVIATIONS) consider(re.exec(text)?.index, zone);
  const offset = /\b(?:UTC|GMT)\s*([+−-])\s*0?(\d{1,2}):?([1-5]\d)\b/.exec(text);
  const offsetZone = offset && HALF_HOUR_OFFSETS[`${offset[1] === '+' ? '+' : '-'}${offset[2]}:${offset[3]}`];
  if (offsetZone) consider(offset.index, offsetZone);
  // CET and its German name are the sender's country where that keeps Central European time (a
  // Swiss hotel's "MEZ" is Zurich), else the language's own capital; GMT and UTC as written.
  const tldZone = TLD_ZONE[tld];
  const cet = tldZone && CET_ZONES.has(tldZone) ? tldZone : LANGUAGE_ZONE[language] ?? 'Europe/Berlin';
  consider(/\b(?:CES?T|MES?Z)\b/.exec(text)?.index, cet);
  consider(CET_NAME.exec(text)?.index, cet);
  consider(/\bGMT\b(?!\s*[+−-]\s*\d)/.exec(text)?.index, 'Europe/London');
  consider(/\bUTC\b(?!\s*[+−-]\s*\d)/.exec(text)?.index, 'UTC');
  // A place written just after a zone's name narrows it ("10:00 PST (Vancouver)", "Mountain
  // (Arizona time)"): the place's own zone.
  if (best) {
    const first = best as { index: number; zone: string };
    const near = cities.find((c) => c.index > first.index && c.index - first.index <= 16)?.zone;
    if (near) return near;
    // A zone named by its abbreviation or its clock, in a town that keeps that clock ("10:00 CET",
    // the office in Vienna; "4.15pm AEST", the school in Cairns): the town's own zone.
    const town = cities.some((c) => c.index === first.index) ? null : townMention(text);
    if (town && keepsClock(town.zone, first.zone, /^[A-Z]{3,5}\b/.exec(text.slice(first.index))?.[0] ?? '')) return town.zone;
    // "3:45pm PT" from a Canadian sender is Vancouver's clock, not Los Angeles's (each by its own
    // tz database zone).
    return (tld === 'ca' ? CANADIAN_ZONE[first.zone] : undefined) ?? first.zone;
  }
  // No zone written: the town the message places the meeting or the sender in (places/zone-towns.ts),
  // unless the Date header's offset is another clock's (+0000, what many servers send, says nothing).
  const town = townMention(text, (zone) => !offsetMinutes || zoneOffsets(zone).includes(offsetMinutes));
  if (town) return town.zone;
  if (TLD_ZONE[tld]) return TLD_ZONE[tld]!;
  if (COUNTRY_ZONE[tld] && !OPEN_TLDS.has(tld)) return COUNTRY_ZONE[tld]!;
  if (offsetMinutes !== null && language === 'es' && SPANISH_OFFSET_ZONE[String(offsetMinutes)]) return SPANISH_OFFSET_ZONE[String(offsetMinutes)]!;
  if (LANGUAGE_ZONE[language]) return LANGUAGE_ZONE[language]!;
  // A short message can be read as English; the word written after its time still says where.
  if (/\d\s*Uhr\b/.test(text)) return 'Europe/Berlin';
  if (/\d\s*uur\b/.test(text)) return 'Europe/Amsterdam';
  return (offsetMinutes !== null && OFFSET_ZONE[String(offsetMinutes)]) || 'Europe/London';
}

/**
 * Whether an English message writes dates month first (the United States) or day first, from
 * the evidence it carries: an American zone or an American Date-header offset, a sender's
 * country, or a zone elsewhere. Null when nothing says, and then "3/12" is not read at all.
 */
export function numericDateOrder(text: string, senderDomain: string, offsetMinutes: number | null): 'month-first' | 'day-first' | null {
  if (/\b(?:E[SD]T|C[SD]T|P[SD]T|M[SD]T|ET|CT|PT|MT|Eastern|Pacific|Central|Mountain)\b/.test(text)) return 'month-first';
  const tld = senderDomain.split('.').pop() ?? '';
  if (tld === 'us' || /^us\./.test(senderDomain)) return 'month-first';
  if (TLD_ZONE[tld] && tld !== 'ca' && tld !== 'mx') return 'day-first';
  if (offsetMinutes !== null && offsetMinutes <= -240 && offsetMinutes >= -600) return 'month-first';
  // +0000 is what many American systems send too: only an offset east of it says Europe or Asia.
  if (offsetMinutes !== null && offsetMinutes > 0) return 'day-first';
  if (/\b(?:GMT|BST|IST|SGT|AE[SD]T|AWST|NZ[SD]T|CES?T|UK)\b/.test(text)) return 'day-first';
  return null;
}
