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

/** History paging, run inside the shared store suite on every backend. */
export function historyPageStoreCases(current: () => Store): void {
  it('pages an application’s history newest first, in the order the facts happened, each event once', async () => {
    const store = current();
    const a = await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'R', stage: 'applied', stageDate: '2026-01-01' }));
    // Same-day steps entered out of order: the funnel rank orders them, not the typing.
    const steps: Array<[string, string]> = [['round2', '2026-01-20'], ['round1', '2026-01-20'], ['screen', '2026-01-10'], ['rejected', '2026-01-20'], ['round1', '2026-01-15']];
    for (let i = 0; i < 4; i++) for (const [stage, date] of steps) await store.events.add(LOCAL_OWNER_ID, a.id, stageEventInputSchema.parse({ stage, date, reason: `pass ${i}` }));
    const whole = (await store.applications.get(LOCAL_OWNER_ID, a.id))!.events;
    expect(whole).toHaveLength(21);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await store.events.listPage(LOCAL_OWNER_ID, a.id, { cursor, limit: 4 }))!;
      expect(page.events.length).toBeLessThanOrEqual(4);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = [...whole].reverse();
    expect(new Set(seen).size).toBe(21);
    // The reverse of the history order (ties of one stage on one day may differ by milliseconds).
    expect(seen.map((id) => `${whole.find((e) => e.id === id)!.date} ${whole.find((e) => e.id === id)!.stage}`)).toEqual(expected.map((e) => `${e.date} ${e.stage}`));
    expect(await store.events.listPage('someone-else', a.id, { limit: 4 })).toBeNull();
  });
}

/** Contact paging, run inside the shared store suite on every backend. */
export function contactPageStoreCases(current: () => Store): void {
  it('pages contacts by name, each once, same names included', async () => {
    const store = current();
    const names = ['Zoë', 'ana', 'Ana', 'Bo', 'Bo', 'Bo', "O'Brien", 'Émile', 'Cy'];
    for (const name of names) await store.contacts.create(LOCAL_OWNER_ID, { name } as never);
    const whole = (await store.contacts.list(LOCAL_OWNER_ID)).map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.contacts.listPage(LOCAL_OWNER_ID, { cursor, limit: 2 });
      seen.push(...page.contacts.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(whole);
    expect((await store.contacts.listPage('someone-else', { limit: 2 })).contacts).toEqual([]);
  });
}

/** Uploaded-export paging, run inside the shared store suite on every backend. */
export function auditPageStoreCases(current: () => Store): void {
  it('pages uploaded exports newest first, each once, ties on the same instant included', async () => {
    const store = current();
    for (let i = 0; i < 7; i++) await store.social.saveFailure(LOCAL_OWNER_ID, { platform: null, fileName: `f${i}.zip`, startedAt: `2026-11-0${1 + (i % 3)}T10:00:00.000Z`, code: 'NOT_AN_EXPORT', message: 'x' });
    const whole = (await store.social.listAudits(LOCAL_OWNER_ID)).map((a) => a.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.social.listAuditsPage(LOCAL_OWNER_ID, { cursor, limit: 3 });
      seen.push(...page.audits.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(whole);
    expect((await store.social.listAuditsPage('someone-else', { limit: 3 })).audits).toEqual([]);
  });
}
