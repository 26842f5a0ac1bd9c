import type { Readable } from 'node:stream';
import { UserError } from '@secondround/core';
import { decodeCsvBytes, type CsvEncoding, type DecodeState } from './decode';
import { csvRecords, type Delimiter, type RowsInfo } from './rows';
import { mapColumns, type ColumnMap, type TrackerField, type TrackerFormat } from './columns';
import { mapRow, type RowProblem, type TrackerItem } from './map-row';

/** A byte stream (a Node stream is one), chunks in memory, or the whole file's bytes. */
export type TrackerCsvInput = Readable | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | Uint8Array | string;

export interface ReadTrackerCsvOptions {
  /** Refuse files larger than this (`TOO_LARGE`, status 413). No limit by default. */
  maxBytes?: number;
  /** Refuse files with more data rows than this (`TOO_LARGE`, 413). No limit by default. */
  maxRows?: number;
  /** List at most this many problems (the count of invalid rows stays exact). Default 10,000. */
  maxProblems?: number;
  /**
   * Receive each valid item as it is read instead of collecting them in `items` (which then stays
   * empty), to keep memory flat on very large files. Awaited when it returns a promise.
   */
  onItem?: (item: TrackerItem) => void | Promise<void>;
}

export interface TrackerCsvResult {
  /** Valid rows as applications with their stage events (the store's `BulkApplication` plus `line`). */
  items: TrackerItem[];
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Rows with at least one problem. */
  invalidRows: number;
  /** One entry per problem, by physical line (the header is line 1; multi-line cells counted). */
  invalid: RowProblem[];
  unknownColumns: string[];
  /** Header as typed → what it was read as. */
  mappedColumns: Record<string, TrackerField>;
  format: TrackerFormat;
  encoding: CsvEncoding;
  delimiter: Delimiter;
}

/**
 * Read a spreadsheet of a job search (the canonical columns, or a Huntr or Teal export) from a
 * byte stream, streaming: bytes are decoded (UTF-8, UTF-16 with BOM, windows-1252), split into
 * records by papaparse chunk by chunk, and each row becomes an application with its stage
 * history or a list of problems with its line number. Nothing is written anywhere: the caller
 * decides whether to import when `invalid` is not empty. Every failure a file can cause is a
 * `UserError` (EMPTY_FILE, NO_ROWS, BAD_ENCODING, UNSUPPORTED_FORMAT, BAD_CSV, MISSING_COLUMNS,
 * TOO_LARGE).
 * @example
 * const r = await readTrackerCsv(fs.createReadStream('search.csv'));
 * if (r.invalid.length === 0) await store.transaction((tx) => tx.bulk.insert(ownerId, r.items));
 */
export async function readTrackerCsv(
  input: TrackerCsvInput,
  options: ReadTrackerCsvOptions = {},
): Promise<TrackerCsvResult> {
  // No catch-all here: bad input must surface as a UserError from the step that found it, and
  // anything else (a bug, or the stream's own I/O error such as ENOENT) must stay what it is.
  return read(input, options);
}

async function read(input: TrackerCsvInput, options: ReadTrackerCsvOptions): Promise<TrackerCsvResult> {
  const decodeState: DecodeState = { encoding: null, bytes: 0 };
  const rowsInfo: RowsInfo = { delimiter: null };
  const maxProblems = options.maxProblems ?? 10_000;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const items: TrackerItem[] = [];
  const invalid: RowProblem[] = [];
  let cols: ColumnMap | null = null;
  let width = 0;
  let rows = 0;
  let invalidRows = 0;

  const text = decodeCsvBytes(asAsyncChunks(input), decodeState, { maxBytes: options.maxBytes });
  for await (const batch of csvRecords(text, rowsInfo)) for (const record of batch) {
    if (isBlank(record.fields)) continue;
    if (cols === null) {
      if (record.quoteProblem) throw new UserError('BAD_CSV', `Line ${record.line}: the header line has a broken quoted field.`);
      cols = mapColumns(record.fields);
      width = record.fields.length;
      continue;
    }
    rows++;
    if (rows > maxRows) throw new UserError('TOO_LARGE', `The file has more than ${maxRows} rows.`, 413);
    const problems = rowShapeProblems(record.fields, width, record.line, record.quoteProblem);
    const result = problems.length > 0 ? { problems } : mapRow(record.fields, record.line, cols);
    if ('problems' in result) {
      invalidRows++;
      for (const p of result.problems) if (invalid.length < maxProblems) invalid.push(p);
      continue;
    }
    if (options.onItem) {
      const pending = options.onItem(result.item);
      if (pending) await pending;
    } else items.push(result.item);
  }
  if (cols === null) {
    throw new UserError('EMPTY_FILE', 'The file has no header line: expected a CSV with a header line and one row per application.');
  }
  if (rows === 0) throw new UserError('NO_ROWS', 'The file has a header line but no rows of data.');
  return {
    items,
    rows,
    invalidRows,
    invalid,
    unknownColumns: cols.unknown,
    mappedColumns: cols.mapped,
    format: cols.format,
    encoding: decodeState.encoding ?? 'utf-8',
    delimiter: rowsInfo.delimiter ?? ',',
  };
}

async function* asAsyncChunks(input: TrackerCsvInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    yield input;
    return;
  }
  if (Symbol.asyncIterator in input) {
    yield* input as AsyncIterable<Uint8Array | string>;
    return;
  }
  yield* input as Iterable<Uint8Array | string>;
}

/** Blank lines, and rows of empty cells that spreadsheets leave at the bottom, are skipped. */
function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

function rowShapeProblems(fields: readonly string[], width: number, line: number, quoteProblem: string | null): RowProblem[] {
  if (quoteProblem) return [{ line, message: quoteProblem }];
  if (fields.length < width) {
    return [{ line, message: `has ${fields.length} fields but the header has ${width}: a separator is missing, or the row is cut short` }];
  }
  // Extra empty cells at the end are what spreadsheets write after a blank column; extra text is not.
  for (let i = width; i < fields.length; i++) {
    if (fields[i]!.trim() !== '') {
      return [{ line, message: `has ${fields.length} fields but the header has ${width}: a value contains the separator and should be in double quotes` }];
    }
  }
  return [];
}
