// Shared by the generators of the mail's zone tables (mail-zone-places.ts, mail-zone-towns.ts).

// ICU still names some zones by their old tz ids; the tz database's current names.
const CURRENT: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Katmandu': 'Asia/Kathmandu', 'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Rangoon': 'Asia/Yangon', 'Europe/Kiev': 'Europe/Kyiv',
  'Africa/Asmera': 'Africa/Asmara', 'America/Godthab': 'America/Nuuk', 'Atlantic/Faeroe': 'Atlantic/Faroe', 'Pacific/Ponape': 'Pacific/Pohnpei', 'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Enderbury': 'Pacific/Kanton', 'America/Coral_Harbour': 'America/Atikokan', 'America/Buenos_Aires': 'America/Argentina/Buenos_Aires', 'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba', 'America/Jujuy': 'America/Argentina/Jujuy', 'America/Mendoza': 'America/Argentina/Mendoza', 'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};
/** The tz database's current id of a zone ICU names by an old one ('Asia/Calcutta' → 'Asia/Kolkata'). */
export const currentZoneId = (z: string): string => CURRENT[z] ?? z;
