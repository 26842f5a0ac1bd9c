export { readTrackerCsv, type ReadTrackerCsvOptions, type TrackerCsvResult, type TrackerCsvInput } from './read';
export { writeTrackerCsv, trackerCsvLines, trackerRowFromHistory, type TrackerCsvRow, type TrackerHistory, type WriteTrackerCsvOptions } from './write';
export { CANONICAL_COLUMNS, normalizeHeader, type CanonicalColumn, type TrackerField, type TrackerFormat } from './columns';
export { STAGE_REACHED_VALUES, OUTCOME_VALUES } from './values';
export type { TrackerItem, RowProblem } from './map-row';
export type { CsvEncoding } from './decode';
export type { Delimiter } from './rows';
