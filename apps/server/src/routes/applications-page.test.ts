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
