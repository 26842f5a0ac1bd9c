import type { Speller } from './speller';
import type { Token } from './text';

/*
 * Function words and the commonest courtesy words of the languages people mix into English mail
 * (a sign-off, a line to a colleague abroad), without those the English dictionaries also know
 ("die", "do", "con", "pronto"): those say nothing.
 */
const WORDS: Record<string, string> = {
  de: 'und der das des ist nicht mit für auf ich sie wir ihr ein eine einen zu von bei auch noch schon sehr viele vielen liebe lieben herzliche herzlichen beste besten schöne schönes gute guten grüße gruß grüßen danke bitte vielen wochenende freundlichen',
  fr: 'des une avec sur dans je vous merci bon journée bien cordialement amicalement beaucoup à',
  es: 'una por muy gracias buen buena buenas saludos hasta mucho muchas muchos abrazo cordiales un',
  pt: 'da das uma muito muita obrigado obrigada até abraço abraços beijos cumprimentos atenciosamente',
  it: 'il gli delle molto grazie buona buon giornata saluti cordiali distinti mille',
  nl: 'het een voor niet ik je wij zijn bedankt groeten groetjes hartelijke vriendelijke fijne alvast',
};
const SETS = Object.entries(WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))] as const);
const ANY = new Set(SETS.flatMap(([, set]) => [...set]));

/**
 * Sentences (or lines) of the note that are plainly in another language: more than half their
 * words are unknown to the English dictionary, and at least one is a function or courtesy word of
 * one other language (German "und", French "merci"…) that English does not have. "Danke und viele
 * Grüße" is not checked as English; "Thnak you" is. Their words are not spell-checked; names in
 * them still are.
 * @example foreignSpans('Danke und viele Grüße,\nDaniel', tokenize(…), speller) // [[0, 21]]
 */
export function foreignSpans(text: string, tokens: readonly Token[], speller: Speller): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const sentence: Token[] = [first];
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (/[.!?\n]/.test(text.slice(sentence[sentence.length - 1]!.end, t.start))) break;
      sentence.push(t);
    }
    i = j;
    // Most sentences have no such word at all: no dictionary lookups for them.
    if (sentence.length < 2 || !sentence.some((t) => ANY.has(t.text.toLowerCase()))) continue;
    const english = (w: string) => speller.correct(w) || speller.correct(w.toLowerCase());
    const unknown = sentence.filter((t) => !english(t.text));
    if (unknown.length * 2 <= sentence.length) continue;
    const hits = Math.max(...SETS.map(([, set]) => unknown.filter((t) => set.has(t.text.toLowerCase())).length));
    if (hits >= 1) spans.push([first.start, sentence[sentence.length - 1]!.end]);
  }
  return spans;
}
