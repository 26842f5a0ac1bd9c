import { z } from 'zod';
import type { Backup } from '../backup/backup';
import { analyzeListing, type ListingAnalysis } from '../listing/analyze';
import type { StoredListingAnalysis } from '../listing/storage';
import { storyFromRow } from '../prep/diagnosis';
import { storyMatcher } from '../stories/match';
import type { StoryTerms } from '../stories/terms';
import { thankYouDeadline } from '../notes/draft';
import { thankYouFromRow, type ThankYouNote } from './records';

/** What the note checker is told about an interview; the composer sends it with each check. */
export const noteCheckContextSchema = z.object({
  interviewers: z.array(z.string().max(200)).min(1, 'at least one interviewer').max(50),
  company: z.string().min(1).max(300),
  role: z.string().max(300).nullish(),
  otherCompanies: z.array(z.string().max(300)).max(5_000).default([]),
  otherPeople: z.array(z.string().max(200)).max(10_000).default([]),
  listingTerms: z.array(z.string().max(300)).max(2_000).default([]),
  interviewEnd: z.string().max(64).nullish(),
  sentAt: z.string().max(64).nullish(),
  senderName: z.string().max(200).nullish(),
  /** The full name of the person the note is written to: greeting them is never a wrong name. */
  addressee: z.string().max(200).nullish(),
  /** People who arrange rather than interview (recruiter, coordinator): a note may greet them. */
  contacts: z.array(z.string().max(200)).max(1_000).default([]),
  /** The person's notes to other interviewers at the same company, to catch a near-copy. */
  otherNotes: z.array(z.object({ to: z.string().max(200), text: z.string().max(20_000) })).max(200).default([]),
});
export type NoteCheckContext = z.output<typeof noteCheckContextSchema>;

/**
 * An application as Today, the calendar and the composer read it: a whole backup row fits, and a
 * server query may carry the listing only for the application it composes for.
 */
export type FollowupApplication = Pick<Backup['applications'][number], 'id' | 'company' | 'role'> & {
  listingText?: string | null | undefined;
  /** The analysis kept with the listing (`analyzeListingForStorage`); undefined: not read, so the text is analysed. */
  listingAnalysis?: StoredListingAnalysis | null | undefined;
};

/** The records a thank-you composer, Today and the calendar feed read: a whole backup, or the part a query loaded. */
export type FollowupBackup = { applications: FollowupApplication[] } & Pick<Backup, 'stageEvents' | 'interviews' | 'interviewers'> &
  Partial<Pick<Backup, 'stories' | 'debriefs' | 'prepSheets' | 'thankYouNotes' | 'followUps'>> & {
    /** The terms kept with the stories (`stories.match_terms`), by story id; a story without them is worked out from its text. */
    storyTerms?: ReadonlyMap<string, StoryTerms> | undefined;
  };

export interface ThankYouContext {
  interviewer: { id: string; name: string; email: string | null; title: string | null };
  interview: { id: string; round: number; startsAt: string; endsAt: string; timeZone: string };
  application: { id: string; company: string; role: string };
  /** Due 24 hours after the interview ended (UTC instant). */
  deadline: string;
  check: NoteCheckContext;
  /** Listing requirements with the person's story that covers each, best first (at most two). */
  matches: Array<{ requirement: string; story: string }>;
  /** One detail from the debrief's notes, to show they listened; null when there is none. */
  debriefDetail: string | null;
  note: ThankYouNote | null;
}

const MAX_DETAIL = 140;

function firstSentence(text: string | null | undefined, max: number): string | null {
  if (!text) return null;
  const s = text.trim().split(/(?<=[.!?])\s+|\n/)[0]?.trim() ?? '';
  if (s.length < 8 || s.length > max) return null;
  return s.replace(/[.!?]+$/, '');
}

/**
 * Everything the thank-you composer needs for one interviewer, from an owner's records: who,
 * which interview and application, the deadline, the checker's context (other companies applied
 * to, people met elsewhere, the listing's terms), the listing requirements the person's stories
 * cover, a detail from the debrief, and the saved note. Null when the interviewer is unknown.
 * @example thankYouContext(backup, 'p1')?.check.interviewers // ['Jon Park', 'Zoë Martin']
 */
export function thankYouContext(b: FollowupBackup, interviewerId: string, senderName: string | null = null): ThankYouContext | null {
  const person = b.interviewers.find((p) => p.id === interviewerId);
  const interview = person ? b.interviews.find((i) => i.id === person.interviewId) : undefined;
  const app = interview ? b.applications.find((a) => a.id === interview.applicationId) : undefined;
  if (!person || !interview || !app) return null;
  const here = b.interviewers.filter((p) => p.interviewId === interview.id).map((p) => p.name);
  const hereKeys = new Set(here.map((n) => n.trim().toLowerCase()));
  const company = app.company.trim().toLowerCase();
  const otherCompanies = [...new Set(b.applications.map((a) => a.company).filter((c) => c.trim().toLowerCase() !== company))];
  const otherPeople = [...new Set(b.interviewers.filter((p) => p.interviewId !== interview.id && !hereKeys.has(p.name.trim().toLowerCase())).map((p) => p.name))];
  const contacts = arrangersOf(b, app.id, hereKeys);

  let listingTerms: string[] = [];
  let matches: ThankYouContext['matches'] = [];
  const analysis = app.listingText && app.listingText.trim() !== '' ? listingAnalysisOf(app) : null;
  if (analysis) {
    listingTerms = [...new Set([...analysis.skills, ...analysis.requirements.flatMap((r) => r.skills)])];
    const stories = (b.stories ?? []).map(storyFromRow);
    if (stories.length > 0) {
      const byId = new Map(stories.map((s) => [s.id, s]));
      // The terms kept with the stories where the reader brought them, as the Diagnosis matches.
      const match = storyMatcher(b.storyTerms)(analysis, stories);
      matches = match.coverage
        .map((c, i) => ({ c, req: analysis.requirements[i] }))
        .filter(({ c }) => c.storyIds.length > 0)
        .sort((x, y) => y.c.score - x.c.score)
        .slice(0, 2)
        .map(({ c, req }) => {
          const story = byId.get(c.storyIds[0] ?? '');
          const requirement = req?.skills[0] ?? (c.requirement.length > 60 ? `${c.requirement.slice(0, 57)}…` : c.requirement);
          return { requirement, story: firstSentence(story?.action, 160) ?? story?.title ?? '' };
        })
        .filter((m) => m.story !== '');
    }
  }
  const debrief = (b.debriefs ?? []).find((d) => d.interviewId === interview.id);
  const noteRow = (b.thankYouNotes ?? []).find((n) => n.interviewerId === person.id);
  return {
    interviewer: { id: person.id, name: person.name, email: person.email, title: person.title },
    interview: { id: interview.id, round: interview.round, startsAt: interview.startsAt, endsAt: interview.endsAt, timeZone: interview.timeZone },
    application: { id: app.id, company: app.company, role: app.role },
    deadline: thankYouDeadline(interview.endsAt),
    check: { interviewers: here, company: app.company, role: app.role, otherCompanies, otherPeople, listingTerms, interviewEnd: interview.endsAt, sentAt: noteRow?.sentAt ?? null, senderName, otherNotes: otherNotesAt(b, app.company, person.id), addressee: person.name, contacts },
    matches,
    debriefDetail: firstSentence(debrief?.notes, MAX_DETAIL),
    note: noteRow ? thankYouFromRow(noteRow) : null,
  };
}

/**
 * The listing's analysis: the one kept with it when the reader brought it (the same rules, run
 * when it was saved), else the text analysed now; null when the analyser refuses the text (empty,
 * too large), which simply gives no terms.
 */
function listingAnalysisOf(app: FollowupApplication): ListingAnalysis | null {
  if (app.listingAnalysis !== undefined) return app.listingAnalysis?.analysis ?? null;
  try {
    return analyzeListing(app.listingText ?? '');
  } catch {
    return null;
  }
}

/** Titles of people who arrange interviews rather than hold them. */
const ARRANGER_TITLE = /\b(?:recruit(?:er|ing|ment)|talent|sourc(?:er|ing)|coordinator|scheduler|people\s+partner|hr|human\s+resources)\b/i;

/**
 * The people of this application who arrange rather than interview: the recruiter screen's
 * (round 0) interviewers, and anyone whose title says recruiter, talent, coordinator or HR.
 */
function arrangersOf(b: FollowupBackup, applicationId: string, except: ReadonlySet<string>): string[] {
  const rounds = new Map(b.interviews.filter((i) => i.applicationId === applicationId).map((i) => [i.id, i.round]));
  const names = b.interviewers
    .filter((p) => rounds.has(p.interviewId) && !except.has(p.name.trim().toLowerCase()) && (rounds.get(p.interviewId) === 0 || ARRANGER_TITLE.test(p.title ?? '')))
    .map((p) => p.name);
  return [...new Set(names)];
}

/** The saved notes to other people at the same company (any interview there), for the near-copy check. */
function otherNotesAt(b: FollowupBackup, company: string, exceptInterviewerId: string): Array<{ to: string; text: string }> {
  const key = company.trim().toLowerCase();
  const appIds = new Set(b.applications.filter((a) => a.company.trim().toLowerCase() === key).map((a) => a.id));
  const interviewIds = new Set(b.interviews.filter((i) => appIds.has(i.applicationId)).map((i) => i.id));
  const people = new Map(b.interviewers.filter((p) => interviewIds.has(p.interviewId)).map((p) => [p.id, p.name]));
  return (b.thankYouNotes ?? [])
    .filter((n) => n.interviewerId !== exceptInterviewerId && people.has(n.interviewerId) && n.body.trim() !== '')
    .map((n) => ({ to: people.get(n.interviewerId)!, text: n.body }))
    .slice(0, 200);
}
