import { expect, it } from 'vitest';
import { applicationInputSchema, debriefInputSchema, diagnosisInputFromBackup, interviewInputSchema, storyFormSchema, type Backup } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/**
 * Repository cases of issue 4 (stories, prep sheets, debriefs), run inside the shared store suite
 * on every backend. `current` gives the suite's fresh store of the running test.
 */
export function prepStoreCases(current: () => Store, makeStore: () => Promise<Store>): void {
  const owner = LOCAL_OWNER_ID;

  async function interview(store: Store, listingText: string | null = null) {
    const a = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst', listingText }));
    const iv = await store.interviews.create(owner, a.id, interviewInputSchema.parse({ round: 1, kind: 'behavioural', startsAt: '2026-03-10T10:00:00Z', endsAt: '2026-03-10T11:00:00Z', timeZone: 'UTC', format: 'video' }));
    return { app: a, iv: iv! };
  }

  it('keeps a story bank per owner, with skills and tags as lists', async () => {
    const store = current();
    const [s] = await store.prep.createStories(owner, [storyFormSchema.parse({ title: 'Cut report time', situation: 'Slow reports', action: 'Rewrote the SQL', skills: ['SQL', 'Tableau'], tags: ['technical'] })]);
    expect(s).toMatchObject({ title: 'Cut report time', task: '', skills: ['SQL', 'Tableau'], tags: ['technical'] });
    const edited = await store.prep.updateStory(owner, s!.id, { result: 'Reports ran in 2 minutes instead of 40', skills: ['SQL'] });
    expect(edited).toMatchObject({ result: 'Reports ran in 2 minutes instead of 40', skills: ['SQL'], situation: 'Slow reports' });
    const other = await store.users.create('other-prep@example.com', 'hash');
    expect(await store.prep.listStories(other!.id)).toEqual([]);
    expect(await store.prep.getStory(other!.id, s!.id)).toBeNull();
    expect(await store.prep.updateStory(other!.id, s!.id, { title: 'Stolen' })).toBeNull();
    expect(await store.prep.removeStory(other!.id, s!.id)).toBe(false);
    expect((await store.prep.listStories(owner)).map((x) => x.title)).toEqual(['Cut report time']);
    expect(await store.prep.removeStory(owner, s!.id)).toBe(true);
    expect(await store.prep.listStories(owner)).toEqual([]);
  });

  it('saves one prep sheet per interview, with the interview’s interviewers, scoped to the owner', async () => {
    const store = current();
    const { iv } = await interview(store);
    await store.interviews.addInterviewer(owner, iv.id, { name: 'Siobhán Kelly', title: 'Manager', email: null, pronunciation: 'shiv-AWN', notes: null });
    const empty = await store.prep.getPrepSheet(owner, iv.id);
    expect(empty).toMatchObject({ updatedAt: null, sheet: { companyNotes: '', interviewers: [{ name: 'Siobhán Kelly', pronunciation: 'shiv-AWN' }] } });
    await store.prep.putPrepSheet(owner, iv.id, { companyNotes: 'First notes', questionsToAsk: ['What does success look like?'] });
    const [story] = await store.prep.createStories(owner, [storyFormSchema.parse({ title: 'Freight' })]);
    // A story id that is nobody's (deleted while the form was open) is dropped; the owner's own is kept.
    const saved = await store.prep.putPrepSheet(owner, iv.id, { companyNotes: 'They sell freight software', whyThisJob: 'x', storyIds: ['gone', story!.id] });
    expect(saved?.sheet).toMatchObject({ companyNotes: 'They sell freight software', questionsToAsk: [], storyIds: [story!.id] });
    expect((await store.prep.getPrepSheet(owner, iv.id))?.sheet.companyNotes).toBe('They sell freight software');
    const other = await store.users.create('other-sheet@example.com', 'hash');
    expect(await store.prep.getPrepSheet(other!.id, iv.id)).toBeNull();
    expect(await store.prep.putPrepSheet(other!.id, iv.id, {})).toBeNull();
    expect(await store.prep.getPrepSheet(owner, 'missing')).toBeNull();
  });

  it('saves the debrief with yes/no answers kept distinct from unanswered, and deletes it with the interview', async () => {
    const store = current();
    const { app, iv } = await interview(store);
    const first = await store.prep.putDebrief(owner, iv.id, debriefInputSchema.parse({ namesRight: false, fumbledQuestions: ['Why are you leaving?'], nextSteps: 'We will decide within two weeks', feeling: 2 }));
    expect(first).toMatchObject({ namesRight: false, researchShown: null, whyThisJobAnswered: null, fumbledQuestions: ['Why are you leaving?'], nextSteps: 'We will decide within two weeks', feeling: 2 });
    const [story] = await store.prep.createStories(owner, [storyFormSchema.parse({ title: 'Told' })]);
    const again = await store.prep.putDebrief(owner, iv.id, debriefInputSchema.parse({ namesRight: true, researchShown: true, storiesTold: [story!.id, 'gone'] }));
    expect(again).toMatchObject({ id: first!.id, namesRight: true, researchShown: true, fumbledQuestions: [], storiesTold: [story!.id], nextSteps: null, createdAt: first!.createdAt });
    const other = await store.users.create('other-debrief@example.com', 'hash');
    expect(await store.prep.getDebrief(other!.id, iv.id)).toBeNull();
    expect(await store.prep.putDebrief(other!.id, iv.id, debriefInputSchema.parse({}))).toBeNull();
    expect((await store.prep.forApplication(owner, app.id))[0]).toMatchObject({ interviewId: iv.id, hasDebrief: true });
    await store.interviews.remove(owner, iv.id);
    expect(await store.prep.getDebrief(owner, iv.id)).toBeNull();
  });

  it('exports and restores stories, prep sheets and debriefs, and the diagnosis reads them', async () => {
    const store = current();
    const { iv } = await interview(store, 'Data Analyst\nRequirements:\n- 3+ years of experience with SQL\n- Experience building dashboards in Tableau\n');
    const [s] = await store.prep.createStories(owner, [storyFormSchema.parse({ title: 'Faster SQL reports', situation: 'Weekly SQL reports took hours', task: 'Speed them up', action: 'Rewrote the SQL queries with window functions', result: 'Ran in minutes', skills: ['SQL'] })]);
    await store.prep.putPrepSheet(owner, iv.id, { whyThisJob: 'short', storyIds: [s!.id] });
    await store.prep.putDebrief(owner, iv.id, debriefInputSchema.parse({ whyThisJobAnswered: false, storiesTold: [s!.id] }));
    const backup = await store.backup.export(owner);
    expect(backup.stories).toHaveLength(1);
    expect(backup.prepSheets).toHaveLength(1);
    expect(backup.debriefs).toHaveLength(1);
    const input = diagnosisInputFromBackup(backup);
    const round = input.applications[0]!.interviews[0]!;
    expect(round.prep).toMatchObject({ hasWhyThisJob: false, storiesPicked: 1 });
    expect(round.debrief).toMatchObject({ whyThisJobAnswered: false, storiesTold: [s!.id] });
    expect(round.debrief?.namesRight).toBeUndefined();
    expect(input.applications[0]!.storyCoverage).toEqual({ covered: 1, total: 2, leadershipWarning: false });
    const fresh = await makeStore();
    try {
      await fresh.transaction((tx) => tx.backup.restore(owner, backup));
      const again = await fresh.backup.export(owner);
      expect(strip(again)).toEqual(strip(backup));
      const broken = { ...backup, debriefs: [{ ...backup.debriefs![0]!, interviewId: 'missing' }] };
      await expect(fresh.transaction((tx) => tx.backup.restore(owner, broken, { replace: true }))).rejects.toThrow(/debrief .* missing interview/);
      expect(strip(await fresh.backup.export(owner))).toEqual(strip(backup));
    } finally {
      await fresh.close();
    }
  });
}

function strip(b: Backup): Omit<Backup, 'exportedAt'> {
  const { exportedAt: _e, ...rest } = b;
  return rest;
}
