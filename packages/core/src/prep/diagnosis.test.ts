import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate';
import { analyzeListing } from '../listing/analyze';
import { matchStories } from '../stories/match';
import { analysingListingReader } from '../diagnosis/listing-fallback';
import { prepDiagnosisParts, storyFromRow } from './diagnosis';
import { readList } from './records';

const LISTING = 'Data Analyst\nRequirements:\n- 3+ years of experience with SQL\n- Experience building dashboards in Tableau\n\nThis role has no direct reports.';
const story = (id: string, text: string, skills: string[] = []) => ({ id, title: id, situation: text, task: 't', action: text, result: 'r', skills: JSON.stringify(skills), tags: '[]', createdAt: 'x', updatedAt: 'x' });

describe('prep parts of the diagnosis input', () => {
  const base = {
    applications: [{ id: 'a1', listingText: LISTING }, { id: 'a2', listingText: null }],
    interviews: [{ id: 'i1', applicationId: 'a1' }, { id: 'i2', applicationId: 'a2' }, { id: 'i3', applicationId: 'a1' }],
    interviewers: [{ interviewId: 'i1', name: 'Ann Lee', pronunciation: null, title: null, notes: null }],
  };

  it('leaves out what was never recorded, and counts a saved empty sheet as recorded', () => {
    const none = prepDiagnosisParts(base, analysingListingReader());
    expect(none.prepByInterview.size).toBe(0);
    expect(none.debriefByInterview.size).toBe(0);
    expect(none.coverageByApplication.size).toBe(0);
    const empty = prepDiagnosisParts({ ...base, prepSheets: [{ id: 'p', interviewId: 'i1', data: '{}', updatedAt: 'x' }] }, analysingListingReader());
    expect(empty.prepByInterview.get('i1')).toEqual({ readiness: 0.15, missing: expect.arrayContaining(['company research', 'why this job', 'how to say the names']), storiesPicked: 0, hasWhyThisJob: false, hasCompanyNotes: false });
    // A sheet with no story picked, for a listing with requirements: coverage recorded as 0 of 2.
    expect(empty.coverageByApplication.get('a1')).toEqual({ covered: 0, total: 2, leadershipWarning: false });
    expect(empty.coverageByApplication.has('a2')).toBe(false);
  });

  it('keeps unanswered debrief questions out, and reads stories told into coverage and the leadership warning', () => {
    const parts = prepDiagnosisParts({
      ...base,
      stories: [story('lead', 'As the team lead I managed a team of five analysts writing SQL; I hired two and ran their performance reviews.', ['SQL'])],
      debriefs: [{ id: 'd', interviewId: 'i3', namesRight: 0, researchShown: null, whyThisJobAnswered: 1, fumbledQuestions: '["Why us?"]', storiesTold: '["lead","deleted-story"]', nextSteps: 'two weeks', feeling: 2, notes: null, createdAt: 'x', updatedAt: 'x' }],
    }, analysingListingReader());
    expect(parts.debriefByInterview.get('i3')).toEqual({ namesRight: false, whyThisJobAnswered: true, fumbledQuestions: ['Why us?'], storiesTold: ['lead', 'deleted-story'], nextSteps: 'two weeks', feeling: 2 });
    expect(parts.coverageByApplication.get('a1')).toEqual({ covered: 1, total: 2, leadershipWarning: true });
  });

  it('reads back any stored list, and never throws on a broken one', () => {
    fc.assert(fc.property(fc.array(fc.string()), (xs) => {
      expect(readList(JSON.stringify(xs))).toEqual(xs);
    }));
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(readList(s))));
  });
});

describe('story coverage across many applications', () => {
  it('is what analysing and matching each application on its own gives, on the demo', () => {
    // The diagnosis analyses each listing text once and reads each story once; this is the plain
    // per-application computation it replaced, which it must agree with everywhere.
    const demo = generateDemo(new Date('2026-11-30T12:00:00Z'));
    const parts = prepDiagnosisParts(demo, analysingListingReader());
    const stories = new Map((demo.stories ?? []).map((s) => [s.id, storyFromRow(s)]));
    const appOf = new Map(demo.interviews.map((i) => [i.id, i.applicationId]));
    const chosen = new Map<string, Set<string>>();
    const choose = (interviewId: string, ids: string[]) => {
      const app = appOf.get(interviewId)!;
      chosen.set(app, new Set([...(chosen.get(app) ?? []), ...ids]));
    };
    for (const row of demo.prepSheets ?? []) choose(row.interviewId, (JSON.parse(row.data) as { storyIds?: string[] }).storyIds ?? []);
    for (const row of demo.debriefs ?? []) choose(row.interviewId, readList(row.storiesTold));
    let compared = 0;
    for (const app of demo.applications) {
      const ids = chosen.get(app.id);
      if (!ids || !app.listingText) continue;
      const analysis = analyzeListing(app.listingText);
      const match = matchStories(analysis, [...ids].map((id) => stories.get(id)).filter((s) => s !== undefined));
      expect(parts.coverageByApplication.get(app.id)).toEqual({ covered: match.coverage.length - match.uncovered.length, total: match.coverage.length, leadershipWarning: match.leadershipWarning });
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
