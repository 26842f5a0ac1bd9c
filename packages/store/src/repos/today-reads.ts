import { PROGRESS_STAGES, type Backup, type FollowupApplication } from '@secondround/core';
import { SqliteAdapter, sql } from 'kysely';
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
type Tuple = [string, string, string, string | null, string];

/**
 * The applications Today can say something about, with their steps, in one query: those with an
 * interview in `[from, to]`, those with a follow-up, and those that may sit at `applied` for a
 * month (a step `applied` old enough and no progress past it). Any other application gives Today
 * no item, and reading every application with every step was most of Today's rows and CPU for a
 * person with a thousand of them. Steps come folded into their application's row as JSON.
 */
export async function todayApplications(db: Executor, ownerId: string, window: { from: string; to: string; now: Date }): Promise<{ applications: FollowupApplication[]; stageEvents: EventRow[] }> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const tuple = sql`e.id, e.stage, e.date, e.reason, e.created_at`;
  const steps = isSqlite ? sql`json_group_array(json_array(${tuple}))` : sql`json_agg(json_build_array(${tuple}))`;
  const staleDay = new Date(window.now.getTime() - STALE_READ_DAYS * DAY_MS).toISOString().slice(0, 10);
  const past = sql.join(PAST_APPLIED.map((stage) => sql.lit(stage)));
  const mine = sql`x.owner_id = a.owner_id and x.application_id = a.id`;
  const { rows } = await sql<{ id: string; company: string; role: string; events: string | Tuple[] | null }>`select a.id, a.company, a.role,
      (select ${steps} from stage_events e where e.owner_id = a.owner_id and e.application_id = a.id) as events
    from applications a
    where a.owner_id = ${ownerId} and (
      exists (select 1 from interviews x where ${mine} and x.ends_at >= ${window.from} and x.starts_at <= ${window.to})
      or exists (select 1 from follow_ups x where ${mine})
      or (exists (select 1 from stage_events x where ${mine} and x.stage = 'applied' and x.date <= ${staleDay})
        and not exists (select 1 from stage_events x where ${mine} and x.stage in (${past}))))`.execute(db.withoutPlugins());
  const applications: FollowupApplication[] = [];
  const stageEvents: EventRow[] = [];
  for (const row of rows) {
    applications.push({ id: row.id, company: row.company, role: row.role });
    const tuples = typeof row.events === 'string' ? (JSON.parse(row.events) as Tuple[]) : (row.events ?? []);
    for (const [id, stage, date, reason, createdAt] of tuples) stageEvents.push({ id, applicationId: row.id, stage, date, reason, createdAt } as EventRow);
  }
  // In id order (compared as JS does, whatever the database's collation), as a backup export gives
  // them, so views built from them come out the same.
  applications.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  stageEvents.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { applications, stageEvents };
}
