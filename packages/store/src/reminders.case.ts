import { expect, it } from 'vitest';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Repository cases of issue 15's reminder mails, on every backend. */
export function remindersStoreCases(current: () => Store): void {
  const owner = LOCAL_OWNER_ID;

  it('claims a reminder once, keeps it once sent, and gives back a failed one', async () => {
    const store = current();
    expect(await store.reminders.claim(owner, 'digest:2026-12-01', 'digest')).toBe(true);
    expect(await store.reminders.claim(owner, 'digest:2026-12-01', 'digest')).toBe(false);
    await store.reminders.markSent(owner, 'digest:2026-12-01');
    // Releasing a sent mail does nothing: it went out.
    await store.reminders.release(owner, 'digest:2026-12-01');
    expect(await store.reminders.claim(owner, 'digest:2026-12-01', 'digest')).toBe(false);

    expect(await store.reminders.claim(owner, 'thank_you:p1:2026-12-01T15:00:00.000Z', 'thank_you')).toBe(true);
    await store.reminders.release(owner, 'thank_you:p1:2026-12-01T15:00:00.000Z');
    expect(await store.reminders.claim(owner, 'thank_you:p1:2026-12-01T15:00:00.000Z', 'thank_you')).toBe(true);
    expect((await store.reminders.list(owner)).map((r) => [r.key, r.sentAt === null])).toEqual([
      ['digest:2026-12-01', false],
      ['thank_you:p1:2026-12-01T15:00:00.000Z', true],
    ]);

    // Another owner's keys are their own.
    const other = await store.users.create('other-reminders@example.com', 'hash');
    expect(await store.reminders.claim(other!.id, 'digest:2026-12-01', 'digest')).toBe(true);
    expect(await store.reminders.list(other!.id)).toHaveLength(1);
  });

  it('lists only the owners who turned the digest on', async () => {
    const store = current();
    const off = await store.users.create('off-reminders@example.com', 'hash');
    const on = await store.users.create('on-reminders@example.com', 'hash');
    await store.settings.update(owner, { timeZone: 'Europe/Berlin' });
    await store.settings.update(off!.id, { digest: { enabled: false, hour: 7 } });
    await store.settings.update(on!.id, { digest: { enabled: true, hour: 18, to: 'me@example.com' } });
    const owners = await store.reminders.ownersWithDigest();
    expect(owners.map((o) => o.ownerId)).toEqual([on!.id]);
    expect(owners[0]!.settings.digest).toEqual({ enabled: true, hour: 18, to: 'me@example.com', thankYouReminders: true });
  });
}
