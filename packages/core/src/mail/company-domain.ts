// A name the sender's domain spells: the domain's stem, a signature line or a capitalised run of
// the text whose words spell it, a signature line whose words the domain glues together, and the
// stem itself split at a sector word when the text writes no name. Used by company.ts.
import { fold, foldPlain, GLUED_LINE, gluedFrom, JOINERS, joinerWords, spells } from './domain-spelling';
import { cleanCompany, isOrgHead } from './company-name';

const DOMAIN_WORDS = ['studios', 'studio', 'security', 'health', 'labs', 'media', 'works', 'energy', 'bank', 'group', 'software', 'systems', 'consulting', 'logistics', 'foods', 'games', 'capital', 'partners', 'robotics', 'analytics', 'insurance', 'digital', 'motors', 'tech', 'bio', 'hotels', 'pharma', 'engineering', 'distillery', 'publishing', 'bakery', 'marine'];

/** Names reserved for documentation and tests (RFC 2606, RFC 6761): never an organisation's. */
const RESERVED_LABEL = /^(?:example|test|invalid|localhost)$/;

export function stem(domain: string): string {
  const parts = domain.split('.');
  const tld2 = /^(?:co|com|org|ac|gov|sch|net)$/.test(parts[parts.length - 2] ?? '') && parts.length >= 3;
  const at = parts.length - (tld2 ? 3 : 2);
  // "oakhurst.example.co.uk": the organisation's label is the one before the reserved name.
  if (RESERVED_LABEL.test(parts[at] ?? '') && at > 0) return parts[at - 1] ?? '';
  return parts[at] ?? '';
}

export function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function segmentDomain(s: string): string {
  for (const w of DOMAIN_WORDS) if (s.endsWith(w) && s.length > w.length + 2) return `${titleCase(s.slice(0, -w.length))} ${titleCase(w)}`;
  return titleCase(s);
}

// A name as a signature line writes it (up to five capitalised words, a joiner before each), and a
// run of capitalised words in running text that may spell the sender's domain.
const SIGNATURE_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:${joinerWords()})\s+)?\p{Lu}[\p{L}'’.-]*){0,4}$`, 'u');
const CAPITALISED_RUN = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:${joinerWords()})[ \t]+)?\p{Lu}[\p{L}'’-]*){0,5}`, 'gu');
/** A line that is a name alone (a signature's company line), cleaned, when it starts with the domain's name. */
function signatureLine(text: string, target: string): string | null {
  for (const whole of text.split('\n').reverse()) {
    // "Bastide Immobilier - Agence Aix": before a spaced dash, the words that spell the domain and no more.
    const dashed = /\s[–—-]\s/.test(whole);
    const line = whole.split(/\s+[–—-]\s+/)[0]!;
    // "Conservas Galaicas, S.A. · Madrid", "Kestrel Conseil inc., Montréal": the name before its place.
    const t = cleanCompany(cleanCompany(line.trim().split(/\s+[·|]\s+/)[0]!).replace(/,\s*\p{Lu}[\p{L} -]*$/u, '')).replace(/\s+(?:Engineering|Design|Product|Operations|Recruiting|Talent|People|Team|Marketing|Sales)$/, '');
    if (!SIGNATURE_NAME.test(t)) continue;
    const words = t.split(/\s+/);
    const n = spells(words, 0, target);
    if (n !== null && dashed) return cleanCompany(words.slice(0, n).join(' '));
    if (n !== null || fold(words[0]!) === target) return cleanCompany(t);
  }
  return null;
}

/**
 * The name on a signature line whose words the sender's domain glues together ("Dierenkliniek Het
 * Baken" at hetbaken-dieren.nl, "Koffiebranderij 't Schip" at tschip-gent.be, "Mossgiel Mushroom
 * Farm" at mossgielmushrooms.scot), with the sector noun before it and one word after it that the
 * domain leaves out. A line after "Name –" or "Name," counts; quoted lines too.
 */
export function gluedName(text: string, domainStem: string, person: string): string | null {
  const personFirst = fold(person.split(/\s+/)[0] ?? '');
  const personWords = new Set(person.split(/\s+/).map(fold));
  const parts = domainStem.toLowerCase().split('-').filter(Boolean);
  const whole = parts.join('');
  if (whole.length < 5) return null;
  const lines: string[] = [];
  for (const raw of text.split('\n').reverse()) {
    const line = raw.replace(/^[\s>]+/, '').trim();
    if (!line || line.length > 90) continue;
    // "Luc – Atelier Sellier Bonnard", "Jonas, Kletterhalle Steinbock": the name after the person's.
    if (line.length <= 70) lines.push(line.replace(/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s+[–—-]\s+|,\s+)/u, ''));
    // "Carl Mendes, Engineering Manager, Opaline Semiconductor Packaging": a signature on one
    // line, the firm after the person's name and title.
    const parts = line.split(/,\s+|\s+[–—|·]\s+/);
    if (parts.length >= 3) lines.push(parts[parts.length - 1]!);
  }
  for (let line of lines) {
    line = cleanCompany(line);
    if (!GLUED_LINE.test(line)) continue;
    const words = line.split(/\s+/);
    // The person's own name ("Ellen de Wit" at dewit-advies.nl) is no firm's.
    if (personFirst && fold(words[0]!) === personFirst) continue;
    if (words.every((w) => personWords.has(fold(w)))) continue;
    if (words.length < 2 && fold(words[0]!) !== whole) continue;
    // "l'Agglo" gives its own initial; "de", "het" may be spelled or left out ("despaak", "tal-leman").
    const folded = words.map((w) => (JOINERS.test(w) && !/^(?:de|het|la|el|le)$/i.test(w) ? '' : fold(w.replace(/^[dl]['’]/i, ''))));
    const used = new Set<number>();
    let missed = 0, matched = 0;
    for (const [p, part] of parts.entries()) {
      const got = fold(words.join('')) === part ? new Set(words.map((_, i) => i)) : gluedFrom(folded, part);
      if (got) { for (const i of got) used.add(i); matched += part.length; } else if (p === 0) missed += 2; else missed++;
    }
    // One later part left unmatched: a town ("tschip-gent").
    if (matched < 5 || missed > 1 || used.size === 0) continue;
    const content = words.map((_, i) => i).filter((i) => folded[i] && !JOINERS.test(words[i]!) && !/^het$/i.test(words[i]!));
    // Left out: a sector noun before the name, one word after it ("Farm", "Partners"), and one
    // word between two the domain spells whole ("Tidewell Tyre Recycling" at tidewell-recycling).
    const first = content[0]!, last = content[content.length - 1]!;
    const inside = content.filter((i) => !used.has(i) && i !== first && i !== last);
    if (inside.length > 1 || (inside.length === 1 && (missed > 0 || parts.length < 2 || !used.has(first) || !used.has(last)))) continue;
    // A first word the domain leaves out is kept only as a sector noun ("Dierenkliniek"); a title
    // before the name ("Regiomanager Ooievaar Kinderopvang") goes.
    if (!used.has(first) && !isOrgHead(words[first]!)) return first === 0 && words.length > 2 ? words.slice(1).join(' ') : null;
    return line;
  }
  return null;
}

/** A capitalised phrase in the text whose letters spell the domain (or start with it). */
export function findInText(text: string, domainStem: string): string | null {
  if (domainStem.length < 3) return null;
  const target = fold(domainStem);
  const line = signatureLine(text, target);
  if (line) return line;
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      const n = spells(words, i, target);
      if (n !== null && n - i >= 2) return cleanCompany(words.slice(i, n).join(' '));
    }
  }
  const re = /\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,3}/gu;
  let best: string | null = null;
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const cand = words.slice(0, n).join(' ');
      const f = fold(cand), p = foldPlain(cand);
      if (f === target || p === target) return cleanCompany(cand);
      if ((f.startsWith(target) || p.startsWith(target)) && !best) best = cleanCompany(cand);
    }
  }
  return best;
}

// A word of a written name: capitalised, a joiner ("de", "&"), or a lower-case word elided onto its
// article ("d'art" of "Ferronnerie d'art Castagné"); names stop at any other word or at punctuation.
const WRITTEN_TOKEN = /[\p{L}\p{N}&'’-]+|[^\s\p{L}\p{N}&'’-]+/gu;
const NAME_TOKEN = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{N}'’-]*|[dl]['’]\p{L}+|${joinerWords()})$`, 'u');

/**
 * A name the text writes whose words give the sender's domain their first letters in order: a
 * word whole, its start (three letters or more) or its initial, each part of a hyphenated word
 * apart, a lower-case word left out ("Moutarderie Fallot-Brun" at moutarderie-fb.fr, "Klompenmakerij
 * De Eik" at klompendeeik.nl, "Ferronnerie d'art Castagné" at ferronnerie-castagne.fr,
 * "Frigoríficos Ebro" at frigoebro.es, with the organisation's noun written before it:
 * "Transportes Frigoríficos Ebro"). The first word gives three letters or more and two words at
 * least give some, so a stray run of initials spells nothing. Lines are read from the end, where a
 * signature writes the name.
 * @example abbreviatedName('Sandrine Brun\nMoutarderie Fallot-Brun, Dijon', 'moutarderie-fb', 'Sandrine Brun') // 'Moutarderie Fallot-Brun'
 */
export function abbreviatedName(text: string, domainStem: string, person: string): string | null {
  const target = fold(domainStem);
  if (target.length < 5) return null;
  const personWords = new Set(person.split(/[\s-]+/).map(fold).filter(Boolean));
  for (const line of text.split('\n').reverse()) {
    // Runs of name words, split at punctuation and at any other word.
    // A run ended by a lower-case word is running text; one ended by punctuation or the line's end
    // may keep one word after those the domain spells ("Ashford Mechanical Services" at ashmech).
    const runs: Array<{ words: string[]; closed: boolean }> = [{ words: [], closed: true }];
    for (const [t] of line.replace(/^[\s>]+/, '').matchAll(WRITTEN_TOKEN)) {
      const run = runs[runs.length - 1]!;
      if (NAME_TOKEN.test(t) && !/^['’-]|['’-]$/.test(t)) run.words.push(t);
      else if (run.words.length) { run.closed = !/^\p{L}/u.test(t); runs.push({ words: [], closed: true }); }
    }
    for (const { words: run, closed } of runs) {
      const found = spelledByInitials(run, target);
      if (!found) continue;
      const [from, to] = found;
      const end = closed && to + 2 === run.length && /^\p{Lu}/u.test(run[to + 1]!) ? to + 2 : to + 1;
      const words = run.slice(from, end);
      if (words.every((w) => w.split('-').every((p) => personWords.has(fold(p))))) continue;
      const head = from > 0 && isOrgHead(run[from - 1]!) ? [run[from - 1]!] : [];
      return cleanCompany([...head, ...words].join(' '));
    }
  }
  return null;
}

/** The first and last word of a run whose parts give `target` their starts in order, or null. */
function spelledByInitials(run: string[], target: string): [number, number] | null {
  // Each part of a hyphenated word is a unit of its own, with the index of its word.
  const units: Array<{ word: number; letters: string; lower: boolean }> = [];
  run.forEach((w, word) => {
    const lower = !/^\p{Lu}/u.test(w);
    for (const p of w.replace(/^[dl]['’]/i, '').split('-').filter(Boolean)) units.push({ word, letters: fold(p), lower });
  });
  // From unit u at letter `at`: the last unit that gave letters, or -1 when none finishes the target.
  const go = (u: number, at: number, gave: number, last: number): number => {
    if (at === target.length) return gave >= 2 ? last : -1;
    if (u >= units.length) return -1;
    const { letters, lower } = units[u]!;
    let k = 0;
    while (k < letters.length && at + k < target.length && letters[k] === target[at + k]) k++;
    for (let n = k; n >= 1; n--) {
      if (n !== 1 && n < 3 && n !== letters.length) continue;
      if (gave === 0 && n < 3) continue;
      const r = go(u + 1, at + n, gave + 1, u);
      if (r >= 0) return r;
    }
    // A lower-case word ("d'art", "de") may be left out inside the name.
    return gave > 0 && lower ? go(u + 1, at, gave, last) : -1;
  };
  for (let u = 0; u < units.length; u++) {
    if (u > 0 && units[u]!.word === units[u - 1]!.word) continue;
    const last = go(u, 0, 0, -1);
    if (last >= 0) return [units[u]!.word, units[last]!.word];
  }
  return null;
}
