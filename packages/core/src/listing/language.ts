// The commonest function words of each language: a listing in one of them uses dozens. Enough to
// tell English from the languages job seekers here meet most; others fall back to their script.
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
  ['ru', /\p{Script=Cyrillic}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['th', /\p{Script=Thai}/gu],
];
const NAMES: Record<string, string> = {
  en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', ru: 'Russian',
  zh: 'Chinese', ja: 'Japanese', ko: 'Korean', ar: 'Arabic', he: 'Hebrew', el: 'Greek', hi: 'Hindi', th: 'Thai',
};

/**
 * The language of a listing as an ISO 639-1 code: by script for non-Latin text, else by counting
 * each language's function words; English unless another language clearly wins.
 * @example detectLanguage('Buscamos una persona con experiencia en ventas para nuestro equipo.') // 'es'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  let bestScript: [string, number] = ['', 0];
  for (const [code, re] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n > bestScript[1]) bestScript = [code, n];
  }
  if (bestScript[1] > latin) return bestScript[0];
  const counts: Record<string, number> = {};
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words.slice(0, 3000)) {
    for (const [code, set] of Object.entries(SETS)) if (set.has(w)) counts[code] = (counts[code] ?? 0) + 1;
  }
  const en = counts.en ?? 0;
  let best: [string, number] = ['en', en];
  for (const [code, n] of Object.entries(counts)) if (code !== 'en' && n > best[1]) best = [code, n];
  return best[0] !== 'en' && best[1] >= 5 && best[1] > en * 1.5 ? best[0] : 'en';
}

/**
 * The English name of a language code, for messages.
 * @example languageName('de') // 'German'
 */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}
