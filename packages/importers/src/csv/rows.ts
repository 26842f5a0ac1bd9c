import Papa from 'papaparse';
import { UserError } from '@secondround/core';

/** One record of the file with the physical line it starts on (the header is line 1 when first). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** A quote problem papaparse reported for this record (the fields may be mangled). */
  quoteProblem: string | null;
}

export type Delimiter = ',' | '\t' | ';' | '|';
type Newline = '\n' | '\r\n' | '\r';

export interface RowsInfo {
  delimiter: Delimiter | null;
}

/** Papa's low-level parser: typed loosely by @types/papaparse (`parse(): any`), so we name what we use. */
interface ChunkResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/** A header line longer than this with no line break is not a CSV header. */
const MAX_HEADER_CHARS = 1_000_000;

/**
 * Split decoded text chunks into CSV records with papaparse's chunk parser, the way its own
 * streamers do (re-joining the partial last row with the next chunk), but driven by `for await`
 * so a slow consumer slows the reader. Physical line numbers are counted from the line breaks
 * inside each record, so quoted multi-line fields keep later line numbers right.
 */
export async function* csvRecords(text: AsyncIterable<string>, info: RowsInfo): AsyncGenerator<CsvRecord[]> {
  let parser: Papa.Parser | null = null;
  let newline: Newline = '\n';
  let lineBreak = '\n';
  let partial = '';
  let base = 0;
  let line = 1;
  let first = true;

  // Records go out a chunk at a time: one await per record costs more than parsing it.
  function emit(result: ChunkResult, isFinal: boolean): CsvRecord[] {
    const problems = new Map<number, string>();
    for (const e of result.errors) {
      if (e.row == null) continue;
      if (e.code === 'MissingQuotes' && isFinal) {
        const at = line + linesBefore(result.data, e.row, lineBreak);
        throw new UserError(
          'BAD_CSV',
          `Line ${at}: a quoted field starts on this line but its closing quote (") is missing, so the rest of the file cannot be read.`,
        );
      }
      if (e.code === 'InvalidQuotes') problems.set(e.row, 'a quoted field is followed by more text before the next separator (a stray " inside a quoted field must be written as "")');
    }
    const out: CsvRecord[] = new Array(result.data.length);
    for (let i = 0; i < result.data.length; i++) {
      const fields = result.data[i]!;
      out[i] = { line, fields, quoteProblem: problems.size > 0 ? (problems.get(i) ?? null) : null };
      line += 1 + breaksIn(fields, lineBreak);
    }
    return out;
  }

  for await (const chunk of text) {
    partial += chunk;
    if (first) {
      const cut = firstBreak(partial);
      if (cut < 0) {
        if (partial.length > MAX_HEADER_CHARS) {
          throw new UserError('UNSUPPORTED_FORMAT', 'No line break in the first million characters: this is not a CSV file with one application per line.', 415);
        }
        continue;
      }
      ({ newline, lineBreak } = lineEndings(partial, cut));
      const { delimiter, skip } = detectDelimiter(partial.slice(0, cut));
      info.delimiter = delimiter;
      if (skip) {
        // Excel's "sep=;" hint line: not part of the data, but it is a physical line.
        partial = partial.slice(cut + newline.length);
        line++;
      }
      parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"' });
      first = false;
    }
    const result = parser!.parse(partial, base, true) as ChunkResult;
    const batch = emit(result, false);
    if (batch.length > 0) yield batch;
    const consumed = result.meta.cursor - base;
    partial = partial.slice(consumed);
    base = result.meta.cursor;
  }
  if (first) {
    if (partial.length === 0) return;
    const { delimiter } = detectDelimiter(partial);
    info.delimiter = delimiter;
    parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"' });
  }
  if (partial.length > 0) yield emit(parser!.parse(partial, base, false) as ChunkResult, true);
}

/** Position of the first line break that is certainly complete (a final "\r" may be half of "\r\n"). */
function firstBreak(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 13) return i + 1 < text.length ? i : -1;
  }
  return -1;
}

function lineEndings(text: string, cut: number): { newline: Newline; lineBreak: string } {
  if (text[cut] === '\n') return { newline: '\n', lineBreak: '\n' };
  if (text[cut + 1] === '\n') return { newline: '\r\n', lineBreak: '\n' };
  return { newline: '\r', lineBreak: '\r' };
}

/**
 * The separator is read from the header line: the candidate that splits it most, outside quotes.
 * Spreadsheets in locales with a decimal comma write ';'; "Unicode text" exports write TAB.
 */
export function detectDelimiter(headerLine: string): { delimiter: Delimiter; skip: boolean } {
  const hint = /^"?sep=(.)"?\s*$/i.exec(headerLine);
  if (hint && [',', '\t', ';', '|'].includes(hint[1]!)) return { delimiter: hint[1] as Delimiter, skip: true };
  const counts: Record<Delimiter, number> = { ',': 0, '\t': 0, ';': 0, '|': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  let best: Delimiter = ',';
  for (const d of ['\t', ';', '|'] as const) if (counts[d] > counts[best]) best = d;
  return { delimiter: best, skip: false };
}

function breaksIn(fields: string[], lineBreak: string): number {
  let n = 0;
  for (const f of fields) {
    let at = f.indexOf(lineBreak);
    while (at >= 0) {
      n++;
      at = f.indexOf(lineBreak, at + 1);
    }
  }
  return n;
}

function linesBefore(data: string[][], row: number, lineBreak: string): number {
  let n = 0;
  for (let i = 0; i < row && i < data.length; i++) n += 1 + breaksIn(data[i]!, lineBreak);
  return n;
}
