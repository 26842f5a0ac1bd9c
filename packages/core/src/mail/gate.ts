// A cheap necessary condition for a phrase rule: words its pattern cannot match without. Each
// alternative of a pattern goes through some plain word or group of plain words; a text that
// holds none of those (case folded) cannot match, so the costly pattern is not run there.
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

/** Length of a quantifier at `i` (`?`, `*`, `+`, `{n,m}`, each maybe lazy), and whether it allows none. */
function quantifierAt(source: string, i: number): { length: number; optional: boolean } {
  const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
  if (!q) return { length: 0, optional: false };
  return { length: q[0].length, optional: q[0][0] === '?' || q[0][0] === '*' || q[1] === '0' };
}

/**
 * The words any match of an alternative must hold, or null when no gate can be read: of the
 * parts every match goes through (a plain word, a group of alternatives), the one whose shortest
 * word is longest.
 */
function altWords(alt: string, depth = 0): string[] | null {
  if (depth > 6) return null;
  let best: string[] | null = null;
  const score = (w: string[]) => Math.min(...w.map((x) => x.length));
  const offer = (w: string[]) => {
    if (w.length > 0 && (!best || score(w) > score(best) || (score(w) === score(best) && w.length < best.length))) best = w;
  };
  let i = 0;
  while (i < alt.length) {
    const c = alt[i]!;
    if (c === '\\') {
      const e = alt[i + 1];
      if (e === 'k' || e === 'c') return null;
      const end = e === 'p' || e === 'P' || (e === 'u' && alt[i + 2] === '{') ? alt.indexOf('}', i) + 1 : e === 'u' ? i + 6 : e === 'x' ? i + 4 : i + 2;
      if (end <= i) return null;
      i = end + quantifierAt(alt, end).length;
    } else if (c === '[') {
      let j = i + 1;
      while (j < alt.length && alt[j] !== ']') j += alt[j] === '\\' ? 2 : 1;
      if (j >= alt.length) return null;
      i = j + 1 + quantifierAt(alt, j + 1).length;
    } else if (c === '(') {
      const close = closeOf(alt, i);
      if (close < 0) return null;
      const q = quantifierAt(alt, close + 1);
      const look = /^\(\?<?[=!]/.test(alt.slice(i));
      if (!look && !q.optional) {
        const open = alt.startsWith('(?:', i) ? 3 : alt.startsWith('(?<', i) ? alt.indexOf('>', i) + 1 - i : 1;
        const inner = splitTop(alt.slice(i + open, close));
        const words: string[] = [];
        let ok = inner !== null;
        for (const a of inner ?? []) {
          const w = altWords(a, depth + 1);
          if (!w) { ok = false; break; }
          words.push(...w);
        }
        if (ok) offer(words);
      }
      i = close + 1 + q.length;
    } else if (/[A-Za-z']/.test(c)) {
      const run = /^[A-Za-z']+/.exec(alt.slice(i))![0];
      const q = quantifierAt(alt, i + run.length);
      // A quantifier after the run bears on its last letter ("colou?r", "Cancel+ed").
      offer([(q.length ? run.slice(0, -1) : run).toLowerCase()].filter((w) => w.length > 0));
      i += run.length + q.length;
    } else if (c === '|' || c === ')') return null;
    else i += 1 + quantifierAt(alt, i + 1).length;
  }
  return best;
}

/**
 * The lowercase words of which a text must hold one for the pattern to match it anywhere, or null
 * when some alternative holds no word that every match of it goes through.
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
