import type { DebriefRecord, PrepRecord, StoryCoverage } from '../diagnosis/input';
import type { ListingReader } from '../diagnosis/listing-reader';
import { storyMatcher } from '../stories/match';
import type { Story } from '../stories/schema';
import type { StoryTerms } from '../stories/terms';
import { PrepSheetSchema, prepReadiness } from './readiness';
import { readFlag, readList, type DebriefBackupRow, type PrepSheetBackupRow, type StoryBackupRow } from './records';

/** What the prep parts of the diagnosis read from a backup (all optional: old backups lack them). */
export interface PrepBackupParts {
  applications: ReadonlyArray<{ id: string; listingText: string | null }>;
  interviews: ReadonlyArray<{ id: string; applicationId: string }>;
  interviewers: ReadonlyArray<{ interviewId: string; name: string; pronunciation: string | null; title: string | null; notes: string | null }>;
  stories?: readonly StoryBackupRow[] | undefined;
  prepSheets?: readonly PrepSheetBackupRow[] | undefined;
  debriefs?: readonly DebriefBackupRow[] | undefined;
}

/** The diagnosis records of issue 4, keyed by interview and by application. */
export interface PrepDiagnosisParts {
  prepByInterview: Map<string, PrepRecord>;
  debriefByInterview: Map<string, DebriefRecord>;
  coverageByApplication: Map<string, StoryCoverage>;
}

/**
 * A stored story row as the matcher reads it.
 * @example storyFromRow(row).skills // ['SQL']
 */
export function storyFromRow(row: StoryBackupRow): Story {
  return { id: row.id, title: row.title, situation: row.situation, task: row.task, action: row.action, result: row.result, skills: readList(row.skills), tags: readList(row.tags) };
}

/**
 * A stored prep sheet, with the interview's interviewers (the interviewers table is where names
 * and pronunciations live; the sheet's own copy is only a snapshot).
 * @example prepSheetFromRow({ data: '{}' }, []).companyNotes // ''
 */
export function prepSheetFromRow(row: Pick<PrepSheetBackupRow, 'data'> | null, people: PrepBackupParts['interviewers']) {
  let data: unknown = {};
  try {
    data = row ? JSON.parse(row.data) : {};
  } catch {
    data = {};
  }
  const parsed = PrepSheetSchema.safeParse(data);
  const sheet = parsed.success ? parsed.data : PrepSheetSchema.parse({});
  return { ...sheet, interviewers: people.map((p) => ({ name: p.name, pronunciation: p.pronunciation ?? '', title: p.title ?? '', notes: p.notes ?? '' })) };
}

/**
 * Build the prep, debrief and story-coverage parts of the diagnosis input from backup arrays.
 * A part is left out when nothing was recorded (no prep sheet saved, no debrief, no listing or
 * no story chosen for the application); a saved but empty prep sheet counts as recorded. Story
 * coverage is the listing's requirements covered by the stories picked in the application's prep
 * sheets or told in its debriefs. Each listing is read through `listings` (`storedListingReader`
 * loads no listing rule; `analysingListingReader` analyses a text without a kept analysis), and
 * each story's terms are taken from `storyTerms` (kept with the stories, by id) where given.
 * @example prepDiagnosisParts(backup, analysingListingReader()).prepByInterview.get(interviewId)?.readiness // 0.45
 */
export function prepDiagnosisParts(b: PrepBackupParts, listings: ListingReader, storyTerms?: ReadonlyMap<string, StoryTerms>): PrepDiagnosisParts {
  const peopleByInterview = new Map<string, Array<PrepBackupParts['interviewers'][number]>>();
  for (const p of b.interviewers) peopleByInterview.set(p.interviewId, [...(peopleByInterview.get(p.interviewId) ?? []), p]);
  const appOfInterview = new Map(b.interviews.map((i) => [i.id, i.applicationId]));
  const chosen = new Map<string, Set<string>>();
  const choose = (interviewId: string, ids: string[]): void => {
    const appId = appOfInterview.get(interviewId);
    if (!appId) return;
    const set = chosen.get(appId) ?? new Set<string>();
    for (const id of ids) set.add(id);
    chosen.set(appId, set);
  };

  const prepByInterview = new Map<string, PrepRecord>();
  for (const row of b.prepSheets ?? []) {
    const sheet = prepSheetFromRow(row, peopleByInterview.get(row.interviewId) ?? []);
    const { score, missing } = prepReadiness(sheet);
    prepByInterview.set(row.interviewId, {
      readiness: score / 100,
      missing: missing.map((m) => GAP_WORDS[m.code]),
      storiesPicked: new Set(sheet.storyIds).size,
      hasWhyThisJob: sheet.whyThisJob.trim().split(/\s+/).filter(Boolean).length >= 10,
      hasCompanyNotes: sheet.companyNotes.trim() !== '',
    });
    choose(row.interviewId, sheet.storyIds);
  }

  const debriefByInterview = new Map<string, DebriefRecord>();
  for (const row of b.debriefs ?? []) {
    const told = readList(row.storiesTold);
    const record: DebriefRecord = { fumbledQuestions: readList(row.fumbledQuestions), storiesTold: told, nextSteps: row.nextSteps, feeling: row.feeling };
    const names = readFlag(row.namesRight);
    const research = readFlag(row.researchShown);
    const why = readFlag(row.whyThisJobAnswered);
    if (names !== null) record.namesRight = names;
    if (research !== null) record.researchShown = research;
    if (why !== null) record.whyThisJobAnswered = why;
    debriefByInterview.set(row.interviewId, record);
    choose(row.interviewId, told);
  }

  const stories = new Map((b.stories ?? []).map((s) => [s.id, storyFromRow(s)]));
  const coverageByApplication = new Map<string, StoryCoverage>();
  // The story bank is shared by every application: each story is read once per diagnosis.
  const matchStories = storyMatcher(storyTerms);
  for (const app of b.applications) {
    const ids = chosen.get(app.id);
    if (!ids || !app.listingText || app.listingText.trim() === '') continue;
    const analysis = listings.analysisOf(app.id, app.listingText);
    if (!analysis || analysis.requirements.length === 0) continue;
    const picked = [...ids].map((id) => stories.get(id)).filter((s): s is Story => s !== undefined);
    const match = matchStories(analysis, picked);
    coverageByApplication.set(app.id, {
      covered: match.coverage.length - match.uncovered.length,
      total: match.coverage.length,
      leadershipWarning: match.leadershipWarning,
    });
  }
  return { prepByInterview, debriefByInterview, coverageByApplication };
}

// Short names for what a prep sheet lacked, as the diagnosis lists them ("most often missing: …").
const GAP_WORDS = {
  NO_INTERVIEWERS: 'interviewer names',
  NO_PRONUNCIATION: 'how to say the names',
  THIN_COMPANY_NOTES: 'company research',
  NO_WHY_JOB: 'why this job',
  NO_WHY_COMPANY: 'why this company',
  CORE_ANSWERS_MISSING: 'answers to standard questions',
  FEW_QUESTIONS_TO_ASK: 'questions to ask',
  FEW_STORIES: 'stories picked',
} as const;
