import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../../tests/support/pg';
import { createApp } from '../app';
import { purgeTrash, UNDO_WINDOW_MS } from '../services/undo';

type Json = Record<string, unknown> & { id: string };
type Answer = { status: number; body: Json & { undo: { id: string; kind: string; label: string }; error: { code: string } } };

function harness(open: (clock: () => Date) => Promise<Store>) {
  const h = {
    store: null as unknown as Store,
    app: null as unknown as ReturnType<typeof createApp>,
    now: new Date(),
    async call(method: string, path: string, body?: unknown): Promise<Answer> {
      const res = await h.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: res.status, body: (await res.json()) as Answer['body'] };
    },
    async upload(appId: string, itemId: string, text: string): Promise<string> {
      const res = await h.app.request(`/api/applications/${appId}/materials/files?name=cv.txt&itemId=${itemId}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: text });
      expect(res.status).toBe(201);
      return ((await res.json()) as Json).id;
    },
    async download(fileId: string): Promise<{ status: number; text: string }> {
      const res = await h.app.request(`/api/materials/files/${fileId}`);
      return { status: res.status, text: await res.text() };
    },
    async everything() {
      const { exportedAt: _t, ...rest } = await h.store.backup.export(LOCAL_OWNER_ID);
      return rest;
    },
  };
  beforeAll(async () => {
    h.store = await open(() => h.now);
    h.app = createApp({ store: h.store, mode: 'personal', version: 'test' });
  });
  afterAll(() => h.store?.close());
  return h;
}

/** References, references given, follow-ups, material items and files: undone exactly, on SQLite and PostgreSQL. */
function suite(name: string, open: (clock: () => Date) => Promise<Store>, skip = false) {
  describe.skipIf(skip)(`undoable deletions of references, follow-ups and materials on ${name}`, () => {
    const h = harness(open);

    it('deletes each and puts it back as it was, bytes of a stored file included', async () => {
      const appId = (await h.call('POST', '/api/applications', { company: 'Acme', role: 'Analyst' })).body.id;
      const refId = (await h.call('POST', '/api/references', { name: 'Ana Ruiz', knowsWork: 4 })).body.id;
      const useId = (await h.call('POST', `/api/applications/${appId}/references`, { referenceId: refId, givenOn: '2026-01-02' })).body.id;
      const followUpId = (await h.call('POST', `/api/applications/${appId}/followups`, { kind: 'feedback_request' })).body.followUp as unknown as Json;
      const items = (await h.call('PUT', `/api/applications/${appId}/materials/items`, { items: [{ kind: 'resume', label: null, required: true, formats: ['txt'], maxBytes: null, via: null }, { kind: 'other', label: 'Portfolio', required: false, formats: [], maxBytes: null, via: null }] })).body.items as unknown as Json[];
      const fileId = await h.upload(appId, items[0]!.id, 'Jane Doe, resume');

      for (const [path, kind, label] of [
        [`/api/reference-uses/${useId}`, 'reference_use', 'the reference given on 2026-01-02'],
        [`/api/references/${refId}`, 'reference', 'Ana Ruiz'],
        [`/api/followups/${followUpId.id}`, 'follow_up', expect.stringMatching(/^“.+”$/)],
        [`/api/materials/items/${items[1]!.id}`, 'material_item', '“Portfolio”'],
        [`/api/materials/items/${items[0]!.id}`, 'material_item', 'the resume'],
        [`/api/materials/files/${fileId}`, 'material_file', 'cv.txt'],
      ] as const) {
        const before = await h.everything();
        const del = await h.call('DELETE', path);
        expect(del.status, path).toBe(200);
        expect(del.body.undo).toMatchObject({ kind, label });
        expect(await h.everything(), path).not.toEqual(before);
        expect((await h.call('DELETE', path)).status, `${path} twice`).toBe(404);
        expect((await h.call('POST', `/api/undo/${del.body.undo.id}`, {})).status, path).toBe(200);
        expect(await h.everything(), path).toEqual(before);
      }
      // A reference takes the records of where it was given with it, and brings them back.
      const refDel = await h.call('DELETE', `/api/references/${refId}`);
      expect((await h.call('GET', `/api/applications/${appId}/references`)).body.uses).toEqual([]);
      await h.call('POST', `/api/undo/${refDel.body.undo.id}`, {});
      expect((await h.call('GET', `/api/applications/${appId}/references`)).body.uses).toHaveLength(1);
      expect(await h.download(fileId)).toEqual({ status: 200, text: 'Jane Doe, resume' });
    });

    it("a deleted file's bytes go once the window has passed, unless another file has the same bytes", async () => {
      const appId = (await h.call('POST', '/api/applications', { company: 'Globex', role: 'Analyst' })).body.id;
      const items = (await h.call('PUT', `/api/applications/${appId}/materials/items`, { items: [{ kind: 'resume', label: null, required: true, formats: [], maxBytes: null, via: null }, { kind: 'cover_letter', label: null, required: true, formats: [], maxBytes: null, via: null }] })).body.items as unknown as Json[];
      const lone = await h.upload(appId, items[0]!.id, 'only once');
      const twinA = await h.upload(appId, items[1]!.id, 'twice');
      const twinB = await h.upload(appId, items[0]!.id, 'twice');
      expect(await h.download(lone)).toEqual({ status: 200, text: 'only once' });
      const shaOf = async (id: string) => ((await h.everything()).materialFiles as Array<{ id: string; sha256: string }>).find((f) => f.id === id)!.sha256;
      const loneSha = await shaOf(lone);
      const twinSha = await shaOf(twinA);
      const delLone = await h.call('DELETE', `/api/materials/files/${lone}`);
      await h.call('DELETE', `/api/materials/files/${twinA}`);
      // Within the window a purge keeps the bytes, so the undo brings the file back whole.
      await purgeTrash(h.store);
      expect((await h.call('POST', `/api/undo/${delLone.body.undo.id}`, {})).status).toBe(200);
      expect(await h.download(lone)).toEqual({ status: 200, text: 'only once' });
      const again = await h.call('DELETE', `/api/materials/files/${lone}`);
      h.now = new Date(h.now.getTime() + UNDO_WINDOW_MS + 1000);
      await purgeTrash(h.store);
      expect((await h.call('POST', `/api/undo/${again.body.undo.id}`, {})).status).toBe(404);
      expect(await h.download(twinB)).toEqual({ status: 200, text: 'twice' });
      // The purge dropped the lone bytes already (nothing left to drop) and kept the shared ones.
      expect(await h.store.materials.dropUnusedBlobs(LOCAL_OWNER_ID, [loneSha, twinSha])).toBe(0);
      expect(await h.store.materials.countBlobs(LOCAL_OWNER_ID)).toBeLessThanOrEqual(2);
    });
  });
}

suite('SQLite in memory (bytes in the database)', (clock) => openStore({ file: ':memory:', clock }));

const dir = mkdtempSync(join(tmpdir(), 'sr-undo-files-'));
suite('SQLite file (bytes in the files folder)', (clock) => openStore({ file: join(dir, 'db.sqlite'), clock }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let temp: TempDatabase | null = null;
suite(
  'PostgreSQL',
  async (clock) => {
    temp = await createTempDatabase();
    return openStore({ databaseUrl: temp.url, poolSize: 3, clock });
  },
  pgSkipped,
);
afterAll(async () => {
  await temp?.drop();
});
