import { isClosingStage, sortEvents, stageRank, type Stage } from '@secondround/core';
import { CANONICAL_COLUMNS, type CanonicalColumn } from './columns';

/** One row of the canonical tracker CSV; empty cells may be left out or null. */
export type TrackerCsvRow = { company: string; role: string } & Partial<Record<Exclude<CanonicalColumn, 'company' | 'role'>, string | null>>;

export interface WriteTrackerCsvOptions {
  /** Start with a UTF-8 byte-order mark so that Excel opens accents right. Default false. */
  bom?: boolean;
  /**
   * Prefix cells starting with = + - @ with a quote so a spreadsheet shows them as text instead of
   * running them as formulas (OWASP "CSV injection"). Off by default: it changes the text, and
   * the round trip through `readTrackerCsv` would no longer give back what was typed.
   */
  escapeFormulae?: boolean;
}

/**
 * Write rows as the canonical tracker CSV (RFC 4180: comma, CRLF, double quotes doubled), the
 * format `readTrackerCsv` reads back to the same fields.
 * @example writeTrackerCsv([{ company: 'Acme', role: 'Engineer', applied_on: '2025-03-01', stage_reached: 'round1' }])
 */
export function writeTrackerCsv(rows: Iterable<TrackerCsvRow>, options: WriteTrackerCsvOptions = {}): string {
  const parts: string[] = [];
  for (const chunk of trackerCsvLines(rows, options)) parts.push(chunk);
  return parts.join('');
}

/** The same as {@link writeTrackerCsv}, one line at a time, for writing large exports to a stream. */
export function* trackerCsvLines(rows: Iterable<TrackerCsvRow>, options: WriteTrackerCsvOptions = {}): Generator<string> {
  yield (options.bom ? '\uFEFF' : '') + CANONICAL_COLUMNS.join(',') + '\r\n';
  for (const row of rows) {
    yield CANONICAL_COLUMNS.map((c) => cell(row[c] ?? '', options.escapeFormulae === true)).join(',') + '\r\n';
  }
}

function cell(value: string, escapeFormulae: boolean): string {
  let v = value;
  if (escapeFormulae && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  // Quote whatever a reader could split or trim: separators, quotes, line breaks, edge spaces.
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** What an application needs to be written as a canonical row. */
export interface TrackerHistory {
  application: { company: string; role: string; listingUrl?: string | null; notes?: string | null };
  events: readonly { stage: Stage; date: string; reason?: string | null; createdAt?: string }[];
}

/**
 * Summarise an application's history as one canonical CSV row: `applied_on` is the first
 * applied event, `stage_reached` the furthest progress stage from applied on, `outcome` how the
 * latest event closed it (or `open`), dated `outcome_on` with its reason.
 * @example trackerRowFromHistory({ application: { company: 'Acme', role: 'Dev' }, events: [{ stage: 'applied', date: '2025-01-02' }, { stage: 'rejected', date: '2025-01-20' }] }).outcome // 'rejected'
 */
export function trackerRowFromHistory(history: TrackerHistory): TrackerCsvRow {
  const sorted = sortEvents(history.events.map((e, i) => ({ ...e, createdAt: e.createdAt ?? String(i).padStart(8, '0') })));
  const applied = sorted.find((e) => e.stage === 'applied');
  let furthest: Stage | null = null;
  for (const e of sorted) {
    if (isClosingStage(e.stage) || e.stage === 'saved') continue;
    if (furthest === null || stageRank(e.stage) > stageRank(furthest)) furthest = e.stage;
  }
  const last = sorted[sorted.length - 1];
  const closing = last && (isClosingStage(last.stage) || last.stage === 'accepted') ? last : null;
  return {
    company: history.application.company,
    role: history.application.role,
    applied_on: applied?.date ?? '',
    stage_reached: furthest ?? '',
    outcome: closing ? closing.stage : furthest ? 'open' : '',
    outcome_on: closing ? closing.date : '',
    outcome_reason: closing?.reason ?? '',
    listing_url: history.application.listingUrl ?? '',
    notes: history.application.notes ?? '',
  };
}
