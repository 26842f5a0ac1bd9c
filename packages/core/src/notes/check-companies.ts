import { distance } from 'fastest-levenshtein';
import type { Speller } from './speller';
import { foldWord, normalizeWord, stripPossessive, tokenize, type Token } from './text';
import { inSignature, type NoteLayout } from './layout';
import type { NoteProblem } from './types';

const LEGAL_SUFFIX = /[\s,]+(?:inc|llc|l\.l\.c|ltd|limited|corp|corporation|co|gmbh|plc|s\.?a|ag|b\.?v|pty|group|holdings)\.?$/i;

/** The name people write: "Acme Corp." → "Acme", "Blue Bottle Coffee, Inc." → "Blue Bottle Coffee". */
export function companyCore(name: string): string {
  let s = name.normalize('NFC').trim();
  for (let i = 0; i < 3 && LEGAL_SUFFIX.test(s); i++) s = s.replace(LEGAL_SUFFIX, '').trim();
  return s.replace(/[\s,&]+$/, '') || name.trim();
}

interface Company {
  name: string;
  core: string;
  fold: string;
  size: number;
  isOther: boolean;
}

export interface CompanyFindings {
  problems: NoteProblem[];
  /** Spans that name a company correctly (not names, not spelling mistakes). */
  mentions: Array<[number, number]>;
}

function windowText(text: string, tokens: readonly Token[], i: number, size: number): { start: number; end: number; raw: string } | null {
  const first = tokens[i];
  const last = tokens[i + size - 1];
  if (!first || !last) return null;
  for (let k = i; k < i + size - 1; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (!a || !b || !/^[ \t&.\-]{0,3}$/.test(text.slice(a.end, b.start))) return null;
  }
  return { start: first.start, end: last.end, raw: text.slice(first.start, last.end) };
}

/** Typos allowed for a company name of this length; short ones only when the word is no English word. */
function limitFor(len: number, isWord: boolean): number {
  if (len <= 3) return 0;
  if (len === 4) return isWord ? 0 : 1;
  return len <= 8 ? 1 : 2;
}

/**
 * Company names in the note: this company misspelled (COMPANY_MISSPELLED, with its spelling:
 * case, spacing and small typos count) or another company the person applied to
 * (OTHER_COMPANY: the copy-paste mistake). Ordinary words in lower case are not company names.
 */
export function checkCompanies(
  text: string,
  tokens: readonly Token[],
  company: string,
  otherCompanies: readonly string[],
  speller: Speller | null | undefined,
  signature: Pick<NoteLayout, 'signatureStart' | 'signatureEnd'>,
): CompanyFindings {
  const companies: Company[] = [];
  const add = (name: string, isOther: boolean) => {
    const core = companyCore(name);
    const fold = foldWord(core);
    if (fold.length < 2) return;
    const size = Math.max(1, tokenize(core).length);
    companies.push({ name: core, core: normalizeWord(core), fold, size, isOther });
  };
  add(company, false);
  const mineFold = companies[0]?.fold;
  for (const o of otherCompanies) if (foldWord(companyCore(o)) !== mineFold) add(o, true);

  const problems: NoteProblem[] = [];
  const mentions: Array<[number, number]> = [];
  const used = (s: number, e: number) => mentions.some(([a, b]) => s < b && a < e) || problems.some((p) => s < p.end && p.start < e);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (inSignature(signature, t.start)) continue;
    let best: { c: Company; d: number; w: { start: number; end: number; raw: string } } | null = null;
    for (const c of companies) {
      for (const size of new Set([c.size, c.size + 1, Math.max(1, c.size - 1)])) {
        const w = windowText(text, tokens, i, size);
        if (!w) continue;
        const raw = normalizeWord(stripPossessive(w.raw));
        const fold = foldWord(raw);
        if (Math.abs(fold.length - c.fold.length) > 2) continue;
        if (raw === c.core) {
          best = { c, d: -1, w };
          break;
        }
        const capital = /^\p{Lu}/u.test(raw);
        const isWord = size === 1 && (speller?.correct(raw.toLowerCase()) ?? false);
        if (fold === c.fold) {
          // Same letters, other case or spacing: "Linkedin", "Data Dog". A plain lower-case word ("square") is not the company.
          if (!capital && isWord) continue;
          if (!best || best.d > 0) best = { c, d: 0, w };
          continue;
        }
        if (!capital || (isWord && t.isSentenceStart)) continue;
        const d = distance(fold, c.fold);
        if (d <= limitFor(c.fold.length, isWord) && fold[0] === c.fold[0] && (!best || d < best.d)) best = { c, d, w };
      }
      if (best && best.d === -1) break;
    }
    if (!best || used(best.w.start, best.w.end)) continue;
    const { c, w } = best;
    if (best.d === -1 && !c.isOther) {
      mentions.push([w.start, w.end]);
    } else if (c.isOther) {
      problems.push({ code: 'OTHER_COMPANY', message: `names ${c.name}, another company you applied to; this note is for ${companyCore(company)}`, start: w.start, end: w.end, suggestion: companyCore(company) });
    } else {
      problems.push({ code: 'COMPANY_MISSPELLED', message: `"${w.raw}" should be spelled "${c.name}"`, start: w.start, end: w.end, suggestion: c.name });
    }
  }
  return { problems, mentions };
}
