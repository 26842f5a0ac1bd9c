import { PROGRESS_STAGES, type Backup, type FollowupApplication } from '@secondround/core';
import { sql } from 'kysely';
import type { Executor } from './executor';

const DAY_MS = 86_400_000;
/**
 * Today suggests letting an application go after 30 days at `applied` (core's STALE_APPLIED_DAYS),
 * counted in the person's zone, whose day can be a day ahead of UTC's: read those whose step
 * `applied` is 29 days old in UTC or older, and core decides exactly.
 */
const STALE_READ_DAYS = 29;
/** Progress past `applied`: once one is on record, the card can never sit at `applied` again. */
const PAST_APPLIED = PROGRESS_STAGES.slice(PROGRESS_STAGES.indexOf('applied') + 1);

type EventRow = Backup['stageEvents'][number];

/**
 * The applications Today can say something about, with their steps, in one query: those with an
 * interview in `[from, to]`, those with a follow-up, and those that may sit at `applied` for a
 * month (a step `applied` old enough and no progress past it). Any other application gives Today
 * no item, and reading every application with every step was most of Today's rows and CPU for a
 * person with a thousand of them.
 */
export async function todayApplications(db: Executor, ownerId: string, window: { from: string; to: string; now: Date }): Promise<{ applications: FollowupApplication[]; stageEvents: EventRow[] }> {
  const staleDay = new Date(window.now.getTime() - STALE_READ_DAYS * DAY_MS).toISOString().slice(0, 10);
  const past = sql.join(PAST_APPLIED.map((stage) => sql.lit(stage)));
  // The owner as a constant in each subquery, not `x.owner_id = a.owner_id`: PostgreSQL cannot make
  // an OR of EXISTS into joins, so it hashes each subquery's rows once, and correlated only through
  // the outer row it hashed every person's interviews, follow-ups and steps (a seq scan of whole
  // tables: 58 ms and 1,425 buffers for a person with 42 applications on a server with 200 people,
  // growing with the number of people). With the constant each hash reads the person's rows by the
  // owner index: 1 ms.
  const mine = sql`x.owner_id = ${ownerId} and x.application_id = a.id`;
  // A step per row, its application's name beside it (a left join: an application whose steps were
  // all deleted still counts as open). Folding the steps into JSON in the database cost PostgreSQL
  // more than it saved here; the database's own column names, without the camel-case plugin's copy.
  const { rows } = await sql<{ id: string; company: string; role: string; event_id: string | null; stage: string; date: string; reason: string | null; created_at: string }>`select a.id, a.company, a.role,
      e.id as event_id, e.stage, e.date, e.reason, e.created_at
    from applications a left join stage_events e on e.owner_id = a.owner_id and e.application_id = a.id
    where a.owner_id = ${ownerId} and (
      exists (select 1 from interviews x where ${mine} and x.ends_at >= ${window.from} and x.starts_at <= ${window.to})
      or exists (select 1 from follow_ups x where ${mine})
      or (exists (select 1 from stage_events x where ${mine} and x.stage = 'applied' and x.date <= ${staleDay})
        and not exists (select 1 from stage_events x where ${mine} and x.stage in (${past}))))`.execute(db.withoutPlugins());
  const applications = new Map<string, FollowupApplication>();
  const stageEvents: EventRow[] = [];
  for (const row of rows) {
    if (!applications.has(row.id)) applications.set(row.id, { id: row.id, company: row.company, role: row.role });
    if (row.event_id !== null) stageEvents.push({ id: row.event_id, applicationId: row.id, stage: row.stage, date: row.date, reason: row.reason, createdAt: row.created_at } as EventRow);
  }
  // In id order (compared as JS does, whatever the database's collation), as a backup export gives
  // them, so views built from them come out the same.
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return { applications: [...applications.values()].sort(byId), stageEvents: stageEvents.sort(byId) };
}
