// Times and days written in words, rewritten as digits before any parser reads them: "a las nueve
// y media de la mañana", "half negen", "kwart voor elf", "halb zehn", "neuf heures et demie", "Friday 11th". The
// date parsers read digits well and words in their own language only, and a weekday with a bare
// day of the month ("vrijdag 11") as the weekday alone.

const HOURS: Record<string, string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  de: ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  fr: ['une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  es: ['una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  nl: ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
};
// French offices say the afternoon hours on the 24-hour clock: "à quatorze heures".
const FR_AFTERNOON = ['treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const hourOf = (lang: string, word: string): number => HOURS[lang]!.indexOf(word.toLowerCase()) + 1;
const words = (lang: string): string => HOURS[lang]!.join('|');
const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (h: number, m: number): string => `${h}:${pad(m)}`;
// Afternoon words: "de la tarde", "de l'après-midi", "nachmittags", "'s middags", "in the afternoon".
const LATER = /^\s*(?:de\s+la\s+(?:tarde|noche)|de\s+l['’]après-midi|du\s+soir|nachmittags|abends|am\s+Nachmittag|['’]s\s+(?:middags|avonds)|in\s+the\s+(?:afternoon|evening)|pm)/iu;
const EARLIER = /^\s*(?:de\s+la\s+(?:mañana|madrugada)|du\s+matin|morgens|am\s+Morgen|['’]s\s+(?:ochtends|morgens)|in\s+the\s+morning|am\b|a\.m\.)/iu;
// A spelled hour from one to six with no word for the morning is in the afternoon: nobody is
// asked to an interview at half two in the night.
const later = (h: number, rest: string): number => (h < 12 && (LATER.test(rest) || (h <= 6 && !EARLIER.test(rest))) ? h + 12 : h);

/**
 * A text with its spelled-out clock times written as digits ("a las nueve y media" → "a las 9:30",
 * "half negen" → "8:30", "halb zehn" → "9:30", "neuf heures et demie" → "9:30 heures").
 * @example timesAsDigits('Kun je vrijdag om half negen komen?') // 'Kun je vrijdag om 8:30 komen?'
 */
export function timesAsDigits(text: string): string {
  return text
    .replace(new RegExp(String.raw`\b(a\s+la?s?)\s+(${words('es')})(?:\s+y\s+(media|cuarto)|\s+menos\s+(cuarto))?(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, at: string, w: string, plus: string | undefined, minus: string | undefined, rest: string) => {
      let h = hourOf('es', w);
      let m = plus === 'media' ? 30 : plus === 'cuarto' ? 15 : 0;
      if (minus) [h, m] = [h - 1 || 12, 45];
      return `${at} ${clock(later(h, rest), m)}`;
    })
    // After "à" only: "deux heures" alone is as often how long as when.
    .replace(new RegExp(String.raw`(?<=(?<!\p{L})à\s+)(${words('fr')}|${FR_AFTERNOON.join('|')})\s+heures?(?:\s+(et\s+demie|et\s+quart|moins\s+le\s+quart|trente|quinze|quarante-cinq))?(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, w: string, extra: string | undefined, rest: string) => {
      let h = hourOf('fr', w) || FR_AFTERNOON.indexOf(w.toLowerCase()) + 13;
      let m = 0;
      if (extra) {
        const e = extra.toLowerCase();
        m = /demie|trente/.test(e) ? 30 : /quart$/.test(e) && e.startsWith('moins') ? 45 : /quart|quinze/.test(e) ? 15 : 45;
        if (e.startsWith('moins')) h = h - 1 || 12;
      }
      return `${clock(later(h, rest), m)}`;
    })
    .replace(new RegExp(String.raw`\bhalb\s+(${words('de')})(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => clock(later(hourOf('de', w) - 1 || 12, rest), 30))
    .replace(new RegExp(String.raw`\bum\s+(${words('de')})\s+Uhr\b(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => `um ${clock(later(hourOf('de', w), rest), 0)} Uhr`)
    // Dutch "half negen" is half before nine; English "half nine" is half past nine.
    .replace(new RegExp(String.raw`\bhalf\s+(${words('nl')})(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => clock(later(hourOf('nl', w) - 1 || 12, rest), 30))
    // Dutch "kwart voor elf" / "kwart over tien", German "Viertel vor elf" / "Viertel nach zehn".
    .replace(new RegExp(String.raw`\bkwart\s+(voor|over)\s+(${words('nl')})(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, dir: string, w: string, rest: string) => (dir.toLowerCase() === 'voor' ? clock(later(hourOf('nl', w) - 1 || 12, rest), 45) : clock(later(hourOf('nl', w), rest), 15)))
    .replace(new RegExp(String.raw`\bViertel\s+(vor|nach)\s+(${words('de')})(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, dir: string, w: string, rest: string) => (dir.toLowerCase() === 'vor' ? clock(later(hourOf('de', w) - 1 || 12, rest), 45) : clock(later(hourOf('de', w), rest), 15)))
    .replace(new RegExp(String.raw`\bom\s+(${words('nl')})\s+uur\b(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => `om ${clock(later(hourOf('nl', w), rest), 0)} uur`)
    // "half past two", "quarter past ten", "quarter to three".
    .replace(new RegExp(String.raw`\b(half|(?:a\s+)?quarter)\s+(past|to)\s+(${words('en')})\b(?=(.{0,20}))`, 'giu'), (_, part: string, dir: string, w: string, rest: string) => {
      const h = hourOf('en', w);
      if (dir.toLowerCase() === 'to') return clock(later(h - 1 || 12, rest), 45);
      return clock(later(h, rest), /half/i.test(part) ? 30 : 15);
    })
    .replace(new RegExp(String.raw`\bhalf\s+(${words('en')})\b(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => clock(later(hourOf('en', w), rest), 30))
    // "two o'clock in the afternoon", "eleven o'clock".
    .replace(new RegExp(String.raw`\b(${words('en')})\s+o['’]clock\b(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => clock(later(hourOf('en', w), rest), 0));
}

const WEEKDAYS: Array<[RegExp, number]> = [
  [/^(?:sun(?:day)?|sonntag|dimanche|domingo|zondag)$/i, 0], [/^(?:mon(?:day)?|montag|lundi|lunes|maandag)$/i, 1], [/^(?:tue(?:s(?:day)?)?|dienstag|mardi|martes|dinsdag)$/i, 2],
  [/^(?:wed(?:nesday)?|mittwoch|mercredi|miércoles|woensdag)$/i, 3], [/^(?:thu(?:rs(?:day)?)?|donnerstag|jeudi|jueves|donderdag)$/i, 4], [/^(?:fri(?:day)?|freitag|vendredi|viernes|vrijdag)$/i, 5],
  [/^(?:sat(?:urday)?|samstag|samedi|sábado|zaterdag)$/i, 6],
];
const WEEKDAY_WORDS = String.raw`sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|domingo|lunes|martes|miércoles|jueves|viernes|sábado|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag`;
// Anything that already names the month after the day.
const MONTH_AFTER = /^\s*(?:of\s+|de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juin|juil|août|déc|ene|abr|ago|dic|mei|maart|[./-]\s*\d)/iu;

/**
 * A weekday with a bare day of the month ("Friday 11th", "vrijdag 11", "am Freitag, den 11.")
 * written as that day in full by `write`, in the first month from `ref` where that day falls on
 * that weekday (within three months); left alone when no month fits, rather than guessed.
 * @example weekdayDaysInFull('Friday 11th at 3pm', new Date('2026-12-03T12:00:00Z'), (d, m, y) => `${d}/${m}/${y}`) // 'Friday 11/12/2026 at 3pm'
 */
export function weekdayDaysInFull(text: string, ref: Date, write: (day: number, month: number, year: number) => string): string {
  const re = new RegExp(String.raw`\b(${WEEKDAY_WORDS})\.?,?\s+(?:the\s+|den\s+|der\s+|le\s+|el\s+)?(\d{1,2})(?:st|nd|rd|th|e|er|º)?\.?(?![\d:.,]\d)(?![\p{L}\d])`, 'giu');
  return text.replace(re, (whole: string, weekday: string, day: string, at: number) => {
    if (MONTH_AFTER.test(text.slice(at + whole.length, at + whole.length + 12))) return whole;
    const want = WEEKDAYS.find(([w]) => w.test(weekday))?.[1];
    const d = Number(day);
    if (want === undefined || d < 1 || d > 31) return whole;
    for (let k = 0; k < 4; k++) {
      const candidate = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, d));
      if (candidate.getUTCDate() !== d || candidate.getTime() < ref.getTime() - 86_400_000) continue;
      if (candidate.getUTCDay() === want) return `${weekday} ${write(d, candidate.getUTCMonth() + 1, candidate.getUTCFullYear())}`;
    }
    return whole;
  });
}
