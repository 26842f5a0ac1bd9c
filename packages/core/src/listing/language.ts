// The language of a listing. A real detector (eld, n-gram model, extra-small data set) is loaded
// once with loadLanguageDetector(), by the CLI and the server before they analyse; it is imported
// dynamically so the web bundle never carries its 1 MB of n-grams. Until it is loaded, a count of
// each language's function words stands in.

/** The languages whose listings are read; others get a warning and nothing invented. */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

interface Detector {
  detect(text: string): { language: string; getScores(): Record<string, number> };
}
let detector: Detector | null = null;
let loading: Promise<number> | null = null;

/**
 * Load the language detector once; resolves to the milliseconds the load took (0 when already
 * loaded). Safe to call many times.
 * @example await loadLanguageDetector() >= 0 // true
 */
export function loadLanguageDetector(): Promise<number> {
  if (detector) return Promise.resolve(0);
  loading ??= (async () => {
    const t0 = performance.now();
    const mod = (await import('eld/extrasmall')) as unknown as { eld: Detector };
    detector = mod.eld;
    return performance.now() - t0;
  })();
  return loading;
}

/** Whether the real detector is loaded (else the function-word fallback answers). */
export function languageDetectorLoaded(): boolean {
  return detector !== null;
}

const STOPWORDS: Record<string, string> = {
  en: 'the and of to in for with you we our your is are be will on as or an this that have has at by from',
  es: 'el la los las de del y en para con por que una un es se su sus al lo como más nuestro trabajo experiencia',
  fr: 'le la les de des et en pour avec un une est du au vous nous sur dans par votre nos qui expérience poste',
  de: 'der die das und in für mit ein eine ist sie wir zu von den auf im bei oder uns als dem des ihre erfahrung',
  pt: 'o a os as de do da dos das e em para com um uma que por no na você nosso experiência vaga são',
  it: 'il la le di e in per con un una che del della dei sono siamo nostro esperienza lavoro ruolo gli',
  nl: 'de het een en van in voor met je jij wij we ons onze is op te bij als zijn ervaring werk',
};
const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v.split(' '))]));
const SCRIPTS: Array<[string, RegExp]> = [
  ['ru', /\p{Script=Cyrillic}/gu], ['zh', /\p{Script=Han}/gu], ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu], ['ko', /\p{Script=Hangul}/gu],
  ['ar', /\p{Script=Arabic}/gu], ['he', /\p{Script=Hebrew}/gu], ['el', /\p{Script=Greek}/gu], ['hi', /\p{Script=Devanagari}/gu], ['th', /\p{Script=Thai}/gu],
];
const NAMES: Record<string, string> = {
  en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', ru: 'Russian', zh: 'Chinese', ja: 'Japanese',
  ko: 'Korean', ar: 'Arabic', he: 'Hebrew', el: 'Greek', hi: 'Hindi', th: 'Thai', pl: 'Polish', sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish',
  tr: 'Turkish', cs: 'Czech', ro: 'Romanian', hu: 'Hungarian', ca: 'Catalan', uk: 'Ukrainian',
};

function byWords(sample: string): string {
  const counts: Record<string, number> = {};
  for (const w of (sample.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 3000)) {
    for (const [code, set] of Object.entries(SETS)) if (set.has(w)) counts[code] = (counts[code] ?? 0) + 1;
  }
  const en = counts.en ?? 0;
  let best: [string, number] = ['en', en];
  for (const [code, n] of Object.entries(counts)) if (code !== 'en' && n > best[1]) best = [code, n];
  return best[0] !== 'en' && best[1] >= 5 && best[1] > en * 1.5 ? best[0] : 'en';
}

function detectOne(sample: string): string {
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  let bestScript: [string, number] = ['', 0];
  for (const [code, re] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n > bestScript[1]) bestScript = [code, n];
  }
  if (bestScript[1] > latin) return bestScript[0];
  if (!detector) return byWords(sample);
  return detector.detect(sample).language || 'en';
}

// Lines a detector should not weigh: URLs, bare tool lists, short chrome ("Apply now").
function prose(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/https?:\/\/\S+/g, ' ').trim())
    .filter((l) => l.split(/\s+/).length >= 4);
}

/** The language of a listing, and the second language when a large part is in another one. */
export interface LanguageCall {
  language: string;
  mixed: string | null;
}

/**
 * The language of a listing (ISO 639-1) by the detector over its prose, and whether a large part
 * (a quarter of the prose or more) is in another language.
 * @example detectLanguages('We are hiring a nurse for our clinic.').language // 'en'
 */
export function detectLanguages(text: string): LanguageCall {
  const lines = prose(text.slice(0, 40_000));
  const body = lines.join('\n') || text.slice(0, 5000);
  if (!detector || body.length < 400) return { language: detectOne(body.slice(0, 6000)), mixed: null };
  // Each line of the first 8,000 characters of prose votes with its length.
  const votes = new Map<string, number>();
  let total = 0;
  for (const l of lines) {
    if (total >= 8000) break;
    if (l.length < 30) continue;
    const lang = detectOne(l);
    votes.set(lang, (votes.get(lang) ?? 0) + l.length);
    total += l.length;
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const language = ranked[0]?.[0] ?? detectOne(body.slice(0, 6000));
  const second = ranked[1];
  const mixed = second && second[1] >= total * 0.3 && second[1] >= 200 ? second[0] : null;
  return { language, mixed };
}

/**
 * The language of a listing as an ISO 639-1 code.
 * @example detectLanguage('Buscamos una persona con experiencia en ventas para nuestro equipo.') // 'es'
 */
export function detectLanguage(text: string): string {
  return detectLanguages(text).language;
}

/**
 * The English name of a language code, for messages.
 * @example languageName('de') // 'German'
 */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}
