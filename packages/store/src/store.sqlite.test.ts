import { applicationInputSchema, interviewInputSchema } from '@secondround/core';
import { describe, expect, it } from 'vitest';
import { runStoreSuite } from './store.case';
import { LOCAL_OWNER_ID } from './repos/users';
import { openStore } from './store';

runStoreSuite('SQLite', () => openStore({ file: ':memory:' }));

describe('a round lists its people in the order they were added', () => {
  it('even when they were added in the same millisecond (quick add), as with a clock that stands still', async () => {
    const stopped = new Date('2026-11-30T18:00:00.000Z');
    const store = await openStore({ file: ':memory:', clock: () => stopped });
    try {
      const owner = LOCAL_OWNER_ID;
      const a = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }));
      const iv = await store.interviews.create(owner, a.id, interviewInputSchema.parse({ round: 1, kind: 'technical', startsAt: '2026-12-01T15:00:00Z', endsAt: '2026-12-01T16:00:00Z', timeZone: 'UTC', format: 'video' }));
      const names = ['Ana Ruiz', 'Tom Lee', 'Zoe Adams', 'Bo Chen', 'Mia Kaur', 'Eli Park', 'Ida Berg', 'Noa Levi'];
      for (const name of names) await store.interviews.addInterviewer(owner, iv!.id, { name, title: null, email: null, pronunciation: null, notes: null });
      const detail = await store.applications.get(owner, a.id);
      expect(detail?.interviews[0]?.interviewers.map((p) => p.name)).toEqual(names);
    } finally {
      await store.close();
    }
  });
});
