import { expect, it } from 'vitest';
import { applicationInputSchema, FINDING_CATEGORIES, referenceFormSchema, storyFormSchema, type SocialFinding } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Paging of the lists that had none (issue 13), run inside the shared store suite on every backend. */
export function listPageStoreCases(current: () => Store): void {
  it('pages social findings by category, newest first, undated last, each once, and counts them all', async () => {
    const store = current();
    const findings: SocialFinding[] = Array.from({ length: 90 }, (_, i) => {
      // Several findings share a day, so the id breaks ties across page ends.
      const date = i % 9 === 0 ? null : `20${10 + (i % 5)}-0${1 + (i % 3)}-01T00:00:00.000Z`;
      return { id: `p${i}`, date, year: date ? Number(date.slice(0, 4)) : null, url: null, kind: 'post', category: FINDING_CATEGORIES[i % 3]!, terms: ['wtf'], excerpt: `post ${i}`, severity: 'low' };
    });
    await store.transaction((tx) => tx.social.saveScan(LOCAL_OWNER_ID, { platform: 'x', fileName: 'x.zip', startedAt: '2026-11-25T10:00:00.000Z', items: 90, findingsCount: 90, findings, truncated: false }));
    await store.transaction((tx) => tx.social.saveScan(LOCAL_OWNER_ID, { platform: 'linkedin', fileName: 'l.zip', startedAt: '2026-11-25T11:00:00.000Z', items: 1, findingsCount: 1, findings: [{ ...findings[1]!, id: 'L1' }], truncated: false }));
    const seen: Array<{ itemId: string; category: string; date: string | null }> = [];
    let cursor: string | undefined;
    do {
      const page = await store.social.listFindingsPage(LOCAL_OWNER_ID, { platform: 'x', cursor, limit: 7 });
      expect(page.findings.length).toBeLessThanOrEqual(7);
      seen.push(...page.findings);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(90);
    expect(new Set(seen.map((f) => f.itemId)).size).toBe(90);
    const key = (f: { category: string; date: string | null }) => [FINDING_CATEGORIES.indexOf(f.category as never), f.date ?? ''] as const;
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [key(seen[i - 1]!), key(seen[i]!)];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] >= b[1]), `${i}: ${a} then ${b}`).toBe(true);
    }
    expect(seen.filter((f) => f.category === FINDING_CATEGORIES[0]).at(-1)?.date).toBeNull();
    const [first] = seen;
    await store.social.setDealtWith(LOCAL_OWNER_ID, (await store.social.listFindings(LOCAL_OWNER_ID)).find((f) => f.itemId === first!.itemId && f.platform === 'x')!.id, true);
    const counts = await store.social.countFindings(LOCAL_OWNER_ID, { platform: 'x' });
    expect(counts).toEqual({ [FINDING_CATEGORIES[0]]: { open: 29, total: 30 }, [FINDING_CATEGORIES[1]]: { open: 30, total: 30 }, [FINDING_CATEGORIES[2]]: { open: 30, total: 30 } });
    expect((await store.social.countFindings(LOCAL_OWNER_ID))[FINDING_CATEGORIES[1]]).toEqual({ open: 31, total: 31 });
    expect(await store.social.countFindings('someone-else')).toEqual({});
  });

  it('pages stories, references (with their uses) and an application’s files and submissions, each once', async () => {
    const store = current();
    const owner = LOCAL_OWNER_ID;
    await store.prep.createStories(owner, Array.from({ length: 23 }, (_, i) => storyFormSchema.parse({ title: `S${i}` })));
    const stories: string[] = [];
    for (let cursor: string | undefined, n = 0; n === 0 || cursor; n++) {
      const page = await store.prep.listStoriesPage(owner, { cursor, limit: 5 });
      stories.push(...page.stories.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    }
    expect(stories).toEqual((await store.prep.listStories(owner)).map((s) => s.id));
    const refs = [];
    for (let i = 0; i < 12; i++) refs.push(await store.people.createReference(owner, referenceFormSchema.parse({ name: `R${String(i).padStart(2, '0')}`, relationship: 'colleague', knowsWork: 3 })));
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'R' }));
    await store.people.createUse(owner, app.id, { referenceId: refs[7]!.id, givenOn: '2026-11-02', briefedOn: null, checkedOn: null, notes: null });
    const names: string[] = [];
    for (let cursor: string | undefined, n = 0; n === 0 || cursor; n++) {
      const page = await store.people.listReferencesPage(owner, { cursor, limit: 5 });
      names.push(...page.references.map((r) => r.name));
      cursor = page.nextCursor ?? undefined;
    }
    expect(names).toEqual(refs.map((r) => r.name));
    expect((await store.people.listUsesOf(owner, [refs[7]!.id, refs[8]!.id])).map((u) => u.referenceId)).toEqual([refs[7]!.id]);
    expect(await store.people.listUsesOf('someone-else', [refs[7]!.id])).toEqual([]);
    for (let i = 0; i < 7; i++) {
      await store.materials.addFile(owner, app.id, { itemId: null, fileName: `f${i}.pdf`, sha256: String(i).padStart(64, '0'), mime: 'application/pdf', format: 'pdf', textReadable: true }, new TextEncoder().encode(`f${i}`));
      await store.materials.addSubmission(owner, app.id, [], `s${i}`);
    }
    const files: string[] = [];
    const subs: string[] = [];
    for (let cursor: string | undefined, n = 0; n === 0 || cursor; n++) {
      const page = await store.materials.listFilesPage(owner, app.id, { cursor, limit: 3 });
      files.push(...page.files.map((f) => f.id));
      cursor = page.nextCursor ?? undefined;
    }
    for (let cursor: string | undefined, n = 0; n === 0 || cursor; n++) {
      const page = await store.materials.listSubmissionsPage(owner, app.id, { cursor, limit: 3 });
      subs.push(...page.submissions.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    }
    expect(files).toEqual((await store.materials.listFiles(owner, app.id)).map((f) => f.id).reverse());
    expect(subs).toEqual((await store.materials.listSubmissions(owner, app.id)).map((s) => s.id));
  });
}
