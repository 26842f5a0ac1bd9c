import { ALL_STAGES, PRIORITIES, deriveStage, type Stage } from '@secondround/core';
import { CompiledQuery, SqliteAdapter, sql, type RawBuilder } from 'kysely';
import type { Executor } from './executor';
import { decodeCursor, encodeCursor } from './cursor';
import { decodeTags, priorityOf } from './applications';
import { stepsAndClosed } from './application-closed';

/** A page row: the stored fields already as JSON text, with what the derivation needs beside it. */
interface JsonPageRow {
  id: string;
  created_at: string;
  /** `{"id":…,"company":…,…,"updatedAt":…}`: the columns the summary passes on unchanged, in its key order. */
  head: string;
  tags: string;
  priority: string;
  has_listing: unknown;
  /** The steps, `stage US date US createdAt` joined by RS; null with no steps. */
  events: string | null;
  /** `count next`: the interview count, a space, then the next start or nothing. */
  interviews: string;
}

const RS = String.fromCharCode(30);
const US = String.fromCharCode(31);

function stepOf(text: string): { stage: Stage; date: string; createdAt: string } {
  // Two separators a step (none of the three can hold one): sliced, without the array a split makes.
  const a = text.indexOf(US);
  const b = text.indexOf(US, a + 1);
  return { stage: text.slice(0, a) as Stage, date: text.slice(a + 1, b), createdAt: text.slice(b + 1) };
}

const q = (v: string | null): string => (v === null ? 'null' : JSON.stringify(v));

/** Stage and priority names as JSON strings, written once: five of them a row otherwise went through JSON.stringify. */
const QUOTED = new Map<string, string>([...ALL_STAGES, ...PRIORITIES].map((name) => [name, JSON.stringify(name)]));
const qName = (v: string | null): string => (v === null ? 'null' : (QUOTED.get(v) ?? JSON.stringify(v)));

/**
 * The stored fields of the summary as one JSON object, built by the database in the summary's key
 * order. PostgreSQL's `row_to_json` and SQLite's `json_object` write compact JSON and escape text
 * as `JSON.stringify` does (quotes, backslashes, control characters; nothing else): the list test
 * compares the two byte for byte on awkward text on both databases.
 */
function headSql(isSqlite: boolean): RawBuilder<string> {
  const fields: Array<[string, string]> = [
    ['id', 'id'],
    ['company', 'company'],
    ['role', 'role'],
    ['listingUrl', 'listing_url'],
    ['source', 'source'],
    ['location', 'location'],
    ['workplace', 'workplace'],
    ['salaryMin', 'salary_min'],
    ['salaryMax', 'salary_max'],
    ['salaryCurrency', 'salary_currency'],
    ['createdAt', 'created_at'],
    ['updatedAt', 'updated_at'],
  ];
  if (isSqlite) return sql<string>`json_object(${sql.join(fields.map(([key, col]) => sql`${sql.lit(key)}, ${sql.ref(`applications.${col}`)}`))})`;
  return sql<string>`(select row_to_json(h)::text from (select ${sql.join(fields.map(([key, col]) => sql`${sql.ref(`applications.${col}`)} as ${sql.id(key)}`))}) h)`;
}

type Slot = 'owner' | 'now' | 'afterAt' | 'afterId' | 'chunk';
const SLOTS: readonly Slot[] = ['owner', 'now', 'afterAt', 'afterId', 'chunk'];
/** Stand-ins for the values while the query is compiled: the compiled parameters are then matched back to their slot. */
const STAND_IN = Object.fromEntries(SLOTS.map((slot) => [slot, `\u0000slot:${slot}`])) as Record<Slot, string>;
const SLOT_OF = new Map(SLOTS.map((slot) => [STAND_IN[slot], slot]));

interface PageQuery {
  sql: string;
  slots: Slot[];
}

/** The page query of each shape (database, status filter, with or without a cursor), compiled once. */
const compiledPages = new Map<string, PageQuery>();

/**
 * The page query, compiled once per shape: building and compiling the query tree was about a
 * tenth of the read's CPU in the app, and it only ever differs by its values.
 */
function pageQuery(raw: Executor, isSqlite: boolean, status: 'open' | 'closed' | undefined, withCursor: boolean): PageQuery {
  const key = `${isSqlite}|${status ?? ''}|${withCursor}`;
  const cached = compiledPages.get(key);
  if (cached) return cached;
  const head = headSql(isSqlite);
  const steps = stepsAndClosed(isSqlite);
  const filters: RawBuilder<unknown>[] = [sql`applications.owner_id = ${STAND_IN.owner}`];
  if (status) filters.push(status === 'closed' ? steps.closed : sql`not ${steps.closed}`);
  if (withCursor) filters.push(sql`(applications.created_at < ${STAND_IN.afterAt} or (applications.created_at = ${STAND_IN.afterAt} and applications.id > ${STAND_IN.afterId}))`);
  // The owner check of the interviews' subquery cannot use an index on purpose: see `stepsAndClosed`.
  const compiled = sql`select applications.id, applications.created_at, ${head} as head, applications.tags, applications.priority,
        applications.listing_text is not null as has_listing, ${steps.events} as events,
        (select count(*) || ' ' || coalesce(min(case when i.starts_at >= ${STAND_IN.now} then i.starts_at end), '') from interviews i
          where (i.owner_id || '') = applications.owner_id and i.application_id = applications.id) as interviews
      from applications ${steps.from} where ${sql.join(filters, sql` and `)}
      order by applications.created_at desc, applications.id limit ${STAND_IN.chunk}`.compile(raw);
  const slots = compiled.parameters.map((p) => {
    const slot = SLOT_OF.get(p as string);
    if (!slot) throw new Error('the page query has a parameter that is not one of its slots');
    return slot;
  });
  const query = { sql: compiled.sql, slots };
  compiledPages.set(key, query);
  return query;
}

/**
 * One page of the owner's applications with their derived stage, newest first, as the JSON text
 * of `{ applications, nextCursor }` (`ApplicationSummary` objects), in ONE query: each
 * application's steps folded into its row, its interviews as a count and the next start. With
 * `status`, only open or closed applications, chosen in SQL by `stepsAndClosed`; the derivation in
 * JS decides again, so a page is never wrong even where the two disagree. The list is the board's
 * read and the heaviest one: building 500 summaries as objects, then serialising them, cost about
 * half the request's CPU (the driver's row objects, the copies, the garbage). Here the database
 * writes the stored fields as JSON and the stage is derived per row in JS (the derivation lives in
 * core only) and spliced in as text, byte for byte what `JSON.stringify` makes of the objects.
 */
export async function applicationPageJson(db: Executor, ownerId: string, page: { cursor?: string | undefined; limit: number; status?: 'open' | 'closed' | undefined }, now: Date): Promise<string> {
  const raw = db.withoutPlugins();
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const values: Record<Slot, string | number> = { owner: ownerId, now: now.toISOString(), afterAt: '', afterId: '', chunk: page.limit + 1 };
  let after = page.cursor ? (decodeCursor(page.cursor, 'ss') as [string, string]) : null;
  const chunk = page.limit + 1;
  // The body is written as one join of its pieces: a row's summary, its comma, the page's ends.
  const out: string[] = ['{"applications":['];
  let count = 0;
  let lastOut: [string, string] | null = null;
  const finish = (more: boolean) => {
    out.push(`],"nextCursor":${more && lastOut ? q(encodeCursor(lastOut)) : 'null'}}`);
    return out.join('');
  };
  for (;;) {
    const query = pageQuery(raw, isSqlite, page.status, after !== null);
    if (after) [values.afterAt, values.afterId] = after;
    const { rows } = await raw.executeQuery<JsonPageRow>(CompiledQuery.raw(query.sql, query.slots.map((slot) => values[slot])));
    if (rows.length === 0) return finish(false);
    for (const row of rows) {
      const derived = deriveStage(row.events === null ? [] : row.events.split(RS).map(stepOf));
      if (page.status && (derived.outcome !== null) !== (page.status === 'closed')) continue;
      if (count === page.limit) return finish(true);
      const space = row.interviews.indexOf(' ');
      const next = row.interviews.slice(space + 1);
      const tags = row.tags === '[]' ? '[]' : JSON.stringify(decodeTags(row.tags));
      if (count > 0) out.push(',');
      out.push(
        row.head.slice(0, -1),
        `,"tags":${tags},"priority":${qName(priorityOf(row.priority))},"hasListing":${Boolean(row.has_listing)},"stage":${qName(derived.current)},"furthestStage":${qName(derived.furthest)},"outcome":${qName(derived.outcome)},"stageSince":${q(derived.since)},"interviewCount":${Number(row.interviews.slice(0, space))},"nextInterviewAt":${next === '' ? 'null' : q(next)}}`,
      );
      count++;
      lastOut = [row.created_at, row.id];
    }
    if (rows.length < chunk) return finish(false);
    const last = rows[rows.length - 1]!;
    after = [last.created_at, last.id];
  }
}
