import { expect, it } from 'vitest';
import { applicationInputSchema, diagnosisInputFromBackup, referenceFormSchema, referenceUseFormSchema, workStyleProfileInputSchema } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Repository cases of issue 10's people side (references, references given, the profile), on every backend. */
export function peopleStoreCases(current: () => Store, makeStore: () => Promise<Store>): void {
  const owner = LOCAL_OWNER_ID;

  it('keeps references per owner, and what each was given for', async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Northwind', role: 'Analyst' }));
    const ref = await store.people.createReference(owner, referenceFormSchema.parse({ name: 'Ana Ruiz', relationship: 'manager', knowsWork: 5, witnessedStoryIds: ['s1'] }));
    expect(ref).toMatchObject({ name: 'Ana Ruiz', relationship: 'manager', knowsWork: 5, witnessedStoryIds: ['s1'], email: null });
    expect(await store.people.countReferences(owner)).toBe(1);
    const edited = await store.people.updateReference(owner, ref.id, { email: 'ana@example.com', witnessedStoryIds: [] });
    expect(edited).toMatchObject({ email: 'ana@example.com', witnessedStoryIds: [], name: 'Ana Ruiz' });

    const use = await store.people.createUse(owner, app.id, referenceUseFormSchema.parse({ referenceId: ref.id, givenOn: '2026-10-01' }));
    expect(use).toMatchObject({ applicationId: app.id, referenceId: ref.id, briefedOn: null, checkedOn: null });
    const briefed = await store.people.updateUse(owner, use.id, { briefedOn: '2026-10-02', checkedOn: '2026-10-04' });
    expect(briefed).toMatchObject({ briefedOn: '2026-10-02', checkedOn: '2026-10-04' });
    expect((await store.people.listUses(owner, app.id)).map((u) => u.id)).toEqual([use.id]);

    const other = await store.users.create('other-people@example.com', 'hash');
    expect(await store.people.listReferences(other!.id)).toEqual([]);
    expect(await store.people.getReference(other!.id, ref.id)).toBeNull();
    expect(await store.people.updateReference(other!.id, ref.id, { name: 'Stolen' })).toBeNull();
    expect(await store.people.updateUse(other!.id, use.id, { checkedOn: null })).toBeNull();
    expect(await store.people.removeUse(other!.id, use.id)).toBe(false);
    expect(await store.people.removeReference(other!.id, ref.id)).toBe(false);

    // Deleting the reference takes what it was given for with it.
    expect(await store.people.removeReference(owner, ref.id)).toBe(true);
    expect(await store.people.listUses(owner)).toEqual([]);
  });

  it('keeps one work-style profile per owner', async () => {
    const store = current();
    expect((await store.people.getProfile(owner)).updatedAt).toBeNull();
    await store.people.saveProfile(owner, workStyleProfileInputSchema.parse({ place: -2, wontDo: ['on_call'] }));
    const saved = await store.people.saveProfile(owner, workStyleProfileInputSchema.parse({ place: -1, pace: 2, wontDo: ['on_call'] }));
    expect(saved).toMatchObject({ place: -1, pace: 2, wontDo: ['on_call'] });
    expect(await store.people.getProfile(owner)).toMatchObject({ place: -1, pace: 2, team: null });
    const other = await store.users.create('other-profile@example.com', 'hash');
    expect((await store.people.getProfile(other!.id)).place).toBeNull();
  });

  it('carries references and the profile through a backup into a fresh database, and into the Diagnosis', async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Northwind', role: 'Analyst', listingText: 'A fast-paced team. Rotating shifts.' }));
    const ref = await store.people.createReference(owner, referenceFormSchema.parse({ name: 'Bo Lind', knowsWork: 2 }));
    await store.people.createUse(owner, app.id, referenceUseFormSchema.parse({ referenceId: ref.id, givenOn: '2026-10-01', checkedOn: '2026-10-05' }));
    await store.people.saveProfile(owner, workStyleProfileInputSchema.parse({ pace: -2 }));
    const backup = await store.backup.export(owner);
    expect(backup.references).toHaveLength(1);
    expect(backup.referenceUses).toHaveLength(1);
    expect(backup.workProfiles).toHaveLength(1);
    const input = diagnosisInputFromBackup(backup);
    expect(input.references).toEqual([{ name: 'Bo Lind', applicationId: app.id, checkHappened: true, knowsWork: 2, briefedBeforeCheck: false }]);
    expect(input.applications.find((a) => a.id === app.id)?.cultureFit).toEqual({ mismatchSignals: ['a fast pace'] });

    const fresh = await makeStore();
    try {
      await fresh.transaction((tx) => tx.backup.restore(owner, backup));
      expect((await fresh.people.listReferences(owner)).map((r) => r.name)).toEqual(['Bo Lind']);
      expect((await fresh.people.getProfile(owner)).pace).toBe(-2);
      const { exportedAt: _a, ...before } = backup;
      const { exportedAt: _b, ...after } = await fresh.backup.export(owner);
      expect(after).toEqual(before);
    } finally {
      await fresh.close();
    }
  });
}
