import { expect, it } from 'vitest';
import { ANALYSER_VERSION, generateDemo, readList, storyFormSchema, storyTerms, thankYouContext } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

async function storedColumns(store: Store, id: string) {
  return store.db.selectFrom('stories').select(['title', 'situation', 'task', 'action', 'result', 'skills', 'tags', 'matchTerms', 'matchTermsVersion', 'updatedAt']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The terms the rules give for the story as stored now. */
async function freshTerms(store: Store, id: string) {
  const row = await storedColumns(store, id);
  return storyTerms({ id, title: row.title, situation: row.situation, task: row.task, action: row.action, result: row.result, skills: readList(row.skills), tags: readList(row.tags) });
}

/** Issue 12: each story's matching terms kept with it, written on save, refreshed when stale, on every backend. */
export function storyTermsStoreCases(current: () => Store): void {
  const owner = LOCAL_OWNER_ID;

  it('keeps a story\'s matching terms when it is saved or changed, and nothing of them in backups', async () => {
    const store = current();
    const [story] = await store.prep.createStories(owner, [storyFormSchema.parse({ title: 'Quarter-end close', action: 'Moved the ledger checks into Postgres', skills: ['postgres'] })]);
    const saved = await storedColumns(store, story!.id);
    expect(saved.matchTermsVersion).toBe(ANALYSER_VERSION);
    expect(JSON.parse(saved.matchTerms!)).toEqual(await freshTerms(store, story!.id));
    expect((await store.storyTerms.byStory(owner)).get(story!.id)?.tf.map(([term]) => term)).toContain('skill:postgresql');

    const updated = await store.prep.updateStory(owner, story!.id, { action: 'Taught the team to bake sourdough' });
    expect(updated?.action).toBe('Taught the team to bake sourdough');
    const after = await storedColumns(store, story!.id);
    expect(after.matchTermsVersion).toBe(ANALYSER_VERSION);
    expect(JSON.parse(after.matchTerms!)).toEqual(await freshTerms(store, story!.id));
    expect(after.matchTerms).not.toBe(saved.matchTerms);

    const backup = await store.backup.export(owner);
    expect(JSON.stringify(backup)).not.toContain('matchTerms');
  });

  it('recomputes terms that are missing or from another version, without touching the edit time', async () => {
    const store = current();
    const [a, b] = await store.prep.createStories(owner, [storyFormSchema.parse({ title: 'Vendor audit', action: 'Reconciled invoices in Excel' }), storyFormSchema.parse({ title: 'Onboarding', action: 'Wrote the runbook' })]);
    const before = await storedColumns(store, a!.id);
    await store.db.updateTable('stories').set({ matchTerms: '{"tf":[],"length":0}', matchTermsVersion: ANALYSER_VERSION - 1 }).where('id', '=', a!.id).execute();
    await store.db.updateTable('stories').set({ matchTerms: null, matchTermsVersion: null }).where('id', '=', b!.id).execute();
    const kept = await store.storyTerms.byStory(owner);
    expect(kept.get(a!.id)).toEqual(await freshTerms(store, a!.id));
    expect(kept.get(b!.id)).toEqual(await freshTerms(store, b!.id));
    expect(await storedColumns(store, a!.id)).toMatchObject({ matchTermsVersion: ANALYSER_VERSION, updatedAt: before.updatedAt });
    expect(await store.storyTerms.refresh(owner)).toBe(0);
  });

  it('gives the thank-you composer the kept terms, worked out again only when stale, for the context the story texts give', async () => {
    const store = current();
    await store.transaction((tx) => tx.backup.restore(owner, generateDemo(new Date('2026-11-30T12:00:00Z'))));
    const backup = await store.backup.export(owner);
    const person = backup.interviewers.find((p) => (thankYouContext(backup, p.id)?.matches.length ?? 0) > 0)!;
    const expected = thankYouContext(backup, person.id)!;
    const [stale, ...rest] = (backup.stories ?? []).map((s) => s.id);
    const before = await storedColumns(store, stale!);
    await store.db.updateTable('stories').set({ matchTerms: '{"tf":[],"length":0}', matchTermsVersion: ANALYSER_VERSION - 1 }).where('id', '=', stale!).execute();
    expect(thankYouContext(await store.followupReads.composer(owner, person.id), person.id)).toEqual(expected);
    // Kept again, by the rules of this version, without touching the edit time.
    const after = await storedColumns(store, stale!);
    expect(after).toMatchObject({ matchTermsVersion: ANALYSER_VERSION, updatedAt: before.updatedAt });
    expect(JSON.parse(after.matchTerms!)).toEqual(await freshTerms(store, stale!));

    // And the kept terms are what it reads: kept as empty for every story, no story covers a requirement.
    await store.db.updateTable('stories').set({ matchTerms: '{"tf":[],"length":0}', matchTermsVersion: ANALYSER_VERSION }).where('id', 'in', [stale!, ...rest]).execute();
    const kept = thankYouContext(await store.followupReads.composer(owner, person.id), person.id)!;
    expect(kept.matches).toEqual([]);
    expect({ ...kept, matches: expected.matches }).toEqual(expected);
  }, 120_000);
}
