import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { ANALYSER_VERSION, analyzeListing, draftReferenceBrief, generateDemo, matchStories, readList, storyTerms, storyView, SUPPORTED_LANGUAGES, type Backup, type ListingAnalysis, type StoryMatch } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../../tests/support/pg';
import { createApp } from '../app';

type Reply = { status: number; body: Record<string, unknown> };

/**
 * The prep page's listing analysis and the reference brief read the analysis kept with the
 * listing, as the Diagnosis and the composer do: the same answers the listing texts gave when each
 * request analysed them, and a kept analysis changed behind their back is the one they show.
 */
function keptListingSuite(name: string, open: () => Promise<Store>, skip = false) {
  describe.skipIf(skip)(`kept listing analyses on ${name}`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let demo: Backup;
    beforeAll(async () => {
      store = await open();
      app = createApp({ store, mode: 'personal', version: 'test', logger: pino({ level: 'silent' }) });
      demo = generateDemo(new Date('2026-11-30T12:00:00Z'));
      await store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, demo));
    }, 120_000);
    afterAll(() => store?.close());

    const get = async (path: string): Promise<Reply> => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as Reply['body'] };
    };
    const keptColumns = (id: string) => store.db.selectFrom('applications').select(['listingAnalysis', 'listingAnalysisVersion']).where('id', '=', id).executeTakeFirstOrThrow();
    const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

    /** What the analysis route answered when it analysed the listing text on each request. */
    async function analysedFromText(text: string | null): Promise<Reply> {
      if (text === null || text.trim() === '') return { status: 422, body: { error: { code: 'NO_LISTING' } } };
      let analysis: ListingAnalysis;
      try {
        analysis = analyzeListing(text);
      } catch (e) {
        return { status: 422, body: { error: { code: (e as { code: string }).code } } };
      }
      if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(analysis.language)) return { status: 422, body: { error: { code: 'LISTING_NOT_ENGLISH' } } };
      const stories = await store.prep.listStories(LOCAL_OWNER_ID);
      return { status: 200, body: json({ analysis, match: matchStories(analysis, stories), stories: stories.map((s) => ({ id: s.id, title: s.title, leadershipWeight: storyView(s).leadershipWeight })) }) };
    }

    it('gives every demo application the analysis its listing text gives, and keeps it', async () => {
      let analysed = 0;
      for (const a of demo.applications) {
        const expected = await analysedFromText(a.listingText);
        const got = await get(`/api/applications/${a.id}/analysis`);
        expect(got.status).toBe(expected.status);
        if (expected.status === 200) {
          expect(got.body).toEqual(expected.body);
          expect((await keptColumns(a.id)).listingAnalysis).not.toBeNull();
          analysed++;
        } else {
          expect(got.body).toMatchObject(expected.body);
        }
      }
      expect(analysed).toBeGreaterThan(10);
      // Analyses every demo listing twice, through the route and directly (30.6 s in a clean-clone run on a loaded machine).
    }, 120_000);

    it('gives every demo reference the brief its listing text gives', async () => {
      const stories = await store.prep.listStories(LOCAL_OWNER_ID);
      let withRequirements = 0;
      for (const use of demo.referenceUses ?? []) {
        const reference = (await store.people.getReference(LOCAL_OWNER_ID, use.referenceId))!;
        const application = demo.applications.find((a) => a.id === use.applicationId)!;
        const analysis = application.listingText?.trim() ? analyzeListing(application.listingText) : null;
        const witnessed = new Set(reference.witnessedStoryIds);
        const expected = draftReferenceBrief({
          reference,
          company: application.company,
          role: application.role,
          requirements: analysis?.requirements ?? [],
          isManagerRole: analysis?.isManagerRole ?? false,
          stories: stories.filter((s) => witnessed.has(s.id)).map((s) => ({ title: s.title, result: s.result })),
          senderName: null,
        });
        const got = await get(`/api/reference-uses/${use.id}/brief`);
        expect(got.status).toBe(200);
        expect(got.body).toMatchObject(expected);
        if ((analysis?.requirements.length ?? 0) > 0) withRequirements++;
      }
      expect(withRequirements).toBeGreaterThan(0);
    });

    it('matches the story bank by the terms kept with each story: kept ones are read as they are, stale ones worked out again and kept', async () => {
      const storyColumns = () => store.db.selectFrom('stories').select(['id', 'title', 'situation', 'task', 'action', 'result', 'skills', 'tags', 'matchTerms', 'matchTermsVersion', 'updatedAt']).where('ownerId', '=', LOCAL_OWNER_ID).orderBy('id').execute();
      const covered = (body: Reply['body']) => (body.match as StoryMatch).coverage.filter((c) => c.storyIds.length > 0).length;
      const bank = await store.prep.listStories(LOCAL_OWNER_ID);
      const app = demo.applications.find((a) => a.listingText?.trim() && matchStories(analyzeListing(a.listingText), bank).coverage.some((c) => c.storyIds.length > 0))!;
      const expected = await analysedFromText(app.listingText);
      expect(covered(expected.body)).toBeGreaterThan(0);
      const kept = await storyColumns();
      try {
        // Kept as empty at this version: read as they are, not worked out again, so no story covers anything.
        await store.db.updateTable('stories').set({ matchTerms: '{"tf":[],"length":0}', matchTermsVersion: ANALYSER_VERSION }).where('ownerId', '=', LOCAL_OWNER_ID).execute();
        const planted = await get(`/api/applications/${app.id}/analysis`);
        expect(planted.status).toBe(200);
        expect(covered(planted.body)).toBe(0);
        expect({ ...planted.body, match: undefined }).toEqual({ ...expected.body, match: undefined });

        // Kept by another version: worked out again, kept, and the answer is the one the texts give.
        await store.db.updateTable('stories').set({ matchTermsVersion: ANALYSER_VERSION - 1 }).where('ownerId', '=', LOCAL_OWNER_ID).execute();
        expect(await get(`/api/applications/${app.id}/analysis`)).toEqual(expected);
        for (const row of await storyColumns()) {
          expect(row.matchTermsVersion).toBe(ANALYSER_VERSION);
          expect(JSON.parse(row.matchTerms!)).toEqual(storyTerms({ ...row, skills: readList(row.skills), tags: readList(row.tags) }));
          expect(row.updatedAt).toBe(kept.find((k) => k.id === row.id)!.updatedAt);
        }
      } finally {
        for (const row of kept) await store.db.updateTable('stories').set({ matchTerms: row.matchTerms, matchTermsVersion: row.matchTermsVersion }).where('id', '=', row.id).execute();
      }
    });

    it('reads the kept analysis, not the text: a changed one is what the prep page and the brief show', async () => {
      const use = (demo.referenceUses ?? []).find((u) => (analyzeListing(demo.applications.find((a) => a.id === u.applicationId)?.listingText ?? '-').requirements.length ?? 0) > 0)!;
      const id = use.applicationId;
      await get(`/api/applications/${id}/analysis`);
      const kept = await keptColumns(id);
      const stored = JSON.parse(kept.listingAnalysis!) as { analysis: ListingAnalysis };
      const planted = { text: 'Ten years of planted requirements', kind: 'required' as const, skills: [] };
      await store.db
        .updateTable('applications')
        .set({ listingAnalysis: JSON.stringify({ ...stored, analysis: { ...stored.analysis, isManagerRole: true, requirements: [planted] }, terms: [{ words: ['planted'], skills: [] }] }) })
        .where('id', '=', id)
        .execute();
      try {
        const analysis = await get(`/api/applications/${id}/analysis`);
        expect(analysis.status).toBe(200);
        expect(analysis.body).toMatchObject({ analysis: { isManagerRole: true, requirements: [planted] } });
        const brief = await get(`/api/reference-uses/${use.id}/brief`);
        expect(brief.body.body).toContain('- Ten years of planted requirements');
        expect(brief.body.body).toContain('a role that leads a team');

        // Kept as unreadable: the brief has no requirements; the prep page reads the text again to
        // say why, and this text reads, so it shows the text's analysis.
        await store.db.updateTable('applications').set({ listingAnalysis: JSON.stringify({ ...stored, analysis: null, terms: [] }) }).where('id', '=', id).execute();
        expect(await get(`/api/applications/${id}/analysis`)).toEqual(await analysedFromText(demo.applications.find((a) => a.id === id)!.listingText));
        expect((await get(`/api/reference-uses/${use.id}/brief`)).body.body).not.toContain('What they are looking for');
      } finally {
        await store.db.updateTable('applications').set(kept).where('id', '=', id).execute();
      }
    });
  });
}

keptListingSuite('SQLite', () => openStore({ file: ':memory:' }));

let temp: TempDatabase | null = null;
keptListingSuite(
  'PostgreSQL',
  async () => {
    temp = await createTempDatabase();
    return openStore({ databaseUrl: temp.url, poolSize: 3 });
  },
  pgSkipped,
);
afterAll(async () => {
  await temp?.drop();
});
