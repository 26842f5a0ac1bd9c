import { deriveStage, CLOSING_STAGES, PROGRESS_STAGES, type ApplicationSummary, type Stage } from '@secondround/core';
import { SqliteAdapter, sql, type RawBuilder } from 'kysely';
import type { Executor } from './executor';
import { decodeCursor, encodeCursor } from './cursor';
import { decodeTags, priorityOf } from './applications';

/**
 * The owner check of the page's per-application subqueries, written so no index can serve it:
 * `(x.owner_id || '')`. Correlated on both the owner and the application, PostgreSQL without
 * statistics yet (a new or just imported database) ANDs the owner index (every step of the person)
 * with the application index on every row: 84 ms of PostgreSQL CPU for a page of 500, against
 * 16 ms this way; the same once analysed. Not for joins or `isClosedSql`: there it stops PostgreSQL
 * with statistics from using the application index (`?status=open` 15 -> 67 ms, Today 17 -> 185 ms).
 */
function sameOwner(alias: string, outer: string) {
  return sql`(${sql.ref(`${alias}.owner_id`)} || '') = ${sql.ref(`${outer}.owner_id`)}`;
}

/** A stage's funnel rank (`stageRank`) as SQL, for the progress stages that count. */
export function progressRank(alias: string) {
  const ref = sql.ref(`${alias}.stage`);
  return sql<number>`case ${sql.join(PROGRESS_STAGES.map((stage, rank) => sql`when ${ref} = ${sql.lit(stage)} then ${sql.lit(rank)}`), sql` `)} end`;
}

/**
 * Whether an application (the `applications` row of the outer query) is closed, as `deriveStage`
 * decides it, in SQL: the board asks for open ones, and deriving every application in JS to drop
 * the closed ones read them all. Closed means some closing step C is not followed (on a later
 * day: progress on C's day sorts before it) by a progress step ranked above every progress step
 * up to C's day; `saved` never counts once anything else is on record, and anything closing is.
 * Any C works as well as the last one: a later C only has fewer steps after it and more before.
 * The list test compares this with the JS derivation on the demo and on reopened histories.
 */
export function isClosedSql() {
  const closing = sql.join(CLOSING_STAGES.map((stage) => sql.lit(stage)));
  const progress = sql.join(PROGRESS_STAGES.filter((stage) => stage !== 'saved').map((stage) => sql.lit(stage)));
  return sql<boolean>`exists (select 1 from stage_events c where c.owner_id = applications.owner_id and c.application_id = applications.id and c.stage in (${closing})
    and not exists (select 1 from stage_events p where p.application_id = c.application_id and p.owner_id = c.owner_id and p.stage in (${progress}) and p.date > c.date
      and ${progressRank('p')} > coalesce((select max(${progressRank('b')}) from stage_events b where b.application_id = c.application_id and b.owner_id = c.owner_id and b.stage in (${progress}) and b.date <= c.date), -1)))`;
}

/** A page row as the database names it: one application with its steps and interviews folded in. */
interface PageRow {
  id: string;
  company: string;
  role: string;
  listing_url: string | null;
  source: string | null;
  location: string | null;
  workplace: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  created_at: string;
  updated_at: string;
  tags: string;
  priority: string;
  has_listing: unknown;
  /** `[[stage, date, createdAt], …]`: parsed JSON on PostgreSQL, its text on SQLite, null on PostgreSQL with no steps. */
  events: string | Array<[Stage, string, string]> | null;
  /** A string on PostgreSQL (bigint), a number on SQLite. */
  interview_count: string | number;
  next_interview_at: string | null;
}

/**
 * One page of the owner's applications with their derived stage, newest first, in ONE query: each
 * application's steps come folded into its row as a JSON array, its interviews as a count and the
 * next start. Three queries with a row per step cost a round trip each, about 1,000 more row
 * objects, and the camel-case plugin's copy of every row (together about a third of the request's
 * CPU at 500 applications); the database's own column names are read here, without the plugin.
 * With `status`, only open or closed applications, chosen in SQL by `isClosedSql`; the derivation
 * in JS decides again, so a page is never wrong even where the two disagree.
 */
export async function applicationPage(db: Executor, ownerId: string, page: { cursor?: string | undefined; limit: number; status?: 'open' | 'closed' | undefined }, now: Date): Promise<{ applications: ApplicationSummary[]; nextCursor: string | null }> {
  const raw = db.withoutPlugins();
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const nowIso = now.toISOString();
  const steps = isSqlite ? sql`json_group_array(json_array(e.stage, e.date, e.created_at))` : sql`json_agg(json_build_array(e.stage, e.date, e.created_at))`;
  let after = page.cursor ? (decodeCursor(page.cursor, 'ss') as [string, string]) : null;
  const chunk = page.limit + 1;
  const out: ApplicationSummary[] = [];
  for (;;) {
    const filters: RawBuilder<unknown>[] = [sql`applications.owner_id = ${ownerId}`];
    if (page.status) filters.push(page.status === 'closed' ? isClosedSql() : sql`not ${isClosedSql()}`);
    if (after) filters.push(sql`(applications.created_at < ${after[0]} or (applications.created_at = ${after[0]} and applications.id > ${after[1]}))`);
    const { rows } = await sql<PageRow>`select applications.id, applications.company, applications.role, applications.listing_url, applications.source, applications.location,
        applications.workplace, applications.salary_min, applications.salary_max, applications.salary_currency, applications.created_at, applications.updated_at,
        applications.tags, applications.priority, applications.listing_text is not null as has_listing,
        (select ${steps} from stage_events e where ${sameOwner('e', 'applications')} and e.application_id = applications.id) as events,
        (select count(*) from interviews i where ${sameOwner('i', 'applications')} and i.application_id = applications.id) as interview_count,
        (select min(i.starts_at) from interviews i where ${sameOwner('i', 'applications')} and i.application_id = applications.id and i.starts_at >= ${nowIso}) as next_interview_at
      from applications where ${sql.join(filters, sql` and `)}
      order by applications.created_at desc, applications.id limit ${chunk}`.execute(raw);
    if (rows.length === 0) return { applications: out, nextCursor: null };
    for (const row of rows) {
      const summary = summaryOf(row);
      if (page.status && (summary.outcome !== null) !== (page.status === 'closed')) continue;
      if (out.length === page.limit) {
        const last = out[out.length - 1]!;
        return { applications: out, nextCursor: encodeCursor([last.createdAt, last.id]) };
      }
      out.push(summary);
    }
    if (rows.length < chunk) return { applications: out, nextCursor: null };
    const last = rows[rows.length - 1]!;
    after = [last.created_at, last.id];
  }
}

function summaryOf(a: PageRow): ApplicationSummary {
  const tuples = typeof a.events === 'string' ? (JSON.parse(a.events) as Array<[Stage, string, string]>) : (a.events ?? []);
  const derived = deriveStage(tuples.map(([stage, date, createdAt]) => ({ stage, date, createdAt })));
  // Field by field: spreading a driver's row into a literal with more keys cost about 24 µs an
  // application on V8 11 (half of a 500-row page's CPU).
  return {
    id: a.id,
    company: a.company,
    role: a.role,
    listingUrl: a.listing_url,
    source: a.source,
    location: a.location,
    // Written only through the schema's enum; read back as the column's text.
    workplace: a.workplace as ApplicationSummary['workplace'],
    salaryMin: a.salary_min,
    salaryMax: a.salary_max,
    salaryCurrency: a.salary_currency,
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    tags: decodeTags(a.tags),
    priority: priorityOf(a.priority),
    hasListing: Boolean(a.has_listing),
    stage: derived.current,
    furthestStage: derived.furthest,
    outcome: derived.outcome,
    stageSince: derived.since,
    interviewCount: Number(a.interview_count),
    nextInterviewAt: a.next_interview_at,
  };
}
