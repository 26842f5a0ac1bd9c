import {
  readList,
  readProfileData,
  type ReferenceCreate,
  type ReferencePatch,
  type ReferenceRecord,
  type ReferenceRelationship,
  type ReferenceUseCreate,
  type ReferenceUsePatch,
  type ReferenceUseRecord,
  type WorkStyleProfile,
  type WorkStyleProfileData,
} from '@secondround/core';
import { newId } from '../ids';
import type { RefereesTable, RefereeUsesTable } from '../schema-people';
import { chunks, type RepoContext } from './executor';
import { decodeCursor, encodeCursor } from './cursor';

export const REFEREE_COLUMNS = ['id', 'name', 'relationship', 'context', 'knowsWork', 'email', 'phone', 'witnessedStoryIds', 'lastContactOn', 'notes', 'createdAt', 'updatedAt'] as const;
export const REFEREE_USE_COLUMNS = ['id', 'applicationId', 'referenceId', 'givenOn', 'briefedOn', 'checkedOn', 'notes', 'createdAt', 'updatedAt'] as const;
export const WORK_PROFILE_COLUMNS = ['id', 'data', 'updatedAt'] as const;

type RefereeRow = Pick<RefereesTable, (typeof REFEREE_COLUMNS)[number]>;
type UseRow = Pick<RefereeUsesTable, (typeof REFEREE_USE_COLUMNS)[number]>;

function referenceOf(row: RefereeRow): ReferenceRecord {
  return { ...row, relationship: row.relationship as ReferenceRelationship, witnessedStoryIds: readList(row.witnessedStoryIds) };
}

function useOf(row: UseRow): ReferenceUseRecord {
  return row;
}

/** References, the references given per application, and the work-style profile. Every method takes the owner's id. */
export function peopleRepo({ db, clock }: RepoContext) {
  return {
    async listReferences(ownerId: string): Promise<ReferenceRecord[]> {
      const rows = await db.selectFrom('referees').select(REFEREE_COLUMNS).where('ownerId', '=', ownerId).orderBy('name').orderBy('id').execute();
      return rows.map(referenceOf);
    },

    /** One page of references by name, after `cursor`; `nextCursor` is null on the last page. */
    async listReferencesPage(ownerId: string, page: { cursor?: string | undefined; limit: number }): Promise<{ references: ReferenceRecord[]; nextCursor: string | null }> {
      let q = db.selectFrom('referees').select(REFEREE_COLUMNS).where('ownerId', '=', ownerId);
      if (page.cursor) {
        const [name, id] = decodeCursor(page.cursor, 'ss') as [string, string];
        q = q.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
      }
      const rows = await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { references: shown.map(referenceOf), nextCursor: rows.length > page.limit && last ? encodeCursor([last.name, last.id]) : null };
    },

    async countReferences(ownerId: string): Promise<number> {
      const row = await db.selectFrom('referees').select((eb) => eb.fn.countAll().as('n')).where('ownerId', '=', ownerId).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async getReference(ownerId: string, id: string): Promise<ReferenceRecord | null> {
      const row = await db.selectFrom('referees').select(REFEREE_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return row ? referenceOf(row) : null;
    },

    async createReference(ownerId: string, r: ReferenceCreate): Promise<ReferenceRecord> {
      const now = clock().toISOString();
      const id = newId();
      await db
        .insertInto('referees')
        .values({ id, ownerId, ...r, witnessedStoryIds: JSON.stringify(r.witnessedStoryIds), createdAt: now, updatedAt: now })
        .execute();
      return (await this.getReference(ownerId, id))!;
    },

    async updateReference(ownerId: string, id: string, patch: ReferencePatch): Promise<ReferenceRecord | null> {
      const { witnessedStoryIds, ...rest } = patch;
      const values = { ...rest, ...(witnessedStoryIds ? { witnessedStoryIds: JSON.stringify(witnessedStoryIds) } : {}) };
      const res = await db.updateTable('referees').set({ ...values, updatedAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) return null;
      return this.getReference(ownerId, id);
    },

    async removeReference(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('referees').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /** References given, for one application or (without one) all of them. */
    async listUses(ownerId: string, applicationId?: string): Promise<ReferenceUseRecord[]> {
      let q = db.selectFrom('refereeUses').select(REFEREE_USE_COLUMNS).where('ownerId', '=', ownerId);
      if (applicationId) q = q.where('applicationId', '=', applicationId);
      const rows = await q.orderBy('givenOn').orderBy('id').execute();
      return rows.map(useOf);
    },

    /** References given, of these references only (a page of the list), in the order they were given. */
    async listUsesOf(ownerId: string, referenceIds: readonly string[]): Promise<ReferenceUseRecord[]> {
      if (referenceIds.length === 0) return [];
      const out: ReferenceUseRecord[] = [];
      for (const ids of chunks(referenceIds)) {
        const rows = await db.selectFrom('refereeUses').select(REFEREE_USE_COLUMNS).where('ownerId', '=', ownerId).where('referenceId', 'in', ids).orderBy('givenOn').orderBy('id').execute();
        out.push(...rows.map(useOf));
      }
      return out.sort((a, b) => a.givenOn.localeCompare(b.givenOn) || a.id.localeCompare(b.id));
    },

    async getUse(ownerId: string, id: string): Promise<ReferenceUseRecord | null> {
      const row = await db.selectFrom('refereeUses').select(REFEREE_USE_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return row ? useOf(row) : null;
    },

    /** Record a reference given for an application; the caller checks both belong to the owner. */
    async createUse(ownerId: string, applicationId: string, u: ReferenceUseCreate): Promise<ReferenceUseRecord> {
      const now = clock().toISOString();
      const id = newId();
      await db.insertInto('refereeUses').values({ id, ownerId, applicationId, ...u, createdAt: now, updatedAt: now }).execute();
      return (await this.getUse(ownerId, id))!;
    },

    async updateUse(ownerId: string, id: string, patch: ReferenceUsePatch): Promise<ReferenceUseRecord | null> {
      const res = await db.updateTable('refereeUses').set({ ...patch, updatedAt: clock().toISOString() }).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) return null;
      return this.getUse(ownerId, id);
    },

    async removeUse(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('refereeUses').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async getProfile(ownerId: string): Promise<WorkStyleProfile> {
      const row = await db.selectFrom('workProfiles').select(['data', 'updatedAt']).where('ownerId', '=', ownerId).executeTakeFirst();
      return { ...readProfileData(row?.data), updatedAt: row?.updatedAt ?? null };
    },

    async saveProfile(ownerId: string, data: WorkStyleProfileData): Promise<WorkStyleProfile> {
      const now = clock().toISOString();
      const json = JSON.stringify(data);
      await db
        .insertInto('workProfiles')
        .values({ id: ownerId, ownerId, data: json, updatedAt: now })
        .onConflict((oc) => oc.column('id').doUpdateSet({ data: json, updatedAt: now }))
        .execute();
      return { ...data, updatedAt: now };
    },
  };
}
