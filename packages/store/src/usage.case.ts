import { expect, it } from 'vitest';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

const HOUR = 60 * 60 * 1000;

/** Per-account allowances (issue 13), run inside the shared store suite on every backend. */
export function usageStoreCases(current: () => Store): void {
  it('holds uploads for an hour per owner, and says when the oldest frees up', async () => {
    const store = current();
    const other = (await store.users.create('ben@example.com', null))!;
    const t0 = new Date('2026-11-30T10:00:00.000Z');
    expect((await store.usage.take(LOCAL_OWNER_ID, 'upload', 2, HOUR, t0)).isTaken).toBe(true);
    expect((await store.usage.take(LOCAL_OWNER_ID, 'upload', 2, HOUR, new Date(t0.getTime() + 60_000))).isTaken).toBe(true);
    const refused = await store.usage.take(LOCAL_OWNER_ID, 'upload', 2, HOUR, new Date(t0.getTime() + 120_000));
    expect(refused).toEqual({ isTaken: false, retryAfterMs: HOUR - 120_000 });
    // A refusal is not counted, another person is not touched, and scans are counted apart.
    expect(await store.usage.held(LOCAL_OWNER_ID, 'upload', new Date(t0.getTime() + 120_000))).toBe(2);
    expect((await store.usage.take(other.id, 'upload', 2, HOUR, t0)).isTaken).toBe(true);
    expect((await store.usage.take(LOCAL_OWNER_ID, 'scan', 1, HOUR, t0)).isTaken).toBe(true);
    // An hour after the first, one unit is free again.
    expect((await store.usage.take(LOCAL_OWNER_ID, 'upload', 2, HOUR, new Date(t0.getTime() + HOUR))).isTaken).toBe(true);
    expect((await store.usage.take(LOCAL_OWNER_ID, 'upload', 2, HOUR, new Date(t0.getTime() + HOUR))).isTaken).toBe(false);
  });

  it('gives a scan slot back when released, and frees a dead process’s slot when its lease ends', async () => {
    const store = current();
    const t0 = new Date('2026-11-30T10:00:00.000Z');
    const first = await store.usage.take(LOCAL_OWNER_ID, 'scan', 1, 60_000, t0);
    if (!first.isTaken) throw new Error('the first scan should start');
    expect(await store.usage.take(LOCAL_OWNER_ID, 'scan', 1, 60_000, t0)).toEqual({ isTaken: false, retryAfterMs: 60_000 });
    await store.usage.release(first.id);
    const second = await store.usage.take(LOCAL_OWNER_ID, 'scan', 1, 60_000, t0);
    expect(second.isTaken).toBe(true);
    // Never released (the process died): the lease ends it.
    expect((await store.usage.take(LOCAL_OWNER_ID, 'scan', 1, 60_000, new Date(t0.getTime() + 59_999))).isTaken).toBe(false);
    expect((await store.usage.take(LOCAL_OWNER_ID, 'scan', 1, 60_000, new Date(t0.getTime() + 60_000))).isTaken).toBe(true);
  });

  it('keeps no more than the cap when many requests race for it', async () => {
    // On PostgreSQL the store's pool spreads these over several connections, as several app
    // processes would; on SQLite they interleave on one.
    const store = current();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => store.usage.take(LOCAL_OWNER_ID, 'upload', 3, HOUR, now)));
    const taken = results.filter((r) => r.isTaken).length;
    expect(taken).toBe(3);
    expect(await store.usage.held(LOCAL_OWNER_ID, 'upload', now)).toBe(taken);
  });
}
