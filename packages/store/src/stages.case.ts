import { describe, expect, it } from 'vitest';
import { applicationInputSchema, interviewInputSchema, stageEventInputSchema } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** The stage follows the facts: interviews move the card, on their own day, never backwards. */
export function stageStoreCases(getStore: () => Store): void {
  describe('stage follows the facts', () => {
    const owner = LOCAL_OWNER_ID;
    const round = (n: number, startsAt: string, endsAt: string, timeZone = 'UTC') =>
      interviewInputSchema.parse({ round: n, kind: 'behavioural', startsAt, endsAt, timeZone, format: 'video' });

    it('moves the card to round 1 with an event dated on the interview, in its own zone', async () => {
      const store = getStore();
      const a = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }));
      await store.events.add(owner, a.id, stageEventInputSchema.parse({ stage: 'applied', date: '2026-09-01' }));
      // 19:00 in Los Angeles on the 15th is already the 16th in UTC.
      await store.interviews.create(owner, a.id, round(1, '2026-09-16T02:00:00Z', '2026-09-16T03:00:00Z', 'America/Los_Angeles'));
      const detail = await store.applications.get(owner, a.id);
      expect(detail).toMatchObject({ stage: 'round1', furthestStage: 'round1', stageSince: '2026-09-15' });
      await store.events.add(owner, a.id, stageEventInputSchema.parse({ stage: 'rejected', date: '2026-09-27' }));
      expect(await store.applications.get(owner, a.id)).toMatchObject({ stage: 'rejected', furthestStage: 'round1', outcome: 'rejected' });
    });

    it('never moves a card backwards for a past interview entered late', async () => {
      const store = getStore();
      const a = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Globex', role: 'Analyst', stage: 'applied', stageDate: '2026-09-01' }));
      await store.events.add(owner, a.id, stageEventInputSchema.parse({ stage: 'round2', date: '2026-10-01' }));
      await store.interviews.create(owner, a.id, round(1, '2026-10-05T09:00:00Z', '2026-10-05T10:00:00Z'));
      const detail = await store.applications.get(owner, a.id);
      expect(detail?.stage).toBe('round2');
      expect(detail?.events.map((e) => e.stage)).toEqual(['applied', 'round2']);
    });

    it('moves the event with a rescheduled round and takes it back with a deleted one', async () => {
      const store = getStore();
      const a = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Initech', role: 'Analyst', stage: 'applied', stageDate: '2026-09-01' }));
      const iv = await store.interviews.create(owner, a.id, round(1, '2026-09-15T09:00:00Z', '2026-09-15T10:00:00Z'));
      await store.interviews.update(owner, iv!.id, { startsAt: '2026-09-18T09:00:00.000Z', endsAt: '2026-09-18T10:00:00.000Z' });
      let detail = await store.applications.get(owner, a.id);
      expect(detail?.events.map((e) => [e.stage, e.date])).toEqual([['applied', '2026-09-01'], ['round1', '2026-09-18']]);
      expect(await store.interviews.remove(owner, iv!.id)).toBe(true);
      detail = await store.applications.get(owner, a.id);
      expect(detail?.events.map((e) => e.stage)).toEqual(['applied']);
      expect(detail?.stage).toBe('applied');
    });
  });
}
