import { LIMITS, normalizeTags, TAG_LIMITS, type ApplicationCreate, type Priority, type ProgressStage, type StageEventInput } from '@secondround/core';
import type { ColumnMap, TrackerField } from './columns';
import { parseDate, parseOutcome, parseSalary, parseStageReached, parseStatus, type Outcome, STAGE_REACHED_VALUES, OUTCOME_VALUES } from './values';

/** An application and its history, shaped as the store's `BulkApplication`, plus the line it came from. */
export interface TrackerItem {
  line: number;
  application: Omit<ApplicationCreate, 'stage' | 'stageDate'>;
  events: StageEventInput[];
}

export interface RowProblem {
  line: number;
  /** The column as typed in the header, when the problem is in one cell. */
  column?: string;
  message: string;
}

/** Limit of a stage event's reason (`stageEventInputSchema`). */
const REASON_MAX = 2_000;

/**
 * Turn one data row into an application with its stage events, or say every problem in it.
 * Dating, where the row is silent: every stage reached is dated `applied_on` (the file has no
 * per-round dates), except the stage a tracker's status names, dated by its status date
 * (Huntr's `lastMovedAt`); the closing outcome is dated `outcome_on`, else the status date, else
 * the last date known. Implied stages: `roundN` implies rounds 1…N−1 (rounds are numbered in
 * order); `accepted` and `offer_declined` imply `offer`; anything past saved implies `applied`.
 * A screen is never invented. A saved date after the applied date is dropped (Teal users often
 * track a job after applying), since a later "saved" event would read as the current stage.
 */
export function mapRow(fields: readonly string[], line: number, cols: ColumnMap): { item: TrackerItem } | { problems: RowProblem[] } {
  // One reader per row with prototype methods: closures made per row cost more than the parsing
  // itself on 100,000 rows (tsx's keepNames wraps each one).
  const r = new RowReader(fields, line, cols);
  const problems = r.problems;
  const company = r.required('company');
  const role = r.required('role');
  const url = r.optional('listing_url', LIMITS.url)?.trim() ?? null;
  if (url !== null && !/^https?:\/\/\S/i.test(url)) r.fail('listing_url', `${quoteValue(url)} is not a web address starting with http:// or https://`);
  const notes = r.optional('notes', LIMITS.notes);
  const reason = r.optional('outcome_reason', REASON_MAX);
  const location = r.optional('location', LIMITS.shortText);
  const source = r.optional('source', LIMITS.shortText);
  const listingText = r.optional('listing_text', LIMITS.listingText);
  const tags = r.tags();
  const priority = r.priority();
  const salaryMin = r.salary('salary_min');
  const salaryMax = r.salary('salary_max');
  if (salaryMin !== null && salaryMax !== null && salaryMin > salaryMax) r.fail('salary_min', `(${salaryMin}) is more than ${r.label('salary_max')} (${salaryMax})`);

  const appliedOn = r.date('applied_on');
  const outcomeOn = r.date('outcome_on');
  const savedOn = r.date('saved_on');
  const statusOn = r.date('status_on');

  const stageRaw = r.raw('stage_reached').trim();
  const outcomeRaw = r.raw('outcome').trim();
  const statusRaw = r.raw('status').trim();
  let reached: ProgressStage | null = null;
  let outcome: Outcome | null = null;
  let statusDated = false;
  if (stageRaw !== '') {
    reached = parseStageReached(stageRaw) ?? null;
    if (!reached) r.fail('stage_reached', `${quoteValue(stageRaw)} is not one of ${STAGE_REACHED_VALUES.join(', ')}`);
  }
  if (outcomeRaw !== '') {
    outcome = parseOutcome(outcomeRaw) ?? null;
    if (!outcome) r.fail('outcome', `${quoteValue(outcomeRaw)} is not one of ${OUTCOME_VALUES.join(', ')}`);
  }
  if (stageRaw === '' && outcomeRaw === '' && statusRaw !== '') {
    const meaning = parseStatus(statusRaw);
    if (!meaning) r.fail('status', `${quoteValue(statusRaw)} is not a status we know (such as Wishlist, Applied, Interviewing, Offer, Rejected)`);
    else {
      reached = meaning.stage;
      outcome = meaning.outcome;
      statusDated = statusOn !== null;
    }
  }
  if (outcome === 'open') outcome = null;
  if (problems.length > 0) return { problems };

  if (reached === 'accepted' && outcome !== null && outcome !== 'accepted') {
    r.fail('stage_reached', `is accepted but ${r.label('outcome')} is ${outcome}`);
  }
  if (outcome === null && reason !== null) r.fail('outcome_reason', `is filled but ${r.label('outcome')} is open or empty`);
  if (outcome === null && outcomeOn !== null) r.fail('outcome_on', `is filled but ${r.label('outcome')} is open or empty`);
  if (outcome !== null && (reached === null || reached === 'saved')) reached = 'applied';
  if (reached === null && appliedOn !== null) reached = 'applied';

  const events: StageEventInput[] = [];
  const base = appliedOn ?? savedOn ?? statusOn ?? outcomeOn;
  if (reached === null || reached === 'saved') {
    if (savedOn !== null) events.push({ stage: 'saved', date: savedOn, reason: null });
  } else if (base === null) {
    r.fail(outcome !== null ? 'outcome_on' : 'applied_on', `is needed: a row that reached ${reached}${outcome ? ` and ended ${outcome}` : ''} needs a date`);
  } else {
    const appliedDate = appliedOn ?? base;
    if (savedOn !== null && savedOn <= appliedDate) events.push({ stage: 'saved', date: savedOn, reason: null });
    events.push({ stage: 'applied', date: appliedDate, reason: null });
    const statusDate = statusDated && outcome === null && statusOn !== null && statusOn > appliedDate ? statusOn : appliedDate;
    // An offer implied by the outcome (accepted, offer_declined) is dated with the outcome.
    const offerOn = outcome === 'accepted' || outcome === 'offer_declined' ? (outcomeOn ?? statusDate) : statusDate;
    for (const stage of impliedStages(reached, outcome)) {
      const onDate = stage === 'offer' || stage === 'accepted' ? offerOn : stage === reached ? statusDate : appliedDate;
      events.push({ stage, date: onDate, reason: stage === 'accepted' ? reason : null });
    }
    let lastDate = appliedDate;
    for (const e of events) if (e.date > lastDate) lastDate = e.date;
    if (outcome === 'accepted' && outcomeOn !== null && outcomeOn < appliedDate) {
      r.fail('outcome_on', `(${outcomeOn}) is before ${r.label('applied_on')} (${appliedDate})`);
    }
    if (outcome !== null && outcome !== 'accepted') {
      const closeOn = outcomeOn ?? (statusDated && statusOn !== null ? statusOn : lastDate);
      if (closeOn < lastDate) {
        r.fail(outcomeOn !== null ? 'outcome_on' : 'status_on', `(${closeOn}) is before ${appliedOn !== null ? r.label('applied_on') : 'the date the application was made'} (${lastDate})`);
      }
      events.push({ stage: outcome, date: closeOn, reason });
    }
  }
  if (problems.length > 0) return { problems };
  return {
    item: {
      line,
      application: {
        company,
        role,
        listingText,
        listingUrl: url,
        source,
        location,
        workplace: null,
        salaryMin,
        salaryMax,
        salaryCurrency: null,
        notes,
        tags,
        priority,
      },
      events,
    },
  };
}

const ROUNDS: readonly ProgressStage[] = ['round1', 'round2', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8'];

/**
 * The progress stages after `applied` that reaching `stage` implies, in funnel order; an accepted
 * or declined offer implies the offer (and acceptance) whatever stage the row names.
 */
function impliedStages(stage: ProgressStage, outcome: Outcome | null): ProgressStage[] {
  const out: ProgressStage[] = [];
  const round = ROUNDS.indexOf(stage);
  if (round >= 0) for (let i = 0; i <= round; i++) out.push(ROUNDS[i]!);
  else if (stage === 'screen' || stage === 'offer') out.push(stage);
  if (stage === 'accepted' || outcome === 'accepted' || outcome === 'offer_declined') {
    if (stage !== 'offer') out.push('offer');
    if (stage === 'accepted' || outcome === 'accepted') out.push('accepted');
  }
  return out;
}

function quoteValue(v: string): string {
  return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
}

class RowReader {
  readonly problems: RowProblem[] = [];
  private readonly placeholder: string | null;
  constructor(
    private readonly fields: readonly string[],
    private readonly line: number,
    private readonly cols: ColumnMap,
  ) {
    // Huntr writes "-" for an empty cell.
    this.placeholder = cols.format === 'huntr' ? '-' : null;
  }

  raw(f: TrackerField): string {
    const i = this.cols.index[f];
    const v = i === undefined ? '' : (this.fields[i] ?? '');
    return v === this.placeholder ? '' : v;
  }

  label(f: TrackerField): string {
    return this.cols.label[f] ?? f;
  }

  fail(f: TrackerField, message: string): void {
    const label = this.label(f);
    this.problems.push({ line: this.line, column: label, message: `${label} ${message}` });
  }

  required(f: 'company' | 'role'): string {
    const v = this.raw(f).trim();
    if (v === '') this.fail(f, 'is empty');
    else if (v.length > LIMITS.name) this.fail(f, `is longer than ${LIMITS.name} characters`);
    return v;
  }

  optional(f: TrackerField, max: number): string | null {
    const v = this.raw(f);
    if (v === '' || v.trim() === '') return null;
    if (v.length > max) this.fail(f, `is longer than ${max} characters`);
    return v;
  }

  date(f: TrackerField): string | null {
    const v = this.raw(f);
    if (v === '') return null;
    const r = parseDate(v, this.cols.format);
    if (!r.ok) this.fail(f, `${quoteValue(v.trim())} ${r.message}`);
    return r.ok ? r.date : null;
  }

  /** Tags in one cell, separated by commas, semicolons or bars ("remote; fintech"). */
  tags(): string[] {
    const tags = normalizeTags(this.raw('tags').split(/[,;|]/));
    if (tags.length > TAG_LIMITS.count) this.fail('tags', `has ${tags.length} tags; at most ${TAG_LIMITS.count}`);
    const long = tags.find((t) => t.length > TAG_LIMITS.length);
    if (long) this.fail('tags', `${quoteValue(long)} is longer than ${TAG_LIMITS.length} characters`);
    return tags;
  }

  priority(): Priority {
    const v = this.raw('priority').trim().toLowerCase();
    if (v === '' || v === 'normal' || v === 'medium') return 'normal';
    if (v === 'low' || v === 'high') return v;
    this.fail('priority', `${quoteValue(v)} is not low, normal or high`);
    return 'normal';
  }

  salary(f: 'salary_min' | 'salary_max'): number | null {
    const v = this.raw(f);
    if (v === '') return null;
    const n = parseSalary(v);
    if (n === undefined) this.fail(f, `${quoteValue(v.trim())} is not an amount such as 85000`);
    return n ?? null;
  }
}
