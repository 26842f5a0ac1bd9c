import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInputSchema } from '@secondround/core';
import { openStore, type Store } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../../tests/support/pg';
import { importMessages } from './mail-import';
import { decideProposals } from './mail-proposals';
import { INVITED, INVITE_REMINDER, mail } from './mail-fixtures';

const NOW = new Date('2026-11-30T12:00:00Z');

// Accepting an interview invitation records the round itself (date, time, zone, format, link),
// through the rounds' own repository, on both backends.
const backends: Array<[string, boolean, () => Promise<{ store: Store; drop?: () => Promise<void> }>]> = [
  ['SQLite', false, async () => ({ store: await openStore({ file: ':memory:' }) })],
  ['PostgreSQL', pgSkipped, async () => {
    const db: TempDatabase = await createTempDatabase();
    return { store: await openStore({ databaseUrl: db.url, poolSize: 3 }), drop: () => db.drop() };
  }],
];

for (const [name, skipped, open] of backends) {
  describe.skipIf(skipped)(`accepting an invitation (${name})`, () => {
    let store: Store;
    let drop: (() => Promise<void>) | undefined;
    let n = 0;
    beforeAll(async () => {
      ({ store, drop } = await open());
    });
    afterAll(async () => {
      try {
        await store?.close();
      } finally {
        await drop?.();
      }
    });
    const person = async () => (await store.users.create(`invite-${name}-${++n}@example.com`, null))!.id;
    const ctx = (ownerId: string) => ({ store, ownerId, now: () => NOW });
    const pending = async (ownerId: string) => (await store.mail.listPage(ownerId, { status: 'proposed', limit: 50 })).proposals.map((p) => p.id);

    it('creates the round with its time, zone, format and link, and one round-1 step', async () => {
      const owner = await person();
      const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Orbit Foods', role: 'Planner', stage: 'applied', stageDate: '2026-11-20' }));
      await importMessages(ctx(owner), [{ raw: INVITED }]);
      const [result] = await decideProposals(store, owner, await pending(owner), 'accept', NOW);
      expect(result).toMatchObject({ status: 'accepted', applicationId: app.id, eventId: expect.any(String), interviewId: expect.any(String), note: null });
      const detail = await store.applications.get(owner, app.id);
      expect(detail!.stage).toBe('round1');
      expect(detail!.events.map((e) => [e.stage, e.date])).toEqual([['applied', '2026-11-20'], ['round1', '2026-12-08']]);
      const rounds = await store.interviews.listForApplication(owner, app.id);
      expect(rounds).toHaveLength(1);
      expect(rounds[0]).toMatchObject({ round: 1, startsAt: '2026-12-08T20:30:00.000Z', endsAt: '2026-12-08T21:30:00.000Z', timeZone: 'America/New_York', format: 'video', location: 'https://zoom.us/j/8123456' });
    });

    it('never makes a second round: the same message again is a duplicate, a second message about the same interview updates the round', async () => {
      const owner = await person();
      const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Orbit Foods', role: 'Planner', stage: 'applied', stageDate: '2026-11-20' }));
      await importMessages(ctx(owner), [{ raw: INVITED }], { acceptAll: true });
      expect(await importMessages(ctx(owner), [{ raw: INVITED }], { acceptAll: true })).toMatchObject({ duplicates: 1, accepted: 0 });
      // Moved to a video link the first message did not give; same start: still round 1, no round-2 step.
      await store.interviews.update(owner, (await store.interviews.listForApplication(owner, app.id))[0]!.id, { location: null });
      await importMessages(ctx(owner), [{ raw: INVITE_REMINDER }]);
      const [again] = await decideProposals(store, owner, await pending(owner), 'accept', NOW);
      expect(again).toMatchObject({ status: 'accepted', eventId: null, note: expect.stringMatching(/interview was brought up to date/) });
      const rounds = await store.interviews.listForApplication(owner, app.id);
      expect(rounds.map((r) => [r.round, r.startsAt, r.location])).toEqual([[1, '2026-12-08T20:30:00.000Z', 'https://zoom.us/j/8123456']]);
      const detail = await store.applications.get(owner, app.id);
      expect(detail!.stage).toBe('round1');
      expect(detail!.events.map((e) => e.stage)).toEqual(['applied', 'round1']);
    });

    it('makes the round on a new application from the invitation, in the zone the person set', async () => {
      const owner = await person();
      await store.settings.update(owner, { timeZone: 'Europe/Berlin' });
      const summary = await importMessages(ctx(owner), [{ raw: INVITED }], { acceptAll: true });
      expect(summary).toMatchObject({ accepted: 1, failed: 0 });
      const [app] = await store.applications.list(owner);
      expect(app).toMatchObject({ company: 'Orbit Foods', stage: 'round1' });
      const rounds = await store.interviews.listForApplication(owner, app!.id);
      expect(rounds.map((r) => [r.round, r.startsAt, r.timeZone])).toEqual([[1, '2026-12-08T20:30:00.000Z', 'Europe/Berlin']]);
      expect((await store.applications.get(owner, app!.id))!.events.map((e) => e.stage)).toEqual(['round1']);
    });

    it('records only the step when the invitation gives a day but no time', async () => {
      const owner = await person();
      const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Orbit Foods', role: 'Planner', stage: 'applied', stageDate: '2026-11-20' }));
      const dayOnly = mail({ id: 'm7', from: '"Orbit Foods" <careers@orbitfoods.com>', subject: 'Interview for the Planner role', date: 'Mon, 30 Nov 2026 09:00:00 +0000', body: 'Dear Alex,\n\nWe would like to invite you to an interview for the Planner role at Orbit Foods. Please pick a time that suits you next week.\n\nOrbit Foods Recruiting' });
      await importMessages(ctx(owner), [{ raw: dayOnly }], { acceptAll: true });
      expect((await store.applications.get(owner, app.id))!.stage).toBe('round1');
      expect(await store.interviews.listForApplication(owner, app.id)).toEqual([]);
    });
  });
}
