import { expect, it } from 'vitest';
import { ANALYSER_VERSION, analyzeListingForStorage, applicationInputSchema, diagnose, diagnosisInputFromBackup, generateDemo, thankYouContext } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

const LISTING = 'Senior Data Analyst\nAcme Corp · Remote\n\nRequirements:\n- 5+ years of SQL and Python\n- Experience leading a team of analysts\n- Tableau is a plus\n';

async function storedColumns(store: Store, id: string) {
  return store.db.selectFrom('applications').select(['listingAnalysis', 'listingAnalysisVersion', 'updatedAt']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** Issue 12: each listing's analysis kept with it, written on save, refreshed when stale, on every backend. */
export function listingAnalysesStoreCases(current: () => Store): void {
  const owner = LOCAL_OWNER_ID;

  it('keeps a listing\'s analysis when the listing is saved or changed, and nothing of it in backups', async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst', listingText: LISTING }));
    const saved = await storedColumns(store, app.id);
    expect(saved.listingAnalysisVersion).toBe(ANALYSER_VERSION);
    expect(JSON.parse(saved.listingAnalysis!)).toEqual(analyzeListingForStorage(LISTING));
    expect((await store.listingAnalyses.byApplication(owner)).get(app.id)?.analysis?.skills).toEqual(expect.arrayContaining(['SQL', 'Python']));

    await store.applications.update(owner, app.id, { listingText: 'Barista\nRequirements:\n- latte art' });
    expect(JSON.parse((await storedColumns(store, app.id)).listingAnalysis!)).toEqual(analyzeListingForStorage('Barista\nRequirements:\n- latte art'));
    await store.applications.update(owner, app.id, { listingText: null });
    expect(await storedColumns(store, app.id)).toMatchObject({ listingAnalysis: 'null', listingAnalysisVersion: ANALYSER_VERSION });
    expect((await store.listingAnalyses.byApplication(owner)).size).toBe(0);

    const backup = await store.backup.export(owner);
    expect(Object.keys(backup.applications[0]!)).not.toContain('listingAnalysis');
    expect(JSON.stringify(backup)).not.toContain('listingAnalysis');
  });

  it('recomputes an analysis that is missing or from another version, without touching the edit time', async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst', listingText: LISTING }));
    const before = await storedColumns(store, app.id);
    // Written by an older version of the rules, with an answer the current rules would not give.
    await store.db.updateTable('applications').set({ listingAnalysis: JSON.stringify({ analysis: null, fit: { workplace: null, cultureEvidence: [] } }), listingAnalysisVersion: ANALYSER_VERSION - 1 }).where('id', '=', app.id).execute();
    const other = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Beta', role: 'Analyst', listingText: LISTING }));
    await store.db.updateTable('applications').set({ listingAnalysis: null, listingAnalysisVersion: null }).where('id', '=', other.id).execute();

    const read = await store.listingAnalyses.byApplication(owner);
    expect(read.get(app.id)).toEqual(analyzeListingForStorage(LISTING));
    expect(read.get(other.id)).toEqual(analyzeListingForStorage(LISTING));
    expect(await storedColumns(store, app.id)).toEqual(before);
    expect(await store.listingAnalyses.refresh(owner)).toBe(0);
    // Another owner's listings are neither read nor refreshed.
    const stranger = await store.users.create('stranger-listings@example.com', 'hash');
    expect((await store.listingAnalyses.byApplication(stranger!.id)).size).toBe(0);
  });

  it('gives the same Diagnosis of the demo from kept analyses as from the listing texts, after a restore', async () => {
    const store = current();
    const now = new Date('2026-11-30T12:00:00Z');
    await store.transaction((tx) => tx.backup.restore(owner, generateDemo(now)));
    // A restore brings no analyses: the first read computes and keeps them.
    expect(await store.listingAnalyses.refresh(owner)).toBeGreaterThan(10);
    const [backup, kept] = await Promise.all([store.backup.export(owner), store.listingAnalyses.byApplication(owner)]);
    expect(kept.size).toBe(backup.applications.filter((a) => a.listingText).length);
    const fromKept = diagnose(diagnosisInputFromBackup(backup, kept), { now });
    expect(JSON.stringify(fromKept)).toBe(JSON.stringify(diagnose(diagnosisInputFromBackup(backup), { now })));
    // And the kept analyses are what it reads: with every listing kept as unreadable, no story coverage is left.
    const unreadable = new Map([...kept].map(([id, a]) => [id, a && { ...a, analysis: null }]));
    const coverage = (input: ReturnType<typeof diagnosisInputFromBackup>) => input.applications.filter((a) => a.storyCoverage).length;
    expect(coverage(diagnosisInputFromBackup(backup, kept))).toBeGreaterThan(0);
    expect(coverage(diagnosisInputFromBackup(backup, unreadable))).toBe(0);
  });

  it('reads one application\'s kept analysis, recomputing and keeping it when missing or stale', async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst', listingText: LISTING }));
    const bare = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Beta', role: 'Analyst' }));
    expect(await store.listingAnalyses.ofApplication(owner, app.id)).toEqual(analyzeListingForStorage(LISTING));
    expect(await store.listingAnalyses.ofApplication(owner, bare.id)).toBeNull();
    await store.db.updateTable('applications').set({ listingAnalysis: null, listingAnalysisVersion: ANALYSER_VERSION - 1 }).where('id', '=', app.id).execute();
    expect(await store.listingAnalyses.ofApplication(owner, app.id)).toEqual(analyzeListingForStorage(LISTING));
    expect(await storedColumns(store, app.id)).toMatchObject({ listingAnalysisVersion: ANALYSER_VERSION });
    const stranger = await store.users.create('stranger-one-listing@example.com', 'hash');
    expect(await store.listingAnalyses.ofApplication(stranger!.id, app.id)).toBeUndefined();
  });

  it('gives the thank-you composer of every demo interviewer the context the listing texts give, from the kept analyses', async () => {
    const store = current();
    const now = new Date('2026-11-30T12:00:00Z');
    await store.transaction((tx) => tx.backup.restore(owner, generateDemo(now)));
    const backup = await store.backup.export(owner);
    let withTerms = 0;
    for (const person of backup.interviewers) {
      const slice = await store.followupReads.composer(owner, person.id);
      const kept = thankYouContext(slice, person.id);
      // Analysed from the text, as before the analyses were kept.
      expect(kept).toEqual(thankYouContext(backup, person.id));
      if ((kept?.check.listingTerms.length ?? 0) > 0) withTerms++;
    }
    expect(withTerms).toBeGreaterThan(5);

    // And the kept analysis is what it reads: kept as unreadable, the listing gives no terms.
    const person = backup.interviewers.find((p) => (thankYouContext(backup, p.id)?.check.listingTerms.length ?? 0) > 0)!;
    const appId = backup.interviews.find((i) => i.id === person.interviewId)!.applicationId;
    await store.db.updateTable('applications').set({ listingAnalysis: JSON.stringify({ analysis: null, fit: { workplace: null, cultureEvidence: [] }, terms: [] }) }).where('id', '=', appId).execute();
    expect(thankYouContext(await store.followupReads.composer(owner, person.id), person.id)?.check.listingTerms).toEqual([]);
  }, 120_000);
}
