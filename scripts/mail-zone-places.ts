/**
 * Writes packages/core/src/mail/zone-places.ts: the places that name a time zone, for mail that
 * writes a zone as a place ("Kenya time", "hora de Bolivia", "heure de Nouméa", "Jakarta-tijd").
 * Sources, both read through Node's Intl (ICU): the tz database's zone ids (the city of each,
 * public domain) and CLDR's countries with one zone, named in English, German, French, Spanish and
 * Dutch (Unicode licence); and the places written by hand below (NAMED_PLACES). Run:
 * `npx tsx scripts/mail-zone-places.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ICU still names some zones by their old tz ids; the tz database's current names.
const CURRENT: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Katmandu': 'Asia/Kathmandu', 'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Rangoon': 'Asia/Yangon', 'Europe/Kiev': 'Europe/Kyiv',
  'Africa/Asmera': 'Africa/Asmara', 'America/Godthab': 'America/Nuuk', 'Atlantic/Faeroe': 'Atlantic/Faroe', 'Pacific/Ponape': 'Pacific/Pohnpei', 'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Enderbury': 'Pacific/Kanton', 'America/Coral_Harbour': 'America/Atikokan', 'America/Buenos_Aires': 'America/Argentina/Buenos_Aires', 'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba', 'America/Jujuy': 'America/Argentina/Jujuy', 'America/Mendoza': 'America/Argentina/Mendoza', 'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};
const current = (z: string): string => CURRENT[z] ?? z;
// Ids whose last part is a word more often than a place in a mail about a meeting ("Christmas
// time", "wake time", "Easter"), and the regions that name no town anyone meets in.
const NOT_PLACES = new Set(['Christmas', 'Easter', 'Wake', 'Midway', 'Center', 'Knox', 'Thule', 'Casey', 'Davis', 'Palmer', 'Troll', 'Mawson', 'Vostok', 'Macquarie', 'Resolute', 'Regina', 'Merida', 'Creston', 'Stanley', 'Cocos', 'Comoro', 'Oral', 'Chatham']);
const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'];
// Names that are a US state too ("Georgia time" in Atlanta is Eastern).
const NOT_COUNTRIES = new Set(['Georgia', 'Jersey']);

// Places written by hand, each a pattern of the ways mail writes a place (accents optional,
// adjectives, regions and countries beside cities: "Schweizer", "peninsular", "British Columbia",
// "Quintana Roo", "Surinaams"), and the zone of the office there. zones.ts reads them before the
// tables above, in more forms ("(Perth)", "Perth (GMT+8)", "hora de Bogotá"), so where a place is
// in both, this list decides. It names places the tables do not (regions, adjectives, Montréal,
// Ottawa and Québec, which keep Toronto's clock and have no zone of their own), and it overrides
// the tables where a place is to be read as a neighbour's zone on the same clock: Aruba and
// Bonaire as Curaçao's (all three keep UTC−4 without summer time, and the tz database made Aruba
// and Kralendijk links of Curaçao until 2022), the United Kingdom as London, India as Kolkata.
// Each city is otherwise its own tz database zone: Canada keeps its own (Toronto for Ontario and
// Quebec), and Arizona keeps no summer time.
const NAMED_PLACES: Array<[string, string]> = [
  ['New\\s+York|Boston|Miami|Atlanta', 'America/New_York'], ['Toronto|Montr[ée]al|Ottawa|Qu[ée]bec', 'America/Toronto'], ['Chicago|Dallas|Houston', 'America/Chicago'],
  ['Winnipeg', 'America/Winnipeg'], ['Calgary|Edmonton|Alberta', 'America/Edmonton'], 
  ['Denver', 'America/Denver'], ['Phoenix|Arizona', 'America/Phoenix'], ['Los\\s+Angeles|San\\s+Francisco|Seattle', 'America/Los_Angeles'], ['Vancouver|British\\s+Columbia', 'America/Vancouver'],
  ['Paramaribo|Surinaams|Suriname|Surinam', 'America/Paramaribo'], ['Caracas|Venezuela', 'America/Caracas'], ['Montevideo|Uruguay', 'America/Montevideo'],
  ['Bogot[áa]|Colombia|Colombiana?|Colombiaanse?', 'America/Bogota'], ['Canc[úu]n|Quintana\\s+Roo|Playa\\s+del\\s+Carmen|Tulum', 'America/Cancun'],
  ['Cura[çc]ao|Cura[çc]aos|Aruba|Bonaire', 'America/Curacao'], ['Santo\\s+Domingo|Rep[úu]blica\\s+Dominicana', 'America/Santo_Domingo'], ['San\\s+Juan|Puerto\\s+Rico', 'America/Puerto_Rico'], ['Ciudad\\s+de\\s+M[ée]xico|Mexico\\s+City|CDMX', 'America/Mexico_City'], ['Lima', 'America/Lima'],
  ['Buenos\\s+Aires|Argentina', 'America/Argentina/Buenos_Aires'], ['Santiago(?:\\s+de\\s+Chile)?|Chile', 'America/Santiago'], ['S[ãa]o\\s+Paulo|Brasil|Brazil', 'America/Sao_Paulo'],
  ['London|Londres|Londen|UK', 'Europe/London'], ['Dublin|Irish|Ireland', 'Europe/Dublin'], ['Lisbo[an]|Lisbonne|Portugal', 'Europe/Lisbon'],
  ['Canarias|canaria|Canary|Canaries|Kanaren', 'Atlantic/Canary'], ['Madrid|Barcelona|Espa[ñn]a|Spain|peninsular', 'Europe/Madrid'], ['Paris|France|Frankreich', 'Europe/Paris'], ['Amsterdam|Nederlandse|Dutch', 'Europe/Amsterdam'],
  ['Brussel[s]?|Bruxelles|Belgische|belge|Belgian|Belgi[eë]', 'Europe/Brussels'], ['Berlin|M[üu]nchen|Munich|Hamburg|Frankfurt|deutscher|German', 'Europe/Berlin'],
  ['Z[üu]rich|Schweizer|Swiss|suisse', 'Europe/Zurich'], ['Wien|Vienna|Vienne|österreichischer', 'Europe/Vienna'], ['Stockholm', 'Europe/Stockholm'], ['Oslo', 'Europe/Oslo'],
  ['Copenhagen|K[øo]benhavn', 'Europe/Copenhagen'], ['Helsinki', 'Europe/Helsinki'], ['Warsaw|Warszawa', 'Europe/Warsaw'], ['Athens|Athen', 'Europe/Athens'], ['Istanbul', 'Europe/Istanbul'],
  ['Dubai|Abu\\s+Dhabi', 'Asia/Dubai'], ['India|Mumbai|Bengaluru|Bangalore|Delhi|Chennai|Hyderabad|Pune|Kolkata', 'Asia/Kolkata'], ['Singapore|Singapur|Singapour', 'Asia/Singapore'],
  ['Hong\\s+Kong', 'Asia/Hong_Kong'], ['Shanghai|Beijing|China', 'Asia/Shanghai'], ['Tokyo|Tokio|Japan', 'Asia/Tokyo'], ['Seoul', 'Asia/Seoul'],
  ['Perth', 'Australia/Perth'], ['Adelaide', 'Australia/Adelaide'], ['Brisbane', 'Australia/Brisbane'], ['Sydney|Canberra', 'Australia/Sydney'], ['Melbourne', 'Australia/Melbourne'],
  ['Jakarta|Indonesi(?:a|an|sche|sch)|Indon[ée]sie', 'Asia/Jakarta'], ['Honolulu|Hawai[ʻ\'’]?i(?:an)?', 'Pacific/Honolulu'], ['Auckland|Wellington|New\\s+Zealand', 'Pacific/Auckland'], ['Johannesburg|Cape\\s+Town|South\\s+Africa', 'Africa/Johannesburg'], ['Nairobi', 'Africa/Nairobi'], ['Lagos', 'Africa/Lagos'],
  ['Dakar|S[ée]n[ée]gal', 'Africa/Dakar'], ['Abidjan|C[ôo]te\\s+d[\'’]Ivoire', 'Africa/Abidjan'], ['Casablanca|Rabat|Maroc|Marruecos|Marokko', 'Africa/Casablanca'], ['Tunis|Tunisie', 'Africa/Tunis'],
  ['Alger|Algiers|Alg[ée]rie', 'Africa/Algiers'], ['Douala|Yaound[ée]|Cameroun', 'Africa/Douala'], ['Kinshasa', 'Africa/Kinshasa'], ['Halifax|Nova\\s+Scotia|Nouvelle-[ÉE]cosse|New\\s+Brunswick', 'America/Halifax'],
  // The regions CLDR's zone names write ("Alaska Time", "heure de Terre-Neuve", "hora de Terranova").
  ['Alaska|Anchorage', 'America/Anchorage'], ['Newfoundland|Terre-Neuve|Neufundland|Terranova|St\\.?\\s+John[\'’]s', 'America/St_Johns'],
];

const places = new Map<string, Set<string>>();
const add = (zone: string, name: string): void => {
  if (!places.has(zone)) places.set(zone, new Set());
  places.get(zone)!.add(name);
};
for (const id of Intl.supportedValuesOf('timeZone')) {
  if (/^(?:Antarctica|Etc)\//.test(id) || /^America\/(?:Indiana|Kentucky|North_Dakota|Argentina)\//.test(id)) continue;
  const zone = current(id);
  for (const part of new Set([id.split('/').pop()!, zone.split('/').pop()!])) if (!NOT_PLACES.has(part)) add(zone, part.replace(/_/g, ' '));
}
const countryZone: Record<string, string> = {};
for (let a = 65; a < 91; a++) {
  for (let b = 65; b < 91; b++) {
    const code = String.fromCharCode(a, b);
    let zones: string[] | undefined;
    try {
      zones = (new Intl.Locale(`und-${code}`) as Intl.Locale & { timeZones?: string[] }).timeZones;
    } catch {
      continue;
    }
    if (!zones || zones.length !== 1) continue;
    const zone = current(zones[0]!);
    countryZone[code.toLowerCase()] = zone;
    for (const lang of LANGUAGES) {
      const name = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
      if (name && name !== code && !NOT_COUNTRIES.has(name)) add(zone, name);
    }
  }
}
const zones = [...places].sort(([a], [b]) => a.localeCompare(b));
const out = `// Generated by scripts/mail-zone-places.ts from Node ${process.version} (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}, tz ${process.versions.tz}); do not edit.
// Places that name a time zone: each tz database zone's city (public domain) and the countries
// CLDR gives one zone, by their names in English, German, French, Spanish and Dutch (Unicode licence;
// both licences in zone-places.LICENSE.md).
export const ZONE_PLACES: Record<string, string[]> = {
${zones.map(([zone, names]) => `  ${JSON.stringify(zone)}: ${JSON.stringify([...names])},`).join('\n')}
};
// The one zone of each country (ISO 3166 code, lower case) that has one.
export const COUNTRY_ZONE: Record<string, string> = ${JSON.stringify(countryZone)};
// Places written by hand in the generator (see NAMED_PLACES there): a pattern and its zone, read first.
export const CITY_ZONES: Array<[string, string]> = [
${NAMED_PLACES.map((p) => `  ${JSON.stringify(p)},`).join('\n')}
];
`;
writeFileSync(process.argv[2] ?? join(import.meta.dirname, '../packages/core/src/mail/zone-places.ts'), out);
console.log(`${zones.length} zones, ${Object.keys(countryZone).length} countries with one zone, ${NAMED_PLACES.length} places by hand`);
