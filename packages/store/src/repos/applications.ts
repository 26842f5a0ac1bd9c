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
  UserError,
} from '@secondround/core';
import { newId } from '../ids';
import type { Executor, RepoContext } from './executor';
import type { ApplicationsTable } from '../schema';
import { EVENT_COLUMNS, type EventRow } from './events';
import { interviewsRepo } from './interviews';
import { contactsRepo } from './contacts';
import { applicationPageJson } from './application-page-json';
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

export function priorityOf(value: string): Priority {
  return (PRIORITIES as readonly string[]).includes(value) ? (value as Priority) : 'normal';
}

const SUMMARY_COLUMNS = APPLICATION_COLUMNS.filter((c) => c !== 'listingText' && c !== 'notes');

/** Applications of one owner. Every method takes the owner's id; another owner's id finds nothing. */
export function applicationsRepo({ db, clock }: RepoContext) {
  return {
    async create(ownerId: string, input: ApplicationCreate): Promise<Application> {
      const now = clock().toISOString();
      const { stage, stageDate, tags, priority, ...fields } = input;
      const row = { id: newId(), ownerId, ...fields, tags: encodeTags(tags), priority: priority ?? 'normal', createdAt: now, updatedAt: now };
      // The application and its first stage together: one without the other is a card with no column.
      const write = async (tx: Executor) => {
        await tx.insertInto('applications').values({ ...row, ...(await listingAnalysisColumns(row.listingText)) }).execute();
        await tx
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
      };
      await (db.isTransaction ? write(db) : db.transaction().execute(write));
      const { ownerId: _o, ...app } = row;
      return fromRow(app) as Application;
    },

    /**
     * One page of the owner's applications, newest first, after `cursor` (from the page before);
     * `nextCursor` is null on the last page. Keyset paging: a page costs the same at any depth.
     * With `status`, only open (no closing outcome) or closed applications, chosen in SQL with
     * the derivation's own rule (`stepsAndClosed`), so only the page's rows are read. Parsed from
     * `listPageJson`'s text: one page query to keep (and to warm), not two.
     */
    async listPage(ownerId: string, page: { cursor?: string | undefined; limit: number; status?: 'open' | 'closed' | undefined }, now = clock()): Promise<{ applications: ApplicationSummary[]; nextCursor: string | null }> {
      return JSON.parse(await applicationPageJson(db, ownerId, page, now)) as { applications: ApplicationSummary[]; nextCursor: string | null };
    },

    /** `listPage`'s answer as its JSON text, built without the objects (the route sends it as it is). */
    async listPageJson(ownerId: string, page: { cursor?: string | undefined; limit: number; status?: 'open' | 'closed' | undefined }, now = clock()): Promise<string> {
      return applicationPageJson(db, ownerId, page, now);
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
        .set({ ...values, ...(patch.listingText !== undefined ? await listingAnalysisColumns(patch.listingText) : {}), updatedAt: clock().toISOString() })
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
