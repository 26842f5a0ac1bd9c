import type { Backup, FollowupApplication, FollowupBackup, StoryTerms } from '@secondround/core';
import type { RepoContext } from './executor';
import { EVENT_COLUMNS } from './events';
import { INTERVIEW_COLUMNS, INTERVIEWER_COLUMNS } from './interviews';
import { DEBRIEF_COLUMNS, storyBankReader } from './prep';
import { FOLLOW_UP_COLUMNS, THANK_YOU_COLUMNS } from './followup';
import { todayApplications } from './today-reads';
import { listingAnalysesRepo } from './listing-analyses';

const DAY_MS = 86_400_000;
/**
 * How far around now Today reads interviews: prep looks 7 days ahead, debriefs 7 days back, notes
 * 4 (the 24-hour deadline and 3 days of grace). A day more each way, since core filters exactly.
 */
const TODAY_WINDOW_DAYS = 8;
/** The calendar feed keeps 30 days of the past; a day more, core filters exactly. */
const CALENDAR_PAST_DAYS = 31;

type RowKey = 'stageEvents' | 'interviews' | 'interviewers' | 'thankYouNotes' | 'debriefs' | 'followUps' | 'stories';
/** A stored row as a backup holds it (the database types its enums as plain text, as `backup.export` does). */
type Row<K extends RowKey> = NonNullable<Backup[K]>[number];

/** Rows in the order a backup export gives them (by id), so views built from them come out the same. */
function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The parts of one owner's records that Today, the calendar feed, the thank-you composer and the
 * follow-up planner read, each by query instead of a whole backup. Each result is what core's
 * function reads from a backup, cut down to the rows that can change its answer: core applies its
 * own exact filters again, so the windows here only need to hold every row that matters.
 */
export function followupReadsRepo(ctx: RepoContext) {
  const { db } = ctx;
  const listingAnalyses = listingAnalysesRepo(ctx);
  const storyBank = storyBankReader(ctx);
  const apps = async (ownerId: string): Promise<FollowupApplication[]> => byId(await db.selectFrom('applications').select(['id', 'company', 'role']).where('ownerId', '=', ownerId).execute());
  const interviewsWhere = (ownerId: string) => db.selectFrom('interviews').where('interviews.ownerId', '=', ownerId);

  return {
    /** What `buildToday` reads at `now`: the applications it can say something about with their stages, every follow-up, and the interviews near now. */
    async today(ownerId: string, now: Date): Promise<FollowupBackup> {
      const from = iso(now.getTime() - TODAY_WINDOW_DAYS * DAY_MS);
      const to = iso(now.getTime() + TODAY_WINDOW_DAYS * DAY_MS);
      const near = () => interviewsWhere(ownerId).select('id').where('endsAt', '>=', from).where('startsAt', '<=', to);
      const [{ applications, stageEvents }, interviews, interviewers, thankYouNotes, debriefs, followUps] = await Promise.all([
        todayApplications(db, ownerId, { from, to, now }),
        interviewsWhere(ownerId).select(INTERVIEW_COLUMNS).where('endsAt', '>=', from).where('startsAt', '<=', to).execute(),
        db.selectFrom('interviewers').select(INTERVIEWER_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', near()).execute(),
        db.selectFrom('thankYouNotes').select(THANK_YOU_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', near()).execute(),
        db.selectFrom('debriefs').select(DEBRIEF_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', near()).execute(),
        db.selectFrom('followUps').select(FOLLOW_UP_COLUMNS).where('ownerId', '=', ownerId).execute(),
      ]);
      return { applications, stageEvents, interviews: byId(interviews) as Row<'interviews'>[], interviewers: byId(interviewers), thankYouNotes: byId(thankYouNotes), debriefs: byId(debriefs) as Row<'debriefs'>[], followUps: byId(followUps) };
    },

    /** What `calendarEntries` reads at `now`: interviews of the last 30 days on, unsent planned follow-ups, and their applications. */
    async calendar(ownerId: string, now: Date): Promise<FollowupBackup> {
      const since = iso(now.getTime() - CALENDAR_PAST_DAYS * DAY_MS);
      const sinceDay = since.slice(0, 10);
      const recent = () => interviewsWhere(ownerId).select('id').where('endsAt', '>=', since);
      const pending = () => db.selectFrom('followUps').where('ownerId', '=', ownerId).where('sentAt', 'is', null).where('plannedOn', 'is not', null).where('plannedOn', '>=', sinceDay);
      // The applications those belong to: their names, and their stages to tell open from closed.
      const appIds = () => interviewsWhere(ownerId).select('applicationId').where('endsAt', '>=', since).union(pending().select('applicationId'));
      const [applications, stageEvents, interviews, interviewers, thankYouNotes, followUps] = await Promise.all([
        db.selectFrom('applications').select(['id', 'company', 'role']).where('ownerId', '=', ownerId).where('id', 'in', appIds()).execute(),
        db.selectFrom('stageEvents').select(EVENT_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', 'in', appIds()).execute(),
        interviewsWhere(ownerId).select(INTERVIEW_COLUMNS).where('endsAt', '>=', since).execute(),
        db.selectFrom('interviewers').select(INTERVIEWER_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', recent()).execute(),
        db.selectFrom('thankYouNotes').select(THANK_YOU_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', recent()).where('sentAt', 'is not', null).execute(),
        pending().select(FOLLOW_UP_COLUMNS).execute(),
      ]);
      return { applications: byId(applications), stageEvents: byId(stageEvents) as Row<'stageEvents'>[], interviews: byId(interviews) as Row<'interviews'>[], interviewers: byId(interviewers), thankYouNotes: byId(thankYouNotes), followUps: byId(followUps) };
    },

    /**
     * What `thankYouContext` reads for one interviewer: every company and every interviewer's name
     * (the checker knows them), the listing and stories for this application, its debrief, and the
     * notes written to anyone at the same company. Empty when the interviewer is not the owner's.
     */
    async composer(ownerId: string, interviewerId: string): Promise<FollowupBackup> {
      const none: FollowupBackup = { applications: [], stageEvents: [], interviews: [], interviewers: [] };
      const target = await db
        .selectFrom('interviewers')
        .innerJoin('interviews', 'interviews.id', 'interviewers.interviewId')
        .select(['interviews.id as interviewId', 'interviews.applicationId'])
        .where('interviewers.ownerId', '=', ownerId)
        .where('interviewers.id', '=', interviewerId)
        .executeTakeFirst();
      if (!target) return none;
      const [applications, interviewers, listing, listingAnalysis] = await Promise.all([
        apps(ownerId),
        db.selectFrom('interviewers').select(INTERVIEWER_COLUMNS).where('ownerId', '=', ownerId).execute(),
        db.selectFrom('applications').select('listingText').where('ownerId', '=', ownerId).where('id', '=', target.applicationId).executeTakeFirst(),
        // The analysis kept with the listing, as the Diagnosis reads it: the composer does not analyse the text again.
        listingAnalyses.ofApplication(ownerId, target.applicationId),
      ]);
      const app = applications.find((a) => a.id === target.applicationId);
      if (!app) return none;
      app.listingText = listing?.listingText ?? null;
      app.listingAnalysis = listingAnalysis;
      // Same company as core compares it (trimmed, lower case), so the near-copy check sees the same notes.
      const key = app.company.trim().toLowerCase();
      const sameCompany = applications.filter((a) => a.company.trim().toLowerCase() === key).map((a) => a.id);
      const interviews = await db.selectFrom('interviews').select(INTERVIEW_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', 'in', sameCompany).execute();
      const interviewIds = interviews.map((i) => i.id);
      const hasListing = !!app.listingText && app.listingText.trim() !== '';
      const [thankYouNotes, debriefs, bank] = await Promise.all([
        db.selectFrom('thankYouNotes').select(THANK_YOU_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', interviewIds).execute(),
        db.selectFrom('debriefs').select(DEBRIEF_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', '=', target.interviewId).execute(),
        // With the terms kept with each story, as the prep route matches stories: none worked out again unless stale.
        hasListing ? storyBank(ownerId) : Promise.resolve({ rows: [], terms: new Map<string, StoryTerms>() }),
      ]);
      return {
        applications,
        stageEvents: [],
        interviews: byId(interviews) as Row<'interviews'>[],
        interviewers: byId(interviewers),
        thankYouNotes: byId(thankYouNotes),
        debriefs: byId(debriefs) as Row<'debriefs'>[],
        stories: byId(bank.rows) as Row<'stories'>[],
        storyTerms: bank.terms,
      };
    },

    /** What the follow-up planner reads for one application: it, its stages, interviews, interviewers, notes and debriefs. */
    async planner(ownerId: string, applicationId: string): Promise<FollowupBackup> {
      const ofApp = () => interviewsWhere(ownerId).select('id').where('applicationId', '=', applicationId);
      const [applications, stageEvents, interviews, interviewers, thankYouNotes, debriefs] = await Promise.all([
        db.selectFrom('applications').select(['id', 'company', 'role']).where('ownerId', '=', ownerId).where('id', '=', applicationId).execute(),
        db.selectFrom('stageEvents').select(EVENT_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).execute(),
        interviewsWhere(ownerId).select(INTERVIEW_COLUMNS).where('applicationId', '=', applicationId).execute(),
        db.selectFrom('interviewers').select(INTERVIEWER_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', ofApp()).execute(),
        db.selectFrom('thankYouNotes').select(THANK_YOU_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', ofApp()).execute(),
        db.selectFrom('debriefs').select(DEBRIEF_COLUMNS).where('ownerId', '=', ownerId).where('interviewId', 'in', ofApp()).execute(),
      ]);
      return {
        applications,
        stageEvents: byId(stageEvents) as Row<'stageEvents'>[],
        interviews: byId(interviews) as Row<'interviews'>[],
        interviewers: byId(interviewers),
        thankYouNotes: byId(thankYouNotes),
        debriefs: byId(debriefs) as Row<'debriefs'>[],
      };
    },

    /** Who a note or message goes to: the interviewer's name and address; null when not the owner's. */
    async interviewer(ownerId: string, id: string): Promise<{ name: string; email: string | null } | null> {
      return (await db.selectFrom('interviewers').select(['name', 'email']).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst()) ?? null;
    },

    /**
     * The zone of the owner's latest interview (the one they entered most recently by start), which
     * stands for their own zone when they set none; null without interviews.
     */
    async latestInterviewZone(ownerId: string): Promise<string | null> {
      const row = await interviewsWhere(ownerId).select('timeZone').orderBy('startsAt', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      return row?.timeZone ?? null;
    },
  };
}
