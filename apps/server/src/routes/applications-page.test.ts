import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

type Page = { applications: Array<{ id: string; company: string }>; nextCursor: string | null };
const get = async (query: string) => {
  const res = await app.request(`/api/applications${query}`);
  return { status: res.status, body: (await res.json()) as Page & { error?: { code: string } } };
};

describe('GET /api/applications pages by cursor', () => {
  it('walks every application once, newest first, page by page', async () => {
    for (let i = 0; i < 7; i++) {
      const res = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: `C${i}`, role: 'R' }) });
      expect(res.status).toBe(201);
    }
    const whole = await get('');
    expect(whole.body.applications).toHaveLength(7);
    expect(whole.body.nextCursor).toBeNull();
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await get(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      sizes.push(page.body.applications.length);
      seen.push(...page.body.applications.map((a) => a.id));
      cursor = page.body.nextCursor;
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(whole.body.applications.map((a) => a.id));
  });

  it('refuses a forged cursor and a page size out of bounds', async () => {
    expect((await get('?cursor=not-a-cursor')).body.error?.code).toBe('BAD_CURSOR');
    expect((await get('?limit=0')).status).toBe(422);
    expect((await get('?limit=501')).status).toBe(422);
  });
});

describe('GET /api/applications?status= pages open and closed applications apart', () => {
  it('keeps only closed (or only open) ones, page by page, in the same order', async () => {
    const closedIds: string[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: `C${i}`, role: 'R', stage: 'applied', stageDate: '2026-10-01' }) });
      const { id } = (await res.json()) as { id: string };
      if (i % 3 !== 0) {
        const ev = await app.request(`/api/applications/${id}/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ stage: 'rejected', date: '2026-10-10' }) });
        expect(ev.status).toBe(201);
        closedIds.push(id);
      }
    }
    const whole = (await get('')).body.applications.map((a) => a.id);
    const walk = async (status: string, limit: number) => {
      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page = await get(`?status=${status}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.status).toBe(200);
        sizes.push(page.body.applications.length);
        seen.push(...page.body.applications.map((a) => a.id));
        cursor = page.body.nextCursor;
      }
      return { seen, sizes };
    };
    const closed = await walk('closed', 4);
    expect(closed.sizes).toEqual([4, 2]);
    expect(closed.seen).toEqual(whole.filter((id) => closedIds.includes(id)));
    const open = await walk('open', 2);
    expect(open.sizes).toEqual([2, 1]);
    expect(open.seen).toEqual(whole.filter((id) => !closedIds.includes(id)));
    // Exactly a page's worth: no empty page after it.
    expect(await walk('closed', 6)).toEqual({ seen: closed.seen, sizes: [6] });
  });

  it('refuses an unknown status and names what it takes', async () => {
    const res = await get('?status=archived');
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('open');
  });

  it('answers a forged cursor with 400 and a message saying what to do', async () => {
    const res = await app.request('/api/applications?status=closed&cursor=eyJ4IjoxfQ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BAD_CURSOR', message: 'the page cursor is not one this server gave; start from the first page' } });
  });
});

describe('GET /api/applications/{id}/events pages the history', () => {
  it('walks the history newest first, each step once, and answers 404 for an unknown application', async () => {
    const res = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: 'Acme', role: 'R', stage: 'applied', stageDate: '2026-01-01' }) });
    const { id } = (await res.json()) as { id: string };
    for (let d = 2; d <= 9; d++) {
      const ev = await app.request(`/api/applications/${id}/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ stage: d % 2 ? 'rejected' : 'screen', date: `2026-01-0${d}` }) });
      expect(ev.status).toBe(201);
    }
    const dates: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await app.request(`/api/applications/${id}/events?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      const body = (await page.json()) as { events: Array<{ date: string }>; nextCursor: string | null };
      sizes.push(body.events.length);
      dates.push(...body.events.map((e) => e.date));
      cursor = body.nextCursor;
    }
    expect(sizes).toEqual([4, 4, 1]);
    expect(dates).toEqual(['2026-01-09', '2026-01-08', '2026-01-07', '2026-01-06', '2026-01-05', '2026-01-04', '2026-01-03', '2026-01-02', '2026-01-01']);
    expect((await app.request('/api/applications/nope/events')).status).toBe(404);
    expect((await app.request(`/api/applications/${id}/events?limit=201`)).status).toBe(422);
    expect((await app.request(`/api/applications/${id}/events?cursor=bm9wZQ`)).status).toBe(400);
  });
});

describe('GET /api/applications/{id} holds the latest steps of the history, not all of it', () => {
  it('returns the newest 50 steps, their count, and a cursor into /events for the older ones', async () => {
    const res = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: 'Acme', role: 'R', stage: 'applied', stageDate: '2020-01-01' }) });
    const { id } = (await res.json()) as { id: string };
    // 129 more steps, one a day: 130 in all, the last a rejection.
    for (let i = 1; i < 130; i++) {
      const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      await store.events.add('local', id, { stage: i === 129 ? 'rejected' : i % 2 ? 'screen' : 'applied', date, reason: `step ${i}` });
    }
    type Detail = { outcome: string | null; events: Array<{ id: string; date: string; reason: string | null }>; eventsTotal: number; eventsNextCursor: string | null };
    const detail = (await (await app.request(`/api/applications/${id}`)).json()) as Detail;
    expect(detail.events).toHaveLength(50);
    expect(detail.eventsTotal).toBe(130);
    expect(detail.outcome).toBe('rejected');
    // The same order as before (the order the facts happened in), of the latest 50.
    expect(detail.events[0]!.reason).toBe('step 80');
    expect(detail.events[49]!.reason).toBe('step 129');
    expect(detail.eventsNextCursor).toEqual(expect.any(String));
    const older = (await (await app.request(`/api/applications/${id}/events?limit=200&cursor=${encodeURIComponent(detail.eventsNextCursor!)}`)).json()) as { events: Array<{ id: string; reason: string | null }>; nextCursor: string | null };
    expect(older.events).toHaveLength(80);
    expect(older.events[0]!.reason).toBe('step 79');
    expect(older.events[79]!.reason).toBeNull();
    expect(older.nextCursor).toBeNull();
    expect(new Set([...detail.events, ...older.events].map((e) => e.id)).size).toBe(130);
  });

  it('gives no cursor when the whole history fits', async () => {
    const res = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: 'Acme', role: 'R', stage: 'applied', stageDate: '2020-01-01' }) });
    const { id } = (await res.json()) as { id: string };
    const detail = (await (await app.request(`/api/applications/${id}`)).json()) as { events: unknown[]; eventsTotal: number; eventsNextCursor: string | null };
    expect([detail.events.length, detail.eventsTotal, detail.eventsNextCursor]).toEqual([1, 1, null]);
  });
});
