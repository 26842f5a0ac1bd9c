import { UserError, type Contact, type ContactInput, type ContactPatch } from '@secondround/core';
import { newId } from '../ids';
import type { RepoContext } from './executor';
import { decodeCursor, encodeCursor } from './cursor';

export const CONTACT_COLUMNS = ['id', 'applicationId', 'name', 'title', 'company', 'email', 'phone', 'url', 'notes', 'createdAt', 'updatedAt'] as const;

/** People met along the search: recruiters, referrers, hiring managers. */
export function contactsRepo({ db, clock }: RepoContext) {
  async function assertApplication(ownerId: string, applicationId: string | null | undefined): Promise<void> {
    if (!applicationId) return;
    const app = await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).where('id', '=', applicationId).executeTakeFirst();
    if (!app) throw new UserError('NOT_FOUND', `application ${applicationId} not found`, 404);
  }
  return {
    async list(ownerId: string, filter: { applicationId?: string } = {}): Promise<Contact[]> {
      let q = db.selectFrom('contacts').select(CONTACT_COLUMNS).where('ownerId', '=', ownerId);
      if (filter.applicationId) q = q.where('applicationId', '=', filter.applicationId);
      return q.orderBy('name').orderBy('id').execute();
    },

    /** One page of the owner's contacts by name, after `cursor`; `nextCursor` is null on the last page. */
    async listPage(ownerId: string, page: { applicationId?: string | undefined; cursor?: string | undefined; limit: number }): Promise<{ contacts: Contact[]; nextCursor: string | null }> {
      let q = db.selectFrom('contacts').select(CONTACT_COLUMNS).where('ownerId', '=', ownerId);
      if (page.applicationId) q = q.where('applicationId', '=', page.applicationId);
      if (page.cursor) {
        const [name, id] = decodeCursor(page.cursor, 'ss') as [string, string];
        q = q.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
      }
      const rows = await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { contacts: shown, nextCursor: rows.length > page.limit && last ? encodeCursor([last.name, last.id]) : null };
    },

    async get(ownerId: string, id: string): Promise<Contact | null> {
      return (await db.selectFrom('contacts').select(CONTACT_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst()) ?? null;
    },

    async create(ownerId: string, input: ContactInput): Promise<Contact> {
      await assertApplication(ownerId, input.applicationId);
      const now = clock().toISOString();
      const row = { id: newId(), ownerId, ...input, createdAt: now, updatedAt: now };
      await db.insertInto('contacts').values(row).execute();
      const { ownerId: _o, ...contact } = row;
      return contact;
    },

    async update(ownerId: string, id: string, patch: ContactPatch): Promise<Contact | null> {
      await assertApplication(ownerId, patch.applicationId);
      const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const res = await db
        .updateTable('contacts')
        .set({ ...values, updatedAt: clock().toISOString() })
        .where('ownerId', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) return null;
      return this.get(ownerId, id);
    },

    async remove(ownerId: string, id: string): Promise<boolean> {
      const res = await db.deleteFrom('contacts').where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}
