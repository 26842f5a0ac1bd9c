import { CLOSING_STAGES, PROGRESS_STAGES } from '@secondround/core';
import { sql, type RawBuilder } from 'kysely';

/** A stage's funnel rank (`stageRank`) as SQL, for the progress stages that count. */
export function progressRank(alias: string) {
  const ref = sql.ref(`${alias}.stage`);
  return sql<number>`case ${sql.join(PROGRESS_STAGES.map((stage, rank) => sql`when ${ref} = ${sql.lit(stage)} then ${sql.lit(rank)}`), sql` `)} end`;
}

const DIGITS = sql.lit('0123456789');
const COMPLEMENT = sql.lit('9876543210');

/** What a page query needs of an application's steps (the `applications` row of the outer query). */
export interface StepsAndClosed {
  /** Joined after `from applications`: empty, or a lateral read of the steps. */
  from: RawBuilder<unknown>;
  /** The steps as `stage US date US createdAt` joined by RS (null with no steps). */
  events: RawBuilder<string | null>;
  /** Whether the application is closed. */
  closed: RawBuilder<boolean>;
}

/**
 * The open/closed rule in SQL, the one place it is written, as `deriveStage` decides it: the board
 * asks for open ones, and deriving every application in JS to drop the closed ones read them all.
 * Closed means some closing step C is not followed (on a later day: progress on C's day sorts
 * before it) by a progress step ranked above every progress step up to C's day; `saved` never
 * counts once anything else is on record, and anything closing is. Any C works as well as the
 * last one: a later C only has fewer steps after it and more before. The list test compares the
 * page with the JS derivation on the demo and on histories that close and reopen, on both databases.
 *
 * PostgreSQL reads each application's steps once (a lateral subquery on the application index),
 * giving both the steps' text and what decides: `lc`, the last closing day, and `top`, the highest
 * progress rank with the EARLIEST day it was reached (the rank as a letter, then the day with its
 * digits complemented, so `max` picks it). If the top rank was first reached on or before `lc`,
 * nothing after can rank above it: closed; if only after, that step ranks above everything
 * before: open. `?status=open` on 1,050 applications: 13.5 -> 11.4 ms of PostgreSQL CPU against the
 * nested NOT EXISTS, which hashed all the person's steps. SQLite has no lateral join (nor
 * `translate`): there the rule is the nested NOT EXISTS, and the steps a correlated subquery.
 *
 * The owner check of the per-application subqueries is written so no index can serve it,
 * `(e.owner_id || '')`: correlated on both the owner and the application, PostgreSQL without
 * statistics yet (a new or just imported database) ANDs the owner index (every step of the person)
 * with the application index on every row: 84 ms of PostgreSQL CPU for a page of 500, against 16
 * ms this way. Not in the NOT EXISTS: there it would stop the application index being used.
 */
export function stepsAndClosed(isSqlite: boolean): StepsAndClosed {
  const closing = sql.join(CLOSING_STAGES.map((stage) => sql.lit(stage)));
  const progress = sql.join(PROGRESS_STAGES.filter((stage) => stage !== 'saved').map((stage) => sql.lit(stage)));
  // Steps as `stage US date US createdAt`, joined by RS (ASCII unit and record separators): none of
  // the three can hold a control character (an enum, an ISO day, an ISO instant, checked on every
  // write), and PostgreSQL's json_agg(json_build_array(…)) cost about 5 µs a step more, a fifth of the query.
  if (isSqlite) {
    return {
      from: sql``,
      events: sql<string | null>`(select group_concat(e.stage || char(31) || e.date || char(31) || e.created_at, char(30)) from stage_events e where (e.owner_id || '') = applications.owner_id and e.application_id = applications.id)`,
      closed: sql<boolean>`exists (select 1 from stage_events c where c.owner_id = applications.owner_id and c.application_id = applications.id and c.stage in (${closing})
        and not exists (select 1 from stage_events p where p.application_id = c.application_id and p.owner_id = c.owner_id and p.stage in (${progress}) and p.date > c.date
          and ${progressRank('p')} > coalesce((select max(${progressRank('b')}) from stage_events b where b.application_id = c.application_id and b.owner_id = c.owner_id and b.stage in (${progress}) and b.date <= c.date), -1)))`,
    };
  }
  return {
    from: sql`cross join lateral (select string_agg(e.stage || chr(31) || e.date || chr(31) || e.created_at, chr(30)) as events,
        max(case when e.stage in (${closing}) then e.date end) as lc,
        max(case when e.stage in (${progress}) then chr(65 + ${progressRank('e')}) || translate(e.date, ${DIGITS}, ${COMPLEMENT}) end) as top
      from stage_events e where (e.owner_id || '') = applications.owner_id and e.application_id = applications.id) ev`,
    events: sql<string | null>`ev.events`,
    closed: sql<boolean>`(ev.lc is not null and (ev.top is null or translate(substr(ev.top, 2), ${DIGITS}, ${COMPLEMENT}) <= ev.lc))`,
  };
}
