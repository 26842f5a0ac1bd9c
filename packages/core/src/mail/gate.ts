// A cheap necessary condition for a phrase rule: the words its pattern must start with. A rule
// whose every alternative begins with a plain word (or a group of plain words) cannot match a
// text that holds none of those words' leading letters, so the costly pattern is not run there.
// Derived from the pattern itself, so a rule edited later keeps a correct gate (or gets none).

/** Split a pattern source at `|` outside groups and character classes. */
function splitTop(source: string): string[] | null {
  const parts: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { parts.push(source.slice(start, i)); start = i + 1; }
  }
  if (depth !== 0 || inClass) return null;
  parts.push(source.slice(start));
  return parts;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closeOf(source: string, open: number): number {
  let depth = 0, inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The plain letters (and apostrophes) an alternative surely starts with, or null when it has none. */
function leadingWord(alt: string): string | null {
  const run = /^[A-Za-z']+/.exec(alt)?.[0] ?? '';
  // A quantifier after the run makes its last letter optional ("colou?r").
  const next = alt[run.length];
  const word = next === '?' || next === '*' || next === '{' ? run.slice(0, -1) : run;
  return word.length > 0 ? word.toLowerCase() : null;
}

/** The alternative without what matches no character at its start: a word boundary, `^`, a look-around. */
function skipZeroWidth(alt: string): string | null {
  let rest = alt;
  for (;;) {
    if (rest.startsWith('\\b')) rest = rest.slice(2);
    else if (rest.startsWith('^')) rest = rest.slice(1);
    else if (/^\(\?<?[=!]/.test(rest)) {
      const close = closeOf(rest, 0);
      if (close < 0) return null;
      rest = rest.slice(close + 1);
    } else return rest;
  }
}

/** The words any match of an alternative must start with, or null when no gate can be read. */
function altWords(alt: string, depth = 0): string[] | null {
  const body = skipZeroWidth(alt);
  if (body === null || depth > 4) return null;
  if (body.startsWith('(?:')) {
    const close = closeOf(body, 0);
    const after = body[close + 1];
    if (close < 0 || after === '?' || after === '*' || after === '{') return null;
    const inner = splitTop(body.slice(3, close));
    if (!inner) return null;
    const words: string[] = [];
    for (const a of inner) {
      const w = altWords(a, depth + 1);
      if (!w) return null;
      words.push(...w);
    }
    return words;
  }
  const w = leadingWord(body);
  return w ? [w] : null;
}

/**
 * The lowercase words of which a text must hold one for the pattern to match it anywhere, or null
 * when the pattern has no such gate (a look-behind or a group before its first word).
 */
export function gateWords(re: RegExp): string[] | null {
  const alts = splitTop(re.source);
  if (!alts) return null;
  const words = new Set<string>();
  for (const alt of alts) {
    const w = altWords(alt);
    if (!w) return null;
    for (const x of w) words.add(x);
  }
  // A shorter word found in the text already passes every word it begins.
  const list = [...words].sort((a, b) => a.length - b.length);
  return list.filter((w, i) => !list.slice(0, i).some((s) => w.startsWith(s)));
}

/**
 * A text folded for gates: lower case, and the long s that case-insensitive Unicode patterns read
 * as an s (the Kelvin sign already lowers to a k).
 */
export const gateText = (text: string): string => text.toLowerCase().replace(/ſ/g, 's');

/** Whether a folded text can hold a match, by the rule's gate words (no gate: always). */
export const passesGate = (words: readonly string[] | null, folded: string): boolean => words === null || words.some((w) => folded.includes(w));
