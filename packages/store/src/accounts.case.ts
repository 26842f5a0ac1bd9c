import { expect, it } from 'vitest';
import type { Store } from './store';

/**
 * Repository cases of issue 13 (accounts), run inside the shared store suite on every backend.
 * `current` gives the suite's fresh store of the running test.
 */
export function accountStoreCases(current: () => Store): void {
  it('ends every session of a user at once, and none of another user', async () => {
    const store = current();
    const ana = (await store.users.create('Ana@Example.com ', 'h1'))!;
    const ben = (await store.users.create('ben@example.com', 'h2'))!;
    expect(await store.users.create('ana@example.com', 'h3')).toBeNull();
    const a1 = await store.users.createSession(ana.id);
    const a2 = await store.users.createSession(ana.id);
    const b1 = await store.users.createSession(ben.id);
    expect(a1.token).not.toBe(a2.token);
    expect(await store.users.userForSession(a1.token)).toEqual({ id: ana.id, email: 'ana@example.com' });
    await store.users.deleteSessionsOf(ana.id);
    expect(await store.users.userForSession(a1.token)).toBeNull();
    expect(await store.users.userForSession(a2.token)).toBeNull();
    expect(await store.users.userForSession(b1.token)).toEqual({ id: ben.id, email: 'ben@example.com' });
  });

  it('refuses the sessions of a disabled account and deletes an account with its records', async () => {
    const store = current();
    const ana = (await store.users.create('ana@example.com', 'h1'))!;
    const s = await store.users.createSession(ana.id);
    await store.users.setDisabled(ana.id, true);
    expect(await store.users.userForSession(s.token)).toBeNull();
    expect((await store.users.findByEmail('ana@example.com'))?.disabledAt).toEqual(expect.any(String));
    await store.users.setDisabled(ana.id, false);
    expect((await store.users.findByEmail('ana@example.com'))?.disabledAt).toBeNull();
    await store.applications.create(ana.id, { company: 'A', role: 'R' } as never);
    await store.users.delete(ana.id);
    expect(await store.users.findByEmail('ana@example.com')).toBeNull();
    expect(await store.applications.list(ana.id)).toEqual([]);
  });

  it('counts failed sign-ins per key in the database and clears them', async () => {
    const store = current();
    const since = new Date(Date.now() - 60_000);
    await store.authGuard.recordFailure(['account:a@example.com', 'address:10.0.0.1']);
    await store.authGuard.recordFailure(['account:a@example.com', 'address:10.0.0.2']);
    expect(await store.authGuard.failuresSince('account:a@example.com', since)).toEqual({ count: 2, oldest: expect.any(String) });
    expect((await store.authGuard.failuresSince('address:10.0.0.1', since)).count).toBe(1);
    expect((await store.authGuard.failuresSince('account:a@example.com', new Date(Date.now() + 60_000))).count).toBe(0);
    await store.authGuard.clearFailures('account:a@example.com');
    expect(await store.authGuard.failuresSince('account:a@example.com', since)).toEqual({ count: 0, oldest: null });
    const taken = await store.authGuard.recordFailure(['address:10.0.0.1']);
    expect((await store.authGuard.failuresSince('address:10.0.0.1', since)).count).toBe(2);
    await store.authGuard.deleteFailures(taken);
    expect((await store.authGuard.failuresSince('address:10.0.0.1', since)).count).toBe(1);
    await store.authGuard.pruneFailures(new Date(Date.now() + 60_000));
    expect((await store.authGuard.failuresSince('address:10.0.0.1', since)).count).toBe(0);
  });

  it('gives a reset token that works once, stores only its hash, and replaces the earlier one', async () => {
    const store = current();
    const ana = (await store.users.create('ana@example.com', 'h1'))!;
    const first = await store.authGuard.createResetToken(ana.id, 3_600_000);
    const second = await store.authGuard.createResetToken(ana.id, 3_600_000);
    const rows = await store.db.selectFrom('passwordResets').select('id').execute();
    expect(rows.map((r) => r.id)).not.toContain(second.token);
    expect(await store.authGuard.consumeResetToken(first.token)).toBeNull();
    const [a, b] = await Promise.all([store.authGuard.consumeResetToken(second.token), store.authGuard.consumeResetToken(second.token)]);
    expect([a, b].filter((x) => x === ana.id)).toHaveLength(1);
    expect(await store.authGuard.consumeResetToken(second.token)).toBeNull();
    const expired = await store.authGuard.createResetToken(ana.id, -1);
    expect(await store.authGuard.consumeResetToken(expired.token)).toBeNull();
  });
}
