// Times and days written in words, rewritten as digits before any parser reads them: "a las nueve
// y media de la mañana", "half negen", "kwart voor elf", "halb zehn", "neuf heures et demie", "Friday 11th". The
// date parsers read digits well and words in their own language only, and a weekday with a bare
// day of the month ("vrijdag 11") as the weekday alone.
import { CARDINALS as HOURS } from '../number-words';

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
    // After "à", or alone at the head of a line of its own (a time under an icon or a label, "🕤 neuf
    // heures et demie", "Heure : dix heures"): "deux heures" in a sentence is as often how long as when.
    .replace(new RegExp(String.raw`(?<=(?<!\p{L})à\s+|^[^\p{L}\d\n]{0,8}|(?<!\p{L})(?:heure|horaire)\s*:\s*)(${words('fr')}|${FR_AFTERNOON.join('|')})\s+heures?(?:\s+(et\s+demie|et\s+quart|moins\s+le\s+quart|trente|quinze|quarante-cinq))?(?![\p{L}\d])(?=(.{0,20}))`, 'gimu'), (_, w: string, extra: string | undefined, rest: string) => {
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
    // "um zehn Uhr", "om tien uur", or the hour alone at the head of a line ("Uhrzeit: zehn Uhr").
    .replace(new RegExp(String.raw`(\bum\s+|^[^\p{L}\d\n]{0,8}|(?<!\p{L})Uhrzeit\s*:\s*)(${words('de')})\s+Uhr\b(?=(.{0,20}))`, 'gimu'), (_, at: string, w: string, rest: string) => `${at}${clock(later(hourOf('de', w), rest), 0)} Uhr`)
    // Dutch "half negen" is half before nine; English "half nine" is half past nine.
    .replace(new RegExp(String.raw`\bhalf\s+(${words('nl')})(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => clock(later(hourOf('nl', w) - 1 || 12, rest), 30))
    // Dutch "kwart voor elf" / "kwart over tien", German "Viertel vor elf" / "Viertel nach zehn".
    .replace(new RegExp(String.raw`\bkwart\s+(voor|over)\s+(${words('nl')})(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, dir: string, w: string, rest: string) => (dir.toLowerCase() === 'voor' ? clock(later(hourOf('nl', w) - 1 || 12, rest), 45) : clock(later(hourOf('nl', w), rest), 15)))
    .replace(new RegExp(String.raw`\bViertel\s+(vor|nach)\s+(${words('de')})(?![\p{L}\d])(?=(.{0,20}))`, 'giu'), (_, dir: string, w: string, rest: string) => (dir.toLowerCase() === 'vor' ? clock(later(hourOf('de', w) - 1 || 12, rest), 45) : clock(later(hourOf('de', w), rest), 15)))
    .replace(new RegExp(String.raw`(\bom\s+|^[^\p{L}\d\n]{0,8}|(?<!\p{L})Tijd\s*:\s*)(${words('nl')})\s+uur\b(?=(.{0,20}))`, 'gimu'), (_, at: string, w: string, rest: string) => `${at}${clock(later(hourOf('nl', w), rest), 0)} uur`)
    // "half past two", "quarter past ten", "quarter to three".
    .replace(new RegExp(String.raw`\b(half|(?:a\s+)?quarter)\s+(past|to)\s+(${words('en')})\b(?=(.{0,20}))`, 'giu'), (_, part: string, dir: string, w: string, rest: string) => {
      const h = hourOf('en', w);
      if (dir.toLowerCase() === 'to') return clock(later(h - 1 || 12, rest), 45);
      return clock(later(h, rest), /half/i.test(part) ? 30 : 15);
    })
    .replace(new RegExp(String.raw`\bhalf\s+(${words('en')})\b(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => clock(later(hourOf('en', w), rest), 30))
    // "two o'clock in the afternoon", "eleven o'clock".
    .replace(new RegExp(String.raw`\b(${words('en')})\s+o['’]clock\b(?=(.{0,20}))`, 'giu'), (_, w: string, rest: string) => clock(later(hourOf('en', w), rest), 0))
    // Noon as the hour it is: "at noon", "at 12 noon", "à midi", "a mediodía", "um Mittag", "om
    // middag"; after "at"/"à"/"a"/"um"/"om" only, since "midi" and "Mittag" are also the meal and
    // "in de middag" the afternoon.
    .replace(/(?<![\p{L}])(at|à|a|al|um|om|vers|hacia)\s+(?:12\s+)?(?:noon|midday|midi|mediodía|Mittag|middag)(?![\p{L}])/giu, '$1 12:00')
    .replace(/\b12\s+(?:noon|midday)\b/giu, '12:00');
}

const WEEKDAYS: Array<[RegExp, number]> = [
  [/^(?:sun(?:day)?|sonntag|dimanche|domingo|zondag)$/i, 0], [/^(?:mon(?:day)?|montag|lundi|lunes|maandag)$/i, 1], [/^(?:tue(?:s(?:day)?)?|dienstag|mardi|martes|dinsdag)$/i, 2],
  [/^(?:wed(?:nesday)?|mittwoch|mercredi|miércoles|woensdag)$/i, 3], [/^(?:thu(?:rs(?:day)?)?|donnerstag|jeudi|jueves|donderdag)$/i, 4], [/^(?:fri(?:day)?|freitag|vendredi|viernes|vrijdag)$/i, 5],
  [/^(?:sat(?:urday)?|samstag|samedi|sábado|zaterdag)$/i, 6],
];
export const WEEKDAY_WORDS = String.raw`sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|domingo|lunes|martes|miércoles|jueves|viernes|sábado|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag`;
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

// Days of the month written in words, cardinal or ordinal, in the five languages (index + 1 is the day).
const DAY_WORDS: string[][] = [
  ['one|first', 'two|second', 'three|third', 'four|fourth', 'five|fifth', 'six|sixth', 'seven|seventh', 'eight|eighth', 'nine|ninth', 'ten|tenth', 'eleven|eleventh', 'twelve|twelfth', 'thirteen|thirteenth', 'fourteen|fourteenth', 'fifteen|fifteenth', 'sixteen|sixteenth', 'seventeen|seventeenth', 'eighteen|eighteenth', 'nineteen|nineteenth', 'twenty|twentieth', 'twenty-one|twenty-first', 'twenty-two|twenty-second', 'twenty-three|twenty-third', 'twenty-four|twenty-fourth', 'twenty-five|twenty-fifth', 'twenty-six|twenty-sixth', 'twenty-seven|twenty-seventh', 'twenty-eight|twenty-eighth', 'twenty-nine|twenty-ninth', 'thirty|thirtieth', 'thirty-one|thirty-first'],
  ['erste[nmrs]?', 'zweite[nmrs]?', 'dritte[nmrs]?', 'vierte[nmrs]?', 'fünfte[nmrs]?', 'sechste[nmrs]?', 'sieb(?:en)?te[nmrs]?', 'achte[nmrs]?', 'neunte[nmrs]?', 'zehnte[nmrs]?', 'elfte[nmrs]?', 'zwölfte[nmrs]?', 'dreizehnte[nmrs]?', 'vierzehnte[nmrs]?', 'fünfzehnte[nmrs]?', 'sechzehnte[nmrs]?', 'siebzehnte[nmrs]?', 'achtzehnte[nmrs]?', 'neunzehnte[nmrs]?', 'zwanzigste[nmrs]?', 'einundzwanzigste[nmrs]?', 'zweiundzwanzigste[nmrs]?', 'dreiundzwanzigste[nmrs]?', 'vierundzwanzigste[nmrs]?', 'fünfundzwanzigste[nmrs]?', 'sechsundzwanzigste[nmrs]?', 'siebenundzwanzigste[nmrs]?', 'achtundzwanzigste[nmrs]?', 'neunundzwanzigste[nmrs]?', 'dreißigste[nmrs]?', 'einunddreißigste[nmrs]?'],
  ['premier|1er', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt', 'vingt(?:-|\\s+)et(?:-|\\s+)un', 'vingt-deux', 'vingt-trois', 'vingt-quatre', 'vingt-cinq', 'vingt-six', 'vingt-sept', 'vingt-huit', 'vingt-neuf', 'trente', 'trente(?:-|\\s+)et(?:-|\\s+)un'],
  ['uno|primero', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta', 'treinta\\s+y\\s+uno'],
  ['eerste', 'twee|tweede', 'drie|derde', 'vier|vierde', 'vijf|vijfde', 'zes|zesde', 'zeven|zevende', 'acht|achtste', 'negen|negende', 'tien|tiende', 'elf|elfde', 'twaalf|twaalfde', 'dertien|dertiende', 'veertien|veertiende', 'vijftien|vijftiende', 'zestien|zestiende', 'zeventien|zeventiende', 'achttien|achttiende', 'negentien|negentiende', 'twintig|twintigste', 'eenentwintig|eenentwintigste', 'tweeëntwintig|tweeëntwintigste', 'drieëntwintig|drieëntwintigste', 'vierentwintig|vierentwintigste', 'vijfentwintig|vijfentwintigste', 'zesentwintig|zesentwintigste', 'zevenentwintig|zevenentwintigste', 'achtentwintig|achtentwintigste', 'negenentwintig|negenentwintigste', 'dertig|dertigste', 'eenendertig|eenendertigste'],
];
// English "may" is left out here: "one may apply" names no day.
const MONTH_NAMES = String.raw`january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januari|februari|maart|augustus|oktober`;
const DAY_WORD_RE = DAY_WORDS.map((lang) => lang.map((alts, i) => [new RegExp(`^(?:${alts})$`, 'iu'), i + 1] as const)).flat();
const ALL_DAY_WORDS = DAY_WORDS.flat().sort((a, b) => b.length - a.length).join('|');
const dayNumber = (word: string): number | undefined => DAY_WORD_RE.find(([re]) => re.test(word.replace(/\s+/g, ' ')))?.[1];

/**
 * A text with its days of the month written in words as digits, where a month names them: "the
 * ninth of December" → "9 December", "December the ninth" → "December 9", "dem zehnten Dezember" →
 * "dem 10. Dezember", "quinze décembre" → "15 décembre", "nueve de diciembre" → "9 de diciembre",
 * "negen december" → "9 december". A number word without its month is left alone.
 * @example daysAsDigits('Mittwoch, den zehnten Dezember') // 'Mittwoch, den 10. Dezember'
 */
export function daysAsDigits(text: string): string {
  return text
    .replace(new RegExp(String.raw`(?<![\p{L}\d-])(${ALL_DAY_WORDS})\s+(of\s+|de\s+)?(${MONTH_NAMES})(?!\p{L})`, 'giu'), (whole: string, word: string, of: string | undefined, month: string) => {
      const d = dayNumber(word);
      if (!d) return whole;
      // German ordinals take a dot ("10. Dezember"); "of" goes ("9 December"); Spanish keeps its "de".
      return /(?:te[nmrs]?|ste[nmrs]?)$/i.test(word) && /^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/i.test(month) ? `${d}. ${month}` : `${d} ${of && /^de/i.test(of) ? of : ''}${month}`;
    })
    .replace(new RegExp(String.raw`(?<!\p{L})(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:the\s+)?(${DAY_WORDS[0]!.join('|')})(?![\p{L}-])`, 'giu'), (whole: string, month: string, word: string) => {
      const d = dayNumber(word);
      return d ? `${month} ${d}` : whole;
    });
}
