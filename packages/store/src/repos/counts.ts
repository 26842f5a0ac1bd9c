import type { RepoContext } from './executor';

/** How many records of a kind an owner holds, for the per-account caps. */
export function countsRepo({ db }: RepoContext) {
  return {
    async records(ownerId: string, table: 'applications' | 'stories'): Promise<number> {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('ownerId', '=', ownerId).executeTakeFirst();
      // count() is a string on PostgreSQL and a number on SQLite.
      return Number(row?.n ?? 0);
    },
  };
}
