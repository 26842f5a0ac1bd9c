// Places that name a time zone, written by hand: what the generated tables (zone-places.ts, from the
// tz database and CLDR) do not hold or would read otherwise. Each a pattern of the ways mail writes a place (accents optional,
// adjectives, regions and countries beside cities: "Schweizer", "peninsular", "British Columbia",
// "Quintana Roo", "Surinaams"), and the zone of the office there. zones.ts reads them before the
// generated tables (zone-places.ts), in more forms ("(Perth)", "Perth (GMT+8)", "hora de
// Bogotá"), so where a place is in both, this list decides. It names places the tables do not
// (regions, adjectives, the names other languages give a city, Montréal, Ottawa and Québec, which
// keep Toronto's clock and have no zone of their own), and it reads a
// country as its capital's zone (the United Kingdom as London, India as Kolkata). Each city is
// otherwise its own tz database zone, even beside a neighbour on the same clock: Aruba and Bonaire
// (Kralendijk) are their own, not Curaçao's; Canada keeps its own (Toronto for Ontario and
// Quebec), and Arizona keeps no summer time.
export const CITY_ZONES: Array<[string, string]> = [
  ['New\\s+York|Boston|Miami|Atlanta', 'America/New_York'], ['Toronto|Montr[ée]al|Ottawa|Qu[ée]bec', 'America/Toronto'], ['Chicago|Dallas|Houston', 'America/Chicago'],
  ['Winnipeg', 'America/Winnipeg'], ['Calgary|Edmonton|Alberta', 'America/Edmonton'],
  ['Denver', 'America/Denver'], ['Phoenix|Arizona', 'America/Phoenix'], ['Los\\s+Angeles|San\\s+Francisco|Seattle', 'America/Los_Angeles'], ['Vancouver|British\\s+Columbia', 'America/Vancouver'],
  ['Paramaribo|Surinaams|Suriname|Surinam', 'America/Paramaribo'], ['Caracas|Venezuela', 'America/Caracas'], ['Montevideo|Uruguay', 'America/Montevideo'],
  ['Bogot[áa]|Colombia|Colombiana?|Colombiaanse?', 'America/Bogota'], ['Canc[úu]n|Quintana\\s+Roo|Playa\\s+del\\s+Carmen|Tulum', 'America/Cancun'],
  ['Cura[çc]ao|Cura[çc]aos', 'America/Curacao'], ['Aruba', 'America/Aruba'], ['Bonaire|Kralendijk', 'America/Kralendijk'], ['Santo\\s+Domingo|Rep[úu]blica\\s+Dominicana', 'America/Santo_Domingo'], ['San\\s+Juan|Puerto\\s+Rico', 'America/Puerto_Rico'], ['Ciudad\\s+de\\s+M[ée]xico|Mexico\\s+City|CDMX', 'America/Mexico_City'], ['Lima', 'America/Lima'],
  ['Buenos\\s+Aires|Argentina', 'America/Argentina/Buenos_Aires'], ['Santiago(?:\\s+de\\s+Chile)?|Chile', 'America/Santiago'], ['S[ãa]o\\s+Paulo|Brasil|Brazil', 'America/Sao_Paulo'],
  ['London|Londres|Londen|UK', 'Europe/London'], ['Dublin|Irish|Ireland', 'Europe/Dublin'], ['Lisbo[an]|Lisbonne|Portugal', 'Europe/Lisbon'],
  ['Canarias|canaria|Canary|Canaries|Kanaren', 'Atlantic/Canary'], ['Madrid|Barcelona|Espa[ñn]a|Spain|peninsular', 'Europe/Madrid'], ['Paris|France|Frankreich', 'Europe/Paris'], ['Amsterdam|Nederlandse|Dutch', 'Europe/Amsterdam'],
  ['Brussel[s]?|Br[üu]ssel|Bruxelles|Bruselas|Belgische|belge|Belgian|Belgi[eë]', 'Europe/Brussels'], ['Berlin|M[üu]nchen|Munich|Hamburg|Frankfurt|deutscher|German', 'Europe/Berlin'],
  ['Z[üuú]rich|Gen[eè]ve|Geneva|Genf|Ginebra|Schweizer|Swiss|suisse', 'Europe/Zurich'], ['Wien|Vienna|Vienne|Viena|Wenen|österreichischer', 'Europe/Vienna'], ['Stockholm', 'Europe/Stockholm'], ['Oslo', 'Europe/Oslo'],
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
