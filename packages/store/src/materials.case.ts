import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { applicationInputSchema, diagnosisInputFromBackup, type MaterialItemInput } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/**
 * Repository cases of issue 10 (requested materials), run inside the shared store suite on every
 * backend. `current` gives the suite's fresh store of the running test.
 */
export function materialsStoreCases(current: () => Store, makeStore: () => Promise<Store>): void {
  const owner = LOCAL_OWNER_ID;
  const resume: MaterialItemInput = { kind: 'resume', label: null, required: true, formats: ['pdf'], maxBytes: null, via: 'portal' };
  const letter: MaterialItemInput = { kind: 'cover_letter', label: null, required: true, formats: ['pdf'], maxBytes: null, via: 'portal' };
  const bytes = new TextEncoder().encode('%PDF-1.4 pretend resume');
  const sha = createHash('sha256').update(bytes).digest('hex');
  const fileFor = (itemId: string | null) => ({ itemId, fileName: 'cv.pdf', sha256: sha, mime: 'application/pdf', format: 'pdf' as const, textReadable: true });

  it('keeps items, files (bytes once per hash) and submissions, and they reach the backup and the diagnosis input', async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Dev' }));
    const items = (await store.transaction((tx) => tx.materials.saveItems(owner, app.id, [{ ...resume, source: 'listing' }, letter])))!;
    expect(items.map((i) => [i.kind, i.source, i.position])).toEqual([['resume', 'listing', 0], ['cover_letter', 'person', 1]]);
    const f1 = await store.materials.addFile(owner, app.id, fileFor(items[0]!.id), bytes);
    const f2 = await store.materials.addFile(owner, app.id, fileFor(items[1]!.id), bytes);
    expect(f1?.sha256).toBe(sha);
    expect(f2?.id).not.toBe(f1?.id);
    expect(await store.materials.countBlobs(owner)).toBe(1);
    expect(Buffer.from((await store.materials.readFile(owner, f2!.id))!.bytes!).toString()).toBe('%PDF-1.4 pretend resume');
    await store.materials.addSubmission(owner, app.id, ['Cover letter: no file attached'], 'portal took one file');
    // Editing keeps the items given by id (and their files), removes the others.
    const edited = (await store.transaction((tx) => tx.materials.saveItems(owner, app.id, [{ ...items[0]!, formats: ['pdf', 'docx'] }])))!;
    expect(edited).toHaveLength(1);
    expect(edited[0]).toMatchObject({ id: items[0]!.id, formats: ['pdf', 'docx'] });
    const files = await store.materials.listFiles(owner, app.id);
    expect(files.map((f) => f.itemId)).toEqual(expect.arrayContaining([items[0]!.id, null]));
    const backup = await store.backup.export(owner);
    expect(backup.materialItems).toHaveLength(1);
    expect(backup.materialFiles).toHaveLength(2);
    expect(backup.materialSubmissions?.[0]).toMatchObject({ reason: 'portal took one file' });
    const input = diagnosisInputFromBackup(backup);
    expect(input.applications[0]!.materials).toMatchObject({ requested: ['resume / cv'], sent: ['resume / cv'], formatsOk: true, submittedWithProblems: true, reason: 'portal took one file', resume: { sha256: sha, name: 'cv.pdf' } });
    const fresh = await makeStore();
    try {
      await fresh.transaction((tx) => tx.backup.restore(owner, backup));
      expect(await fresh.materials.listItems(owner, app.id)).toEqual(edited);
      // The backup carries no bytes: the file is listed, its content is not on that machine.
      expect((await fresh.materials.readFile(owner, f1!.id))?.bytes).toBeNull();
      const { materialItems: _a, materialFiles: _b, materialSubmissions: _c, ...older } = backup;
      const another = await makeStore();
      try {
        await another.transaction((tx) => tx.backup.restore(owner, older));
        expect(await another.materials.listItems(owner, app.id)).toEqual([]);
      } finally {
        await another.close();
      }
    } finally {
      await fresh.close();
    }
  });

  it("refuses another owner's application and item", async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Dev' }));
    const otherId = (await store.users.create('other@example.com', 'not a real hash'))!.id;
    expect(await store.materials.saveItems(otherId, app.id, [resume])).toBeNull();
    expect(await store.materials.addFile(otherId, app.id, fileFor(null), bytes)).toBeNull();
    expect(await store.materials.addFile(owner, app.id, fileFor('no-such-item'), bytes)).toBeNull();
    expect(await store.materials.addSubmission(otherId, app.id, [], null)).toBeNull();
    expect(await store.materials.listFiles(owner, app.id)).toEqual([]);
  });
}

