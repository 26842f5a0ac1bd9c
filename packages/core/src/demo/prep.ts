import type { Backup } from '../backup/backup';
import { PREP_QUESTIONS } from '../prep/questions';
import type { PrepSheet } from '../prep/readiness';
import { DEMO_LISTING } from './data';
import { DEMO_ANSWERS, DEMO_FUMBLED, DEMO_LISTINGS, DEMO_NEXT_STEPS, DEMO_QUESTIONS_TO_ASK, DEMO_STORIES, GOOD_PICKS, POOR_PICKS } from './prep-data';
import type { Random } from './random';

type Outcome = 'stalled' | 'advanced' | 'upcoming' | 'other';

/**
 * Add the story bank, prep sheets and debriefs to a demo backup. The demo's point: first rounds
 * that stalled went in with thin prep sheets, leadership stories for a non-manager listing and
 * debriefs that show it, more often than the ones that advanced. Deterministic from `r`.
 * @example addPrepDemo(backup, seeded(1), now); backup.stories?.length // 9
 */
export function addPrepDemo(b: Backup, r: Random, now: Date): void {
  const bankDay = new Date(now.getTime() - 120 * 86_400_000).toISOString();
  b.stories = DEMO_STORIES.map(([suffix, title, situation, task, action, result, skills, tags]) => ({
    id: `demo-story-${suffix}`, title, situation, task, action, result, skills: JSON.stringify(skills), tags: JSON.stringify(tags), createdAt: bankDay, updatedAt: bankDay,
  }));
  b.prepSheets = [];
  b.debriefs = [];
  const stages = new Map<string, Set<string>>();
  for (const e of b.stageEvents) stages.set(e.applicationId, (stages.get(e.applicationId) ?? new Set()).add(e.stage));
  let listingTurn = 0;
  for (const app of b.applications) {
    const reached = stages.get(app.id) ?? new Set<string>();
    if (!reached.has('round1')) continue;
    // Every application that got to a first interview has its listing kept, so the analysis shows.
    if (!app.listingText) app.listingText = [DEMO_LISTING, ...DEMO_LISTINGS][listingTurn++ % (DEMO_LISTINGS.length + 1)]!;
    const interviews = b.interviews.filter((i) => i.applicationId === app.id && i.round >= 1);
    for (const iv of interviews) {
      const isUpcoming = iv.startsAt > now.toISOString();
      const outcome: Outcome = isUpcoming ? 'upcoming' : reached.has(`round${iv.round + 1}`) || reached.has('offer') ? 'advanced' : reached.has('rejected') || reached.has('no_answer') ? 'stalled' : 'other';
      const prep = prepFor(outcome, app.company, r);
      if (prep) b.prepSheets.push({ id: `${iv.id}-prep`, interviewId: iv.id, data: JSON.stringify(prep), updatedAt: new Date(Date.parse(iv.startsAt) - 18 * 3_600_000).toISOString() });
      if (!isUpcoming && (outcome !== 'stalled' || r.chance(0.85))) {
        const at = new Date(Date.parse(iv.endsAt) + 2 * 3_600_000).toISOString();
        b.debriefs.push({ id: `${iv.id}-debrief`, interviewId: iv.id, ...debriefFor(outcome, prep, r), createdAt: at, updatedAt: at });
      }
    }
  }
}

const ids = (suffixes: readonly string[]) => suffixes.map((s) => `demo-story-${s}`);

function companyNotes(company: string, sentences: number): string {
  const full = `${company} sells software and services to mid-sized businesses in the Midwest and grew to about 400 people. Their analytics team of six reports to the COO and supports operations, finance and product. They launched a self-serve reporting product this spring, and the CEO wrote about moving decisions closer to the data. Customers on review sites praise support and complain about slow exports. Glassdoor mentions a calm pace and good onboarding.`;
  return (full.match(/[^.]+\./g) ?? [full]).slice(0, sentences).join('').trim();
}

/** A prep sheet by outcome: thin or absent before most stalled rounds, full before the ones that advanced. */
function prepFor(outcome: Outcome, company: string, r: Random): PrepSheet | null {
  const isThorough = outcome === 'advanced' || (outcome === 'stalled' && r.chance(0.2)) || (outcome === 'other' && r.chance(0.5));
  if (outcome === 'stalled' && !isThorough && r.chance(0.25)) return null;
  const core = PREP_QUESTIONS.filter((q) => q.isCore);
  if (outcome === 'upcoming') {
    // Started, not finished: the prep page of the next interview has something to show and to add.
    return {
      interviewers: [], companyNotes: companyNotes(company, 2), whyThisJob: DEMO_ANSWERS['why-job']!, whyThisCompany: '',
      answers: core.slice(0, 6).map((q) => ({ questionId: q.id, answer: DEMO_ANSWERS[q.id] ?? '' })), questionsToAsk: DEMO_QUESTIONS_TO_ASK.slice(0, 2), storyIds: ids(GOOD_PICKS.slice(0, 2)),
    };
  }
  if (isThorough) {
    return {
      interviewers: [], companyNotes: companyNotes(company, 6), whyThisJob: DEMO_ANSWERS['why-job']!, whyThisCompany: DEMO_ANSWERS['why-company']!,
      answers: core.map((q) => ({ questionId: q.id, answer: DEMO_ANSWERS[q.id] ?? '' })), questionsToAsk: DEMO_QUESTIONS_TO_ASK.slice(0, 3), storyIds: ids(GOOD_PICKS),
    };
  }
  const picks = r.chance(0.7) ? [...POOR_PICKS.slice(0, 2), r.pick([...GOOD_PICKS])] : [...POOR_PICKS];
  return {
    interviewers: [], companyNotes: r.chance(0.5) ? '' : companyNotes(company, 1), whyThisJob: r.chance(0.3) ? 'Looks interesting.' : '', whyThisCompany: '',
    answers: core.slice(0, r.int(0, 3)).map((q) => ({ questionId: q.id, answer: DEMO_ANSWERS[q.id] ?? '' })), questionsToAsk: r.chance(0.5) ? [DEMO_QUESTIONS_TO_ASK[0]!] : [], storyIds: ids(picks),
  };
}

function debriefFor(outcome: Outcome, prep: PrepSheet | null, r: Random) {
  const isRough = outcome === 'stalled' ? r.chance(0.8) : outcome === 'other' ? r.chance(0.4) : false;
  const told = prep?.storyIds.length ? prep.storyIds.slice(0, 2) : ids(POOR_PICKS.slice(0, 1));
  const fumbled = isRough ? [...new Set([r.pick(DEMO_FUMBLED), r.pick(DEMO_FUMBLED)])].slice(0, r.int(1, 2)) : [];
  return {
    namesRight: isRough && r.chance(0.4) ? 0 : 1,
    researchShown: isRough && r.chance(0.6) ? 0 : isRough && r.chance(0.5) ? null : 1,
    whyThisJobAnswered: isRough && r.chance(0.5) ? 0 : 1,
    fumbledQuestions: JSON.stringify(fumbled),
    storiesTold: JSON.stringify(told),
    nextSteps: r.pick(DEMO_NEXT_STEPS),
    feeling: isRough ? r.int(1, 3) : r.int(3, 5),
    notes: isRough ? 'Felt rushed; I did not have a crisp example ready.' : 'Good conversation, they asked for specifics and I had them.',
  };
}
