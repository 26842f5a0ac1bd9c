import { UserError } from '@secondround/core';

/**
 * What a column can mean. The first nine are the canonical columns of issue 2; the rest carry what
 * Huntr, Teal and hand-made spreadsheets export (a free-text status, the day a job was saved…).
 */
export const CANONICAL_COLUMNS = [
  'company',
  'role',
  'applied_on',
  'stage_reached',
  'outcome',
  'outcome_on',
  'outcome_reason',
  'listing_url',
  'notes',
] as const;

export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];
export type TrackerField =
  | CanonicalColumn
  | 'status'
  | 'saved_on'
  | 'status_on'
  | 'location'
  | 'listing_text'
  | 'source'
  | 'salary_min'
  | 'salary_max'
  | 'tags'
  | 'priority';

export type TrackerFormat = 'canonical' | 'huntr' | 'teal' | 'generic';

/**
 * Header names per field, compared after {@link normalizeHeader}.
 *
 * What is publicly known about the trackers' exports (searched 2026; nothing official found):
 * - Huntr: a real export header is in the sample data of github.com/keenlychuang/huntr-to-notion
 *   (`data/sample_data/*.csv`, 2022): `id, createdAt, title, salary, location, url, rootDomain,
 *   htmlDescription, deadline, color, lastMovedAt, boardId, boardName, listId, listName, companyId,
 *   companyName, companyDomain, creatorUserId, creatorUserFirstName, creatorUserLastName,
 *   creatorUserEmail`, dates as `2022-02-26 19:17:05`, `-` for an empty cell, list names in lower
 *   case (`applied`, `rejected`; `Interview` also seen). Default lists Wishlist / Applied /
 *   Interview / Offer / Rejected; the API's stage types (github.com/mattmck/huntr-cli,
 *   docs/ENTITY-TYPES.md) are WISHLIST, APPLY, ON_SITE_INTERVIEW, OFFER_RECEIVED, REJECTED.
 *   Mapping `createdAt` to the day the job was saved and `lastMovedAt` to the day it reached its
 *   current list is OUR GUESS (the export has no applied date).
 * - Teal: no export sample found. Teal's Job Tracker table shows `Job Position, Company,
 *   Min. Salary / Max. Salary, Location, Status, Date Saved, Deadline, Date Applied, Follow up,
 *   Excitement`; the same column list appears in a third-party tracker template (a public repo's
 *   `tracker.csv` docs). That the CSV export uses these names is A GUESS, as are `URL`,
 *   `Job Description` and `Notes`. Statuses Bookmarked / Applying / Applied / Interviewing /
 *   Negotiating / Accepted (plus Archived) are from Teal's UI as described publicly.
 */
const ALIASES: Record<TrackerField, readonly string[]> = {
  company: ['company', 'companyname', 'employer', 'organization', 'organisation'],
  role: ['role', 'title', 'jobtitle', 'jobposition', 'position', 'roletitle', 'jobrole'],
  applied_on: ['appliedon', 'dateapplied', 'applieddate', 'applicationdate', 'applied'],
  stage_reached: ['stagereached', 'furtheststage'],
  outcome: ['outcome', 'result'],
  outcome_on: ['outcomeon', 'outcomedate', 'closedon', 'dateclosed', 'decisiondate'],
  outcome_reason: ['outcomereason', 'reason', 'rejectionreason'],
  listing_url: ['listingurl', 'url', 'joburl', 'link', 'joblink', 'postingurl', 'jobpostingurl'],
  notes: ['notes', 'note', 'comments'],
  status: ['status', 'listname', 'list', 'applicationstatus', 'stage'],
  saved_on: ['datesaved', 'savedon', 'createdat', 'dateadded'],
  status_on: ['lastmovedat', 'statusdate', 'statuson'],
  location: ['location', 'city'],
  listing_text: ['htmldescription', 'jobdescription', 'description', 'listingtext'],
  source: ['source', 'rootdomain', 'jobboard'],
  salary_min: ['minsalary', 'salarymin'],
  salary_max: ['maxsalary', 'salarymax'],
  tags: ['tags', 'tag', 'labels', 'label'],
  priority: ['priority'],
};

const FIELD_BY_ALIAS = new Map<string, TrackerField>();
for (const [field, names] of Object.entries(ALIASES) as [TrackerField, readonly string[]][]) {
  for (const n of names) FIELD_BY_ALIAS.set(n, field);
}
const CANONICAL_KEYS = new Set<string>(CANONICAL_COLUMNS.map((c) => normalizeHeader(c)));

/**
 * Compare headers ignoring case, spaces, underscores, dashes and dots ("Applied On" = applied_on,
 * "Max. Salary" = maxsalary), and any byte-order mark a concatenation left behind.
 */
export function normalizeHeader(name: string): string {
  return name.replace(/\uFEFF/g, '').toLowerCase().replace(/[\s_.\-]+/g, '');
}

export interface ColumnMap {
  format: TrackerFormat;
  /** Index of the column for each field found. */
  index: Partial<Record<TrackerField, number>>;
  /** Header as typed → field it was read as. */
  mapped: Record<string, TrackerField>;
  /** Headers as typed that nothing reads (reported, not an error). */
  unknown: string[];
  /** Header as typed for each field, for messages. */
  label: Partial<Record<TrackerField, string>>;
}

/** Read the header line: which column is which field, and which export it came from. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const keys = header.map(normalizeHeader);
  const has = (k: string) => keys.includes(k);
  const format: TrackerFormat =
    has('listname') || (has('companyname') && has('title') && (has('lastmovedat') || has('boardname') || has('rootdomain')))
      ? 'huntr'
      : has('jobposition') && (has('excitement') || has('datesaved') || has('followup') || has('maxsalary'))
        ? 'teal'
        : 'generic';
  const index: ColumnMap['index'] = {};
  const mapped: ColumnMap['mapped'] = {};
  const label: ColumnMap['label'] = {};
  const unknown: string[] = [];
  let allCanonical = true;
  header.forEach((name, i) => {
    const key = keys[i]!;
    if (key === '') return; // an unnamed trailing column from a spreadsheet: nothing to report
    const field = FIELD_BY_ALIAS.get(key);
    if (!field || index[field] !== undefined) {
      unknown.push(name);
      return;
    }
    if (!CANONICAL_KEYS.has(key)) allCanonical = false;
    index[field] = i;
    mapped[name] = field;
    label[field] = name.replace(/\uFEFF/g, '').trim();
  });
  if (index.company === undefined || index.role === undefined) {
    const missing = [index.company === undefined ? 'company' : null, index.role === undefined ? 'role' : null].filter(Boolean).join(' and ');
    throw new UserError(
      'MISSING_COLUMNS',
      `Line 1: no ${missing} column found in the header (${header.map((h) => JSON.stringify(h)).join(', ')}). Expected the columns ${CANONICAL_COLUMNS.join(', ')}, or a Huntr or Teal export.`,
    );
  }
  return { format: format === 'generic' && allCanonical ? 'canonical' : format, index, mapped, unknown, label };
}
