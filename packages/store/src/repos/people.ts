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
import type { RepoContext } from './executor';

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
