import { access, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  materialFileFromRow,
  materialItemFromRow,
  materialSubmissionFromRow,
  type MaterialFile,
  type MaterialFormat,
  type MaterialItem,
  type MaterialItemInput,
  type MaterialSubmission,
} from '@secondround/core';
import { newId } from '../ids';
import type { RepoContext } from './executor';
import { decodeCursor, encodeCursor } from './cursor';

export const MATERIAL_ITEM_COLUMNS = ['id', 'applicationId', 'kind', 'label', 'required', 'formats', 'maxBytes', 'via', 'source', 'position', 'createdAt', 'updatedAt'] as const;
export const MATERIAL_FILE_COLUMNS = ['id', 'applicationId', 'itemId', 'fileName', 'sha256', 'size', 'mime', 'format', 'textReadable', 'createdAt'] as const;
export const MATERIAL_SUBMISSION_COLUMNS = ['id', 'applicationId', 'submittedAt', 'problems', 'reason'] as const;

/** An item to save: with the id of an existing item to keep it (and its files), without to add one. */
export type MaterialItemToSave = MaterialItemInput & { id?: string | undefined; source?: 'listing' | 'person' };

/** A checked file to record (the caller typed and hashed the bytes). */
export interface MaterialFileToSave {
  itemId: string | null;
  fileName: string;
  sha256: string;
  mime: string;
  format: MaterialFormat;
  textReadable: boolean | null;
}

export interface MaterialsRepoContext extends RepoContext {
  /**
   * Folder for file contents (personal mode: `files/` beside the SQLite file), one file per
   * SHA-256; null keeps contents in the database (hosted mode, or an in-memory database).
   */
  filesDir: string | null;
}

const SHA = /^[0-9a-f]{64}$/;

/** Requested materials of one owner's applications: items, files sent and their bytes, submissions. */
export function materialsRepo({ db, clock, filesDir }: MaterialsRepoContext) {
  async function ownsApplication(ownerId: string, applicationId: string): Promise<boolean> {
    return !!(await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', applicationId).executeTakeFirst());
  }
  function blobPath(sha256: string): string {
    if (!SHA.test(sha256)) throw new Error('not a SHA-256');
    return join(filesDir!, sha256.slice(0, 2), sha256);
  }
  async function putBlob(ownerId: string, sha256: string, bytes: Uint8Array): Promise<void> {
    if (filesDir) {
      const path = blobPath(sha256);
      const existing = await readFile(path).catch(() => null);
      if (existing && existing.length === bytes.length) return;
      await mkdir(join(filesDir, sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
      // Write then rename, so a crash never leaves a half file under the final name.
      const tmp = `${path}.${newId()}.tmp`;
      await writeFile(tmp, bytes, { mode: 0o600 });
      await rename(tmp, path);
      return;
    }
    const seen = await db.selectFrom('materialBlobs').select('id').where('ownerId', '=', ownerId).where('sha256', '=', sha256).executeTakeFirst();
    if (seen) return;
    await db
      .insertInto('materialBlobs')
      .values({ id: newId(), ownerId, sha256, size: bytes.length, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), createdAt: clock().toISOString() })
      .execute();
  }

  return {
    ownsApplication,

    async listItems(ownerId: string, applicationId: string): Promise<MaterialItem[]> {
      const rows = await db.selectFrom('materialItems').select(MATERIAL_ITEM_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).orderBy('position').orderBy('id').execute();
      return rows.map(materialItemFromRow);
    },

    /**
     * Save the whole list of an application's items in this order: items given with an id are
     * updated (their files stay attached), new ones added, the others removed. Null when the
     * application is not this owner's. Several statements: call inside `store.transaction`.
     */
    async saveItems(ownerId: string, applicationId: string, items: readonly MaterialItemToSave[]): Promise<MaterialItem[] | null> {
      if (!(await ownsApplication(ownerId, applicationId))) return null;
      const now = clock().toISOString();
      const existing = await db.selectFrom('materialItems').select(['id', 'createdAt', 'source']).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).execute();
      const byId = new Map(existing.map((e) => [e.id, e]));
      const kept = new Set<string>();
      for (const [position, item] of items.entries()) {
        const values = {
          kind: item.kind,
          label: item.label,
          required: item.required ? 1 : 0,
          formats: JSON.stringify(item.formats),
          maxBytes: item.maxBytes,
          via: item.via,
          position,
          updatedAt: now,
        };
        const old = item.id ? byId.get(item.id) : undefined;
        if (old) {
          kept.add(old.id);
          await db.updateTable('materialItems').set({ ...values, source: item.source ?? 'person' }).where('ownerId', '=', ownerId).where('id', '=', old.id).execute();
        } else {
          await db.insertInto('materialItems').values({ id: newId(), ownerId, applicationId, source: item.source ?? 'person', createdAt: now, ...values }).execute();
        }
      }
      const gone = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
      if (gone.length > 0) await db.deleteFrom('materialItems').where('ownerId', '=', ownerId).where('id', 'in', gone).execute();
      return this.listItems(ownerId, applicationId);
    },

    async listFiles(ownerId: string, applicationId: string): Promise<MaterialFile[]> {
      const rows = await db.selectFrom('materialFiles').select(MATERIAL_FILE_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).orderBy('createdAt').orderBy('id').execute();
      return rows.map(materialFileFromRow);
    },

    /** One page of the files sent with an application, newest first, after `cursor`; `nextCursor` is null on the last page. */
    async listFilesPage(ownerId: string, applicationId: string, page: { cursor?: string | undefined; limit: number }): Promise<{ files: MaterialFile[]; nextCursor: string | null }> {
      let q = db.selectFrom('materialFiles').select(MATERIAL_FILE_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId);
      if (page.cursor) {
        const [createdAt, id] = decodeCursor(page.cursor, 'ss') as [string, string];
        q = q.where((eb) => eb.or([eb('createdAt', '<', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '<', id)])]));
      }
      const rows = await q.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { files: shown.map(materialFileFromRow), nextCursor: rows.length > page.limit && last ? encodeCursor([last.createdAt, last.id]) : null };
    },

    /** The latest file of each of the application's items: all the check needs, however many were sent. */
    async latestFilesOfItems(ownerId: string, applicationId: string): Promise<MaterialFile[]> {
      const items = await db.selectFrom('materialItems').select('id').where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).execute();
      const out: MaterialFile[] = [];
      for (const item of items) {
        const row = await db
          .selectFrom('materialFiles')
          .select(MATERIAL_FILE_COLUMNS)
          .where('ownerId', '=', ownerId)
          .where('applicationId', '=', applicationId)
          .where('itemId', '=', item.id)
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (row) out.push(materialFileFromRow(row));
      }
      return out;
    },

    /**
     * Keep a file sent with an application: its bytes once per SHA-256 (in the data folder or the
     * database), and a row naming it. Null when the application (or the item) is not this owner's.
     */
    async addFile(ownerId: string, applicationId: string, file: MaterialFileToSave, bytes: Uint8Array): Promise<MaterialFile | null> {
      if (!(await ownsApplication(ownerId, applicationId))) return null;
      if (file.itemId) {
        const item = await db.selectFrom('materialItems').select('id').where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).where('id', '=', file.itemId).executeTakeFirst();
        if (!item) return null;
      }
      await putBlob(ownerId, file.sha256, bytes);
      const row = {
        id: newId(),
        ownerId,
        applicationId,
        itemId: file.itemId,
        fileName: file.fileName,
        sha256: file.sha256,
        size: bytes.length,
        mime: file.mime,
        format: file.format,
        textReadable: file.textReadable === null ? null : file.textReadable ? 1 : 0,
        createdAt: clock().toISOString(),
      };
      await db.insertInto('materialFiles').values(row).execute();
      return materialFileFromRow(row);
    },

    /** A file's record and bytes; bytes null when they are not on this machine (restored from a backup). */
    async readFile(ownerId: string, fileId: string): Promise<{ file: MaterialFile; bytes: Uint8Array | null } | null> {
      const row = await db.selectFrom('materialFiles').select(MATERIAL_FILE_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', fileId).executeTakeFirst();
      if (!row) return null;
      const file = materialFileFromRow(row);
      if (filesDir) return { file, bytes: SHA.test(file.sha256) ? await readFile(blobPath(file.sha256)).catch(() => null) : null };
      const blob = await db.selectFrom('materialBlobs').select('data').where('ownerId', '=', ownerId).where('sha256', '=', file.sha256).executeTakeFirst();
      return { file, bytes: blob ? new Uint8Array(Buffer.from(blob.data, 'base64')) : null };
    },

    /** Which of these SHA-256s have their bytes on this machine (a restored backup's files have none). */
    async storedHashes(ownerId: string, sha256s: readonly string[]): Promise<Set<string>> {
      const wanted = [...new Set(sha256s)];
      if (wanted.length === 0) return new Set();
      if (filesDir) {
        const here = await Promise.all(wanted.map((sha) => (SHA.test(sha) ? access(blobPath(sha)).then(() => true, () => false) : false)));
        return new Set(wanted.filter((_, i) => here[i]));
      }
      const rows = await db.selectFrom('materialBlobs').select('sha256').where('ownerId', '=', ownerId).where('sha256', 'in', wanted).execute();
      return new Set(rows.map((r) => r.sha256));
    },

    /** Delete one requested item; its files stay, unattached. False when the owner has no such item. */
    async removeItem(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('materialItems').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /** Delete a file's record; its bytes are left for `dropUnusedBlobs` (so an undo finds them). */
    async removeFile(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('materialFiles').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /**
     * Delete the bytes of these SHA-256s when no file record names them any more: the owner's
     * copy in the database, or the file in the data folder (shared by content, so any owner's
     * record keeps it).
     */
    async dropUnusedBlobs(ownerId: string, sha256s: readonly string[]): Promise<number> {
      let dropped = 0;
      for (const sha256 of new Set(sha256s)) {
        if (!SHA.test(sha256)) continue;
        let users = db.selectFrom('materialFiles').select('id').where('sha256', '=', sha256);
        if (!filesDir) users = users.where('ownerId', '=', ownerId);
        if (await users.executeTakeFirst()) continue;
        if (filesDir) {
          if (await unlink(blobPath(sha256)).then(() => true, () => false)) dropped += 1;
        } else {
          const res = await db.deleteFrom('materialBlobs').where('ownerId', '=', ownerId).where('sha256', '=', sha256).executeTakeFirst();
          dropped += Number(res.numDeletedRows);
        }
      }
      return dropped;
    },

    /** How many copies of the bytes are kept for this owner in the database (0 with a data folder). */
    async countBlobs(ownerId: string): Promise<number> {
      const r = await db.selectFrom('materialBlobs').select((eb) => eb.fn.countAll().as('n')).where('ownerId', '=', ownerId).executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    async addSubmission(ownerId: string, applicationId: string, problems: readonly string[], reason: string | null): Promise<MaterialSubmission | null> {
      if (!(await ownsApplication(ownerId, applicationId))) return null;
      const row = { id: newId(), ownerId, applicationId, submittedAt: clock().toISOString(), problems: JSON.stringify(problems), reason };
      await db.insertInto('materialSubmissions').values(row).execute();
      return materialSubmissionFromRow(row);
    },

    /** One page of an application's submissions, newest first, after `cursor`; `nextCursor` is null on the last page. */
    async listSubmissionsPage(ownerId: string, applicationId: string, page: { cursor?: string | undefined; limit: number }): Promise<{ submissions: MaterialSubmission[]; nextCursor: string | null }> {
      let q = db.selectFrom('materialSubmissions').select(MATERIAL_SUBMISSION_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId);
      if (page.cursor) {
        const [submittedAt, id] = decodeCursor(page.cursor, 'ss') as [string, string];
        q = q.where((eb) => eb.or([eb('submittedAt', '<', submittedAt), eb.and([eb('submittedAt', '=', submittedAt), eb('id', '<', id)])]));
      }
      const rows = await q.orderBy('submittedAt', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { submissions: shown.map(materialSubmissionFromRow), nextCursor: rows.length > page.limit && last ? encodeCursor([last.submittedAt, last.id]) : null };
    },

    async listSubmissions(ownerId: string, applicationId: string): Promise<MaterialSubmission[]> {
      const rows = await db.selectFrom('materialSubmissions').select(MATERIAL_SUBMISSION_COLUMNS).where('ownerId', '=', ownerId).where('applicationId', '=', applicationId).orderBy('submittedAt', 'desc').orderBy('id', 'desc').execute();
      return rows.map(materialSubmissionFromRow);
    },
  };
}
