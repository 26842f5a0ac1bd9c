/** A word of the note with its place (JS string indices into the original text). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence or of a line (its capital says nothing about being a name). */
  isSentenceStart: boolean;
}

// Letters and combining marks, with inner apostrophes and hyphens: O'Brien, Zoë (either form), Jean-Luc.
const WORD = /[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*/gu;

/** Words of `text` with their offsets; digits, URLs and e-mail addresses are not words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  let lastWasEnd = true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const between = text.slice(lastEnd, m.index);
    const isSentenceStart = tokens.length === 0 || /[.!?:;\n]\s*["'“‘(]*\s*$/.test(between) || (lastWasEnd && between.trim() === '');
    lastWasEnd = false;
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, isSentenceStart });
    lastEnd = m.index + m[0].length;
  }
  return tokens;
}

/** Same letters for comparison: NFC, curly apostrophes and odd hyphens made plain. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, '-');
}

/** Lower case without accents, apostrophes, hyphens or spaces: "O'Brien" → "obrien", "Zoë" → "zoe". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`\-‐‑–\s.]/g, '');
}

/** A word without a trailing possessive: "Acme's" → "Acme". */
export function stripPossessive(word: string): string {
  return word.length > 3 ? word.replace(/['’]s$/i, '') : word;
}

/*
 * What is not prose, so never a spelling mistake: URLs, e-mail addresses, bare domains and paths
 * ("github.com/ana/repo", "jordanreyes.co"; lower case, so "today.Thanks" stays prose), hashtags,
 * @handles, and words with digits in them ("ggplot2", "GA4", "p99").
 */
const NON_PROSE = [
  /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi,
  /(?<![\w@.\/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\b(?:\/\S*)?/g,
  /(?<![\p{L}\p{N}&])#[\p{L}\p{N}_]+/gu,
  /(?<![\w.])@[A-Za-z0-9_][\w.]*/g,
  /\b[A-Za-z]+\d[A-Za-z\d]*\b/g,
];

/** Spans inside the text that are not prose: URLs, addresses, domains, hashtags, handles, codes. */
export function nonProseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of NON_PROSE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Whether [start, end) falls inside one of the spans. */
export function isInside(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}
