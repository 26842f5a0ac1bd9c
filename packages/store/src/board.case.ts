import { expect, it } from 'vitest';
import { applicationInputSchema, applicationPatchSchema, backupSchema } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Tags and priority on applications (issue 12): stored, listed, patched, backed up and restored. */
export function boardStoreCases(getStore: () => Store, makeStore: () => Promise<Store>): void {
  const owner = LOCAL_OWNER_ID;

  it('keeps tags and priority through create, list, patch and get', async () => {
    const store = getStore();
    const a = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Dev', tags: [' remote', 'Remote', 'fintech'], priority: 'high' }));
    const plain = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Plain', role: 'Dev' }));
    const list = await store.applications.list(owner);
    expect(list.find((x) => x.id === a.id)).toMatchObject({ tags: ['remote', 'fintech'], priority: 'high' });
    expect(list.find((x) => x.id === plain.id)).toMatchObject({ tags: [], priority: 'normal' });
    await store.applications.update(owner, a.id, applicationPatchSchema.parse({ tags: ['dream job'], priority: 'low' }));
    expect(await store.applications.get(owner, a.id)).toMatchObject({ tags: ['dream job'], priority: 'low' });
    // A patch without tags leaves them alone.
    await store.applications.update(owner, a.id, applicationPatchSchema.parse({ role: 'Senior Dev' }));
    expect(await store.applications.get(owner, a.id)).toMatchObject({ role: 'Senior Dev', tags: ['dream job'], priority: 'low' });
  });

  it('refuses too many or too long tags and an unknown priority', () => {
    expect(applicationInputSchema.safeParse({ company: 'A', role: 'B', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }).success).toBe(false);
    expect(applicationInputSchema.safeParse({ company: 'A', role: 'B', tags: ['x'.repeat(31)] }).success).toBe(false);
    expect(applicationInputSchema.safeParse({ company: 'A', role: 'B', priority: 'urgent' }).success).toBe(false);
  });

  it('backs up tags and priority, and restores a backup written before they existed', async () => {
    const store = getStore();
    await store.applications.create(owner, applicationInputSchema.parse({ company: 'Tagged', role: 'Dev', tags: ['remote'], priority: 'high' }));
    const backup = await store.backup.export(owner);
    expect(backup.applications[0]).toMatchObject({ tags: ['remote'], priority: 'high' });
    const old = backupSchema.parse(JSON.parse(JSON.stringify({ ...backup, applications: backup.applications.map(({ tags: _t, priority: _p, ...rest }) => rest) })));
    for (const [b, expected] of [
      [backup, { tags: ['remote'], priority: 'high' }],
      [old, { tags: [], priority: 'normal' }],
    ] as const) {
      const fresh = await makeStore();
      try {
        await fresh.transaction((tx) => tx.backup.restore(owner, b));
        expect((await fresh.applications.list(owner))[0]).toMatchObject({ company: 'Tagged', ...expected });
      } finally {
        await fresh.close();
      }
    }
  });
}
