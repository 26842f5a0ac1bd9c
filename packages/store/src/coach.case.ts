import { expect, it } from 'vitest';
import type { Store } from './store';

/** Shares with coaches (issue 14), on every backend. */
export function coachStoreCases(current: () => Store): void {
  it('shares with a coach by e-mail, lists and revokes, and the coach sees the person only while shared', async () => {
    const store = current();
    const ana = (await store.users.create('ana@example.com', 'h'))!;
    const coach = (await store.users.create('coach@example.com', 'h'))!;
    const share = await store.coach.share(ana.id, ' Coach@Example.com ');
    expect(share).toMatchObject({ email: 'coach@example.com', id: expect.any(String) });
    if (share === 'self') throw new Error('unexpected');
    expect(await store.coach.share(ana.id, 'coach@example.com')).toEqual(share);
    expect(await store.coach.listShares(ana.id)).toEqual([share]);
    expect(await store.coach.peopleFor(coach.id)).toEqual([{ personId: ana.id, email: 'ana@example.com', sharedAt: share.createdAt }]);
    expect(await store.coach.sharedPerson(coach.id, ana.id)).toMatchObject({ personId: ana.id });
    expect(await store.coach.sharedPerson(ana.id, coach.id)).toBeNull();
    expect(await store.coach.revoke(coach.id, share.id)).toBe(false);
    expect(await store.coach.revoke(ana.id, share.id)).toBe(true);
    expect(await store.coach.revoke(ana.id, share.id)).toBe(false);
    expect(await store.coach.sharedPerson(coach.id, ana.id)).toBeNull();
    expect(await store.coach.peopleFor(coach.id)).toEqual([]);
    expect(await store.coach.listShares(ana.id)).toEqual([]);
  });

  it('lists a share with an unknown e-mail like any other, grants it to nobody who signs up later, and binds it when shared again', async () => {
    const store = current();
    const ana = (await store.users.create('ana@example.com', 'h'))!;
    const share = await store.coach.share(ana.id, 'later@example.com');
    expect(await store.coach.listShares(ana.id)).toEqual([share]);
    const later = (await store.users.create('later@example.com', 'h'))!;
    expect(await store.coach.sharedPerson(later.id, ana.id)).toBeNull();
    expect(await store.coach.share(ana.id, 'later@example.com')).toEqual(share);
    expect(await store.coach.sharedPerson(later.id, ana.id)).toMatchObject({ personId: ana.id, email: 'ana@example.com' });
  });

  it('refuses to share with oneself, hides disabled people, and forgets shares of deleted accounts', async () => {
    const store = current();
    const ana = (await store.users.create('ana@example.com', 'h'))!;
    const ben = (await store.users.create('ben@example.com', 'h'))!;
    const coach = (await store.users.create('coach@example.com', 'h'))!;
    expect(await store.coach.share(ana.id, 'ANA@example.com')).toBe('self');
    await store.coach.share(ana.id, 'coach@example.com');
    await store.coach.share(ben.id, 'coach@example.com');
    expect((await store.coach.peopleFor(coach.id)).map((p) => p.email)).toEqual(['ana@example.com', 'ben@example.com']);
    await store.users.setDisabled(ben.id, true);
    expect((await store.coach.peopleFor(coach.id)).map((p) => p.email)).toEqual(['ana@example.com']);
    expect(await store.coach.sharedPerson(coach.id, ben.id)).toBeNull();
    await store.users.delete(coach.id);
    expect(await store.coach.listShares(ana.id)).toEqual([]);
  });
}
