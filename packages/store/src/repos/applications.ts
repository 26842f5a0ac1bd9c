import {
  deriveStage,
  sortEvents,
  type Application,
  type ApplicationCreate,
  type ApplicationDetail,
  type ApplicationPatch,
  type ApplicationSummary,
  type Priority,
  type Stage,
  PRIORITIES,
  CLOSING_STAGES,
  PROGRESS_STAGES,
  UserError,
} from '@secondround/core';
import { sql } from 'kysely';
import { newId } from '../ids';
import type { RepoContext } from './executor';
import type { ApplicationsTable } from '../schema';
import { EVENT_COLUMNS, type EventRow } from './events';
import { interviewsRepo } from './interviews';
import { contactsRepo } from './contacts';
import { listingAnalysisColumns } from './listing-analyses';

export const APPLICATION_COLUMNS = [
  'id',
  'company',
  'role',
  'listingText',
  'listingUrl',
  'source',
  'location',
  'workplace',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'notes',
  'createdAt',
  'updatedAt',
  'tags',
  'priority',
] as const;

/** Tags are kept as a JSON array in one text column. */
export function encodeTags(tags: readonly string[] | undefined): string {
  return JSON.stringify(tags ?? []);
}

export function decodeTags(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** A row as read (tags as JSON text) to the application the code sees. */
function fromRow<T extends { tags: string; priority: string }>(row: T): Omit<T, 'tags' | 'priority'> & { tags: string[]; priority: Priority } {
  return { ...row, tags: decodeTags(row.tags), priority: priorityOf(row.priority) };
}

function priorityOf(value: string): Priority {
  return (PRIORITIES as readonly string[]).includes(value) ? (value as Priority) : 'normal';
}

const SUMMARY_COLUMNS = APPLICATION_COLUMNS.filter((c) => c !== 'listingText' && c !== 'notes');

/** A stage's funnel rank (`stageRank`) as SQL, for the progress stages that count. */
function progressRank(alias: string) {
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
function isClosedSql() {
  const closing = sql.join(CLOSING_STAGES.map((stage) => sql.lit(stage)));
  const progress = sql.join(PROGRESS_STAGES.filter((stage) => stage !== 'saved').map((stage) => sql.lit(stage)));
  return sql<boolean>`exists (select 1 from stage_events c where c.owner_id = applications.owner_id and c.application_id = applications.id and c.stage in (${closing})
    and not exists (select 1 from stage_events p where p.application_id = c.application_id and p.owner_id = c.owner_id and p.stage in (${progress}) and p.date > c.date
      and ${progressRank('p')} > coalesce((select max(${progressRank('b')}) from stage_events b where b.application_id = c.application_id and b.owner_id = c.owner_id and b.stage in (${progress}) and b.date <= c.date), -1)))`;
}

/** Applications of one owner. Every method takes the owner's id; another owner's id finds nothing. */
export function applicationsRepo({ db, clock }: RepoContext) {
  return {
    async create(ownerId: string, input: ApplicationCreate): Promise<Application> {
      const now = clock().toISOString();
      const { stage, stageDate, tags, priority, ...fields } = input;
      const row = { id: newId(), ownerId, ...fields, tags: encodeTags(tags), priority: priority ?? 'normal', createdAt: now, updatedAt: now };
      await db.insertInto('applications').values({ ...row, ...listingAnalysisColumns(row.listingText) }).execute();
      await db
        .insertInto('stageEvents')
        .values({
          id: newId(),
          ownerId,
          applicationId: row.id,
          stage: stage ?? 'saved',
          date: stageDate ?? now.slice(0, 10),
          reason: null,
          createdAt: now,
        })
        .execute();
      const { ownerId: _o, ...app } = row;
      return fromRow(app) as Application;
    },

    /**
     * One page of the owner's applications, newest first, after `cursor` (from the page before);
     * `nextCursor` is null on the last page. Keyset paging: a page costs the same at any depth.
     * With `status`, only open (no closing outcome) or closed applications, chosen in SQL with
     * the derivation's own rule (`isClosedSql`), so only the page's rows are read.
     */
    async listPage(ownerId: string, page: { cursor?: string | undefined; limit: number; status?: 'open' | 'closed' | undefined }, now = clock()): Promise<{ applications: ApplicationSummary[]; nextCursor: string | null }> {
      let after = page.cursor ? decodeCursor(page.cursor) : null;
      const chunk = page.limit + 1;
      const out: ApplicationSummary[] = [];
      for (;;) {
        let q = db.selectFrom('applications').select(SUMMARY_COLUMNS).select((eb) => eb('listingText', 'is not', null).as('hasListing')).where('ownerId', '=', ownerId);
        if (page.status) q = q.where(page.status === 'closed' ? isClosedSql() : sql<boolean>`not ${isClosedSql()}`);
        if (after) {
          const { createdAt, id } = after;
          q = q.where((eb) => eb.or([eb('createdAt', '<', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '>', id)])]));
        }
        const pageQuery = q.orderBy('createdAt', 'desc').orderBy('id').limit(chunk);
        const apps = await pageQuery.execute();
        if (apps.length === 0) return { applications: out, nextCursor: null };
        // Unfiltered, the page's rows are named by the page's query, not by a list of its 500 ids:
        // PostgreSQL took about 20 ms to plan an IN list that long, for 1 ms of execution. With a
        // status, the query would evaluate the closed-or-not rule again, which cost more still.
        const ids = page.status ? apps.map((a) => a.id) : pageQuery.clearSelect().select('id');
        const [events, interviews] = await Promise.all([
          db.selectFrom('stageEvents').select(['applicationId', 'stage', 'date', 'createdAt']).where('ownerId', '=', ownerId).where('applicationId', 'in', ids).execute(),
          db.selectFrom('interviews').select(['applicationId', 'startsAt']).where('ownerId', '=', ownerId).where('applicationId', 'in', ids).execute(),
        ]);
        for (const summary of summarize(apps, events, interviews, now)) {
          if (page.status && (summary.outcome !== null) !== (page.status === 'closed')) continue;
          if (out.length === page.limit) {
            const last = out[out.length - 1]!;
            return { applications: out, nextCursor: encodeCursor(last.createdAt, last.id) };
          }
          out.push(summary);
        }
        if (apps.length < chunk) return { applications: out, nextCursor: null };
        const last = apps[apps.length - 1]!;
        after = { createdAt: last.createdAt, id: last.id };
      }
    },

    async list(ownerId: string, now = clock()): Promise<ApplicationSummary[]> {
      const [apps, events, interviews] = await Promise.all([
        db.selectFrom('applications').select(SUMMARY_COLUMNS).select((eb) => eb('listingText', 'is not', null).as('hasListing')).where('ownerId', '=', ownerId).orderBy('createdAt', 'desc').orderBy('id').execute(),
        db.selectFrom('stageEvents').select(['applicationId', 'stage', 'date', 'createdAt']).where('ownerId', '=', ownerId).execute(),
        db.selectFrom('interviews').select(['applicationId', 'startsAt']).where('ownerId', '=', ownerId).execute(),
      ]);
      return summarize(apps, events, interviews, now);
    },

    async get(ownerId: string, id: string): Promise<ApplicationDetail | null> {
      // One round trip for the four reads, not four in a row: each waits on the database, and on a busy machine that wait is most of a request's time.
      const [app, events, interviews, contacts] = await Promise.all([
        db.selectFrom('applications').select(APPLICATION_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst(),
        db.selectFrom('stageEvents').select(EVENT_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', id).execute() as Promise<EventRow[]>,
        interviewsRepo({ db, clock }).listForApplication(ownerId, id),
        contactsRepo({ db, clock }).list(ownerId, { applicationId: id }),
      ]);
      if (!app) return null;
      const derived = deriveStage(events);
      return {
        ...(fromRow(app) as Application & Pick<ApplicationDetail, 'tags' | 'priority'>),
        stage: derived.current,
        furthestStage: derived.furthest,
        outcome: derived.outcome,
        stageSince: derived.since,
        events: sortEvents(events),
        interviews,
        contacts,
      };
    },

    /**
     * Change fields. With `expectedUpdatedAt` (what the editor loaded), a save over a newer
     * version is refused with EDIT_CONFLICT instead of silently winning; the check and the write
     * are one statement, so two saves at once cannot both pass it.
     */
    async update(ownerId: string, id: string, patch: ApplicationPatch, expectedUpdatedAt?: string): Promise<Application | null> {
      const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined).map(([k, v]) => [k, k === 'tags' ? encodeTags(v as string[]) : v]));
      let query = db
        .updateTable('applications')
        .set({ ...values, ...(patch.listingText !== undefined ? listingAnalysisColumns(patch.listingText) : {}), updatedAt: clock().toISOString() })
        .where('ownerId', '=', ownerId)
        .where('id', '=', id);
      if (expectedUpdatedAt !== undefined) query = query.where('updatedAt', '=', expectedUpdatedAt);
      const res = await query.executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) {
        if (expectedUpdatedAt !== undefined && (await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst())) {
          throw new UserError('EDIT_CONFLICT', 'This application was changed in another tab or device after you opened it. Your changes were not saved: reload to see the latest version, then make them again.', 409);
        }
        return null;
      }
      return fromRow(await db.selectFrom('applications').select(APPLICATION_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow()) as Application;
    },

    async remove(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('applications').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async exists(ownerId: string, id: string): Promise<boolean> {
      const row = await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    async count(ownerId: string): Promise<number> {
      const row = await db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).where('ownerId', '=', ownerId).executeTakeFirstOrThrow();
      // count() is a string on PostgreSQL and a number on SQLite.
      return Number(row.n);
    },
  };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

type SummaryRow = Pick<ApplicationsTable, (typeof SUMMARY_COLUMNS)[number]> & { id: string; hasListing: unknown };

function summarize(apps: readonly SummaryRow[], events: ReadonlyArray<{ applicationId: string; stage: string; date: string; createdAt: string }>, interviews: ReadonlyArray<{ applicationId: string; startsAt: string }>, now: Date): ApplicationSummary[] {
  const eventsByApp = groupBy(events, (e) => e.applicationId);
  const nowIso = now.toISOString();
  const interviewsByApp = groupBy(interviews, (i) => i.applicationId);
  return apps.map((a) => {
    const derived = deriveStage((eventsByApp.get(a.id) ?? []) as { stage: Stage; date: string; createdAt: string }[]);
    const mine = interviewsByApp.get(a.id) ?? [];
    let next: string | null = null;
    for (const i of mine) if (i.startsAt >= nowIso && (next === null || i.startsAt < next)) next = i.startsAt;
    // Field by field, in the order the spread of the row gave: spreading a driver's row into a
    // literal with more keys cost about 24 µs an application on V8 11 (half of a 500-row page's CPU).
    return {
      id: a.id,
      company: a.company,
      role: a.role,
      listingUrl: a.listingUrl,
      source: a.source,
      location: a.location,
      // Written only through the schema's enum; read back as the column's text.
      workplace: a.workplace as ApplicationSummary['workplace'],
      salaryMin: a.salaryMin,
      salaryMax: a.salaryMax,
      salaryCurrency: a.salaryCurrency,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      tags: decodeTags(a.tags),
      priority: priorityOf(a.priority),
      hasListing: Boolean(a.hasListing),
      stage: derived.current,
      furthestStage: derived.furthest,
      outcome: derived.outcome,
      stageSince: derived.since,
      interviewCount: mine.length,
      nextInterviewAt: next,
    } satisfies Record<SummaryKey, unknown>;
  });
}

type SummaryKey = keyof ApplicationSummary;

/** A page cursor: the last row's sort key, opaque to the client. */
function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { createdAt: v[0], id: v[1] };
  } catch {
    /* answered below */
  }
  throw new UserError('BAD_CURSOR', 'the page cursor is not one this server gave; start from the first page', 400);
}
