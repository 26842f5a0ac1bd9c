import { beforeEach, describe, expect, it } from 'vitest';
import { FINDING_CATEGORIES, type SocialFinding } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

/**
 * Lists that grew without bound (issue 13): each answers a page at a time, with a cursor, a
 * bounded `limit`, and 400 `BAD_CURSOR` for a cursor it did not give.
 */
let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  // A clock that moves on a millisecond at each reading: records made in one loop get distinct
  // times, so "newest first" has one right answer (with the wall clock, two could share a millisecond).
  let now = Date.parse('2026-11-01T09:00:00Z');
  store = await openStore({ file: ':memory:', clock: () => new Date((now += 1)) });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}

/** Every item of a paged list, following `nextCursor`; the sizes of the pages on the way. */
async function walk<T>(path: string, key: string, limit: number): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const sep = path.includes('?') ? '&' : '?';
    type Page = Record<string, unknown> & { nextCursor: string | null };
    const page: { status: number; body: Page } = await getJson<Page>(`${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.status).toBe(200);
    // A list that is not paged answers everything and no cursor: fail here, not loop forever.
    expect(page.body, path).toHaveProperty('nextCursor');
    const got = page.body[key] as T[];
    items.push(...got);
    sizes.push(got.length);
    cursor = page.body.nextCursor;
  }
  return { items, sizes };
}

type Group = { category: string; open: number; total: number; years: Array<{ year: number | null; findings: Array<{ id: string; date: string | null; category: string }> }> };
type FindingsPage = { groups: Group[]; counts: Record<string, { open: number; total: number }>; total: number; open: number; nextCursor: string | null };

describe('GET /api/social/findings pages the findings', () => {
  // 250 findings over every category, a few undated, one dealt with.
  async function scanMany(): Promise<void> {
    const findings: SocialFinding[] = Array.from({ length: 250 }, (_, i) => {
      const date = i % 25 === 0 ? null : new Date(Date.UTC(2010 + (i % 13), i % 12, 1 + (i % 27))).toISOString();
      return { id: `p${i}`, date, year: date ? Number(date.slice(0, 4)) : null, url: null, kind: 'post', category: FINDING_CATEGORIES[i % FINDING_CATEGORIES.length]!, terms: ['wtf'], excerpt: `post ${i} wtf`, severity: 'low' };
    });
    await store.transaction((tx) => tx.social.saveScan(LOCAL_OWNER_ID, { platform: 'x', fileName: 'x.zip', startedAt: '2026-11-25T10:00:00.000Z', items: 300, findingsCount: 250, findings, truncated: false }));
  }

  it('answers one bounded page, not every finding, with counts of them all', async () => {
    await scanMany();
    const first = await getJson<FindingsPage>('/api/social/findings');
    expect(first.status).toBe(200);
    const shown = first.body.groups.flatMap((g) => g.years.flatMap((y) => y.findings));
    expect(shown).toHaveLength(100);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect([first.body.total, first.body.open]).toEqual([250, 250]);
    expect(Object.values(first.body.counts).reduce((n, c) => n + c.total, 0)).toBe(250);
    // A group's counts are the whole category's, though the page holds only some of it.
    const profanity = first.body.groups.find((g) => g.category === 'profanity')!;
    expect(profanity.total).toBe(first.body.counts.profanity!.total);
  });

  it('walks every finding once, by category in the page’s order, newest first, undated last', async () => {
    await scanMany();
    const { items: pages, sizes } = await walk<Group>('/api/social/findings', 'groups', 60);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    const all = pages.flatMap((g) => g.years.flatMap((y) => y.findings));
    expect(all).toHaveLength(250);
    expect(new Set(all.map((f) => f.id)).size).toBe(250);
    const rank = (c: string) => FINDING_CATEGORIES.indexOf(c as never);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(rank(a.category)).toBeLessThanOrEqual(rank(b.category));
      if (a.category === b.category) expect((a.date ?? '') >= (b.date ?? '')).toBe(true);
    }
  });

  it('refuses a forged cursor and a page size out of bounds, and keeps the summary whole', async () => {
    await scanMany();
    const forged = await getJson<{ error: { code: string } }>('/api/social/findings?cursor=WyJ4Il0');
    expect([forged.status, forged.body.error.code]).toEqual([400, 'BAD_CURSOR']);
    expect((await app.request('/api/social/findings?limit=0')).status).toBe(422);
    expect((await app.request('/api/social/findings?limit=501')).status).toBe(422);
    const first = await getJson<FindingsPage>('/api/social/findings?limit=1');
    const id = first.body.groups[0]!.years[0]!.findings[0]!.id;
    await app.request(`/api/findings/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dealtWith: true }) });
    const summary = await getJson<{ open: number; dealtWith: number; openByCategory: Record<string, number> }>('/api/social/summary');
    expect([summary.body.open, summary.body.dealtWith]).toEqual([249, 1]);
    expect(Object.values(summary.body.openByCategory).reduce((n, x) => n + x, 0)).toBe(249);
    expect((await getJson<FindingsPage>('/api/social/findings?limit=1')).body.open).toBe(249);
  });
});

describe('GET /api/stories and /api/references page their lists', () => {
  const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('answers a bank of 130 stories a page at a time, in the order they were added, each once', async () => {
    const text = Array.from({ length: 130 }, (_, i) => `## Story ${String(i).padStart(3, '0')}\nSituation: s\nTask: t\nAction: a\nResult: r`).join('\n\n');
    expect((await post('/api/stories/import', { text, format: 'markdown' })).status).toBe(201);
    const first = await getJson<{ stories: Array<{ id: string; title: string }>; nextCursor: string | null }>('/api/stories');
    expect(first.body.stories).toHaveLength(100);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const { items, sizes } = await walk<{ id: string; title: string }>('/api/stories', 'stories', 40);
    expect(sizes).toEqual([40, 40, 40, 10]);
    expect(new Set(items.map((s) => s.id)).size).toBe(130);
    expect(items.map((s) => s.title)).toEqual((await store.prep.listStories(LOCAL_OWNER_ID)).map((s) => s.title));
    expect((await app.request('/api/stories?limit=501')).status).toBe(422);
    expect((await app.request('/api/stories?cursor=WyJ4Il0')).status).toBe(400);
  });

  it('answers references by name a page at a time, each with how often it was given', async () => {
    const { id: appId } = (await (await post('/api/applications', { company: 'Acme', role: 'R' })).json()) as { id: string };
    for (let i = 0; i < 25; i++) {
      const res = await post('/api/references', { name: `Ref ${String(i).padStart(2, '0')}`, relationship: 'manager', knowsWork: 3 });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      if (i === 21) expect((await post(`/api/applications/${appId}/references`, { referenceId: id, givenOn: '2026-11-01' })).status).toBe(201);
    }
    const { items, sizes } = await walk<{ name: string; timesGiven: number }>('/api/references', 'references', 10);
    expect(sizes).toEqual([10, 10, 5]);
    expect(items.map((r) => r.name)).toEqual(Array.from({ length: 25 }, (_, i) => `Ref ${String(i).padStart(2, '0')}`));
    expect(items.filter((r) => r.timesGiven > 0).map((r) => [r.name, r.timesGiven])).toEqual([['Ref 21', 1]]);
    expect((await app.request('/api/references?limit=201')).status).toBe(422);
    expect((await app.request('/api/references?cursor=WyJ4Il0')).status).toBe(400);
  });
});

describe('the materials of an application page their files and submissions', () => {
  it('answers the latest 50 files and 20 submissions, checks the latest file of each item, and pages the rest', async () => {
    const created = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: 'Acme', role: 'R' }) });
    const { id } = (await created.json()) as { id: string };
    const [item] = (await store.transaction((tx) => tx.materials.saveItems(LOCAL_OWNER_ID, id, [{ kind: 'resume', label: null, required: true, formats: ['pdf'], maxBytes: null, via: null }])))!;
    const bytes = (i: number) => new TextEncoder().encode(`file ${i}`);
    let lastAttached = '';
    for (let i = 0; i < 60; i++) {
      const file = await store.materials.addFile(LOCAL_OWNER_ID, id, { itemId: i % 2 ? item!.id : null, fileName: `f${i}.pdf`, sha256: String(i).padStart(64, '0'), mime: 'application/pdf', format: 'pdf', textReadable: true }, bytes(i));
      if (i % 2) lastAttached = file!.id;
    }
    for (let i = 0; i < 25; i++) await store.materials.addSubmission(LOCAL_OWNER_ID, id, [], `time ${i}`);
    type View = { files: Array<{ id: string; fileName: string }>; filesNextCursor: string | null; submissions: Array<{ id: string }>; submissionsNextCursor: string | null; check: { items: Array<{ file?: { id: string } }> } };
    const view = await getJson<View>(`/api/applications/${id}/materials`);
    expect(view.status).toBe(200);
    expect(view.body.files).toHaveLength(50);
    expect(view.body.files[0]!.fileName).toBe('f59.pdf');
    expect(view.body.submissions).toHaveLength(20);
    expect(view.body.check.items[0]!.file?.id).toBe(lastAttached);
    const files = await walk<{ id: string }>(`/api/applications/${id}/materials/files`, 'files', 25);
    expect(files.sizes).toEqual([25, 25, 10]);
    expect(new Set(files.items.map((f) => f.id)).size).toBe(60);
    expect(files.items.slice(0, 50).map((f) => f.id)).toEqual(view.body.files.map((f) => f.id));
    const subs = await walk<{ id: string }>(`/api/applications/${id}/materials/submissions`, 'submissions', 20);
    expect(subs.sizes).toEqual([20, 5]);
    expect(new Set(subs.items.map((s) => s.id)).size).toBe(25);
    const older = await getJson<{ submissions: Array<{ id: string }> }>(`/api/applications/${id}/materials/submissions?cursor=${encodeURIComponent(view.body.submissionsNextCursor!)}`);
    expect(older.body.submissions).toHaveLength(5);
    expect((await app.request(`/api/applications/${id}/materials/files?limit=201`)).status).toBe(422);
    expect((await app.request(`/api/applications/${id}/materials/submissions?cursor=WyJ4Il0`)).status).toBe(400);
    expect((await app.request('/api/applications/nope/materials/files')).status).toBe(404);
  });
});
