import { expect, it } from 'vitest';
import { applicationInputSchema, stageEventInputSchema } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Paging by derived status (issue 13), run inside the shared store suite on every backend. */
export function pageStoreCases(current: () => Store): void {
  it('pages closed applications across the chunks it reads, each once, in list order', async () => {
    const store = current();
    const closed = new Set<string>();
    // More rows than one read chunk (200), closed ones scattered, so pages span chunks.
    for (let i = 0; i < 260; i++) {
      const a = await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: `C${i}`, role: 'R', stage: 'applied', stageDate: '2026-10-01' }));
      if (i % 7 === 3) {
        await store.events.add(LOCAL_OWNER_ID, a.id, stageEventInputSchema.parse({ stage: 'withdrawn', date: '2026-10-05' }));
        closed.add(a.id);
      }
    }
    const order = (await store.applications.list(LOCAL_OWNER_ID)).map((a) => a.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.applications.listPage(LOCAL_OWNER_ID, { cursor, limit: 25, status: 'closed' });
      seen.push(...page.applications.map((a) => a.id));
      expect(page.applications.every((a) => a.outcome === 'withdrawn')).toBe(true);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(order.filter((id) => closed.has(id)));
    expect(pages).toBe(Math.ceil(closed.size / 25));
    const open = await store.applications.listPage(LOCAL_OWNER_ID, { limit: 500, status: 'open' });
    expect(open.applications.map((a) => a.id)).toEqual(order.filter((id) => !closed.has(id)));
    expect(open.nextCursor).toBeNull();
  });
}
