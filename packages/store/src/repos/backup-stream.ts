import { BACKUP_FORMAT, BACKUP_VERSION, redactSettingsData, UserError } from '@secondround/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { chunks, type RepoContext } from './executor';
import { decodeTags, encodeTags } from './applications';

export interface BackupTable {
  key: string;
  table: keyof Database & string;
  columns: readonly string[];
  root?: boolean;
}

/** Rows read per query while a backup is written out: one page in memory at a time. */
const EXPORT_PAGE = 500;

/**
 * The streaming half of backups: a restore that takes its records a batch at a time (the caller
 * reads and checks them as they stream in, and runs all of it in one transaction), and an export
 * written as JSON text page by page, so neither ever holds a whole backup.
 */
export function backupStreamRepo({ db, clock }: RepoContext, tables: readonly BackupTable[]) {
  // Kysely's types cannot follow a table name chosen at run time; the table list is typed.
  const anyDb = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const byKey = new Map(tables.map((t) => [t.key, t]));
  return {
    /**
     * Get the owner ready for a restore: without `replace`, they must hold no records yet; with
     * it, their records are deleted first. Run inside the restore's transaction.
     */
    async beginRestore(ownerId: string, options: { replace?: boolean } = {}): Promise<void> {
      const roots = tables.filter((t) => t.root);
      if (options.replace) {
        for (const t of [...roots].reverse()) await anyDb.deleteFrom(t.table).where('ownerId', '=', ownerId).execute();
        return;
      }
      for (const t of roots) {
        const existing = await anyDb.selectFrom(t.table).select('id').where('ownerId', '=', ownerId).limit(1).executeTakeFirst();
        if (existing) throw new UserError('NOT_EMPTY', 'this database already holds records; restore with --replace to overwrite them', 409);
      }
    },

    /** Insert checked records of one backup array for this owner. */
    async insertRows(ownerId: string, key: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
      const t = byKey.get(key);
      if (!t) throw new UserError('BAD_BACKUP', `unknown list "${key}"`, 422);
      const owned = rows.map((r) => ({ ...pick(r, t.columns), ownerId, ...rowExtras(key, r, ownerId) }));
      try {
        for (const c of chunks(owned)) await anyDb.insertInto(t.table).values(c).execute();
      } catch (e) {
        if (/unique|duplicate/i.test((e as Error).message)) {
          throw new UserError('CONFLICT', `records of this backup (${key}) appear twice, or already exist in this database under another account`, 409);
        }
        throw e;
      }
    },

    /** The owner's whole backup as JSON text, in pieces, one page of rows at a time; `counts` gets the rows of each list. */
    async *exportJson(ownerId: string, counts: Record<string, number> = {}): AsyncGenerator<string> {
      yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(clock().toISOString())}`;
      for (const t of tables) {
        yield `,${JSON.stringify(t.key)}:[`;
        let after: string | null = null;
        let first = true;
        counts[t.key] = 0;
        for (;;) {
          let q = anyDb.selectFrom(t.table).select(t.columns as string[]).where('ownerId', '=', ownerId);
          if (after !== null) q = q.where('id', '>', after);
          const rows = await q.orderBy('id').limit(EXPORT_PAGE).execute();
          if (rows.length === 0) break;
          const parts: string[] = [];
          for (const row of rows) {
            // A backup file travels; the SMTP password would open the person's mailbox, so it stays behind.
            // Tags are JSON text in the database and a list in the backup.
            const out = t.key === 'settings' ? { ...row, data: redactSettingsData(String(row.data)) } : t.key === 'applications' ? { ...row, tags: decodeTags(row.tags as string) } : row;
            parts.push(`${first ? '' : ','}${JSON.stringify(out)}`);
            first = false;
          }
          counts[t.key] = (counts[t.key] ?? 0) + rows.length;
          yield parts.join('');
          after = String(rows[rows.length - 1]!.id);
          if (rows.length < EXPORT_PAGE) break;
        }
        yield ']';
      }
      yield '}';
    },
  };
}

/**
 * What a backup record needs besides its own fields to become a row: settings and the work-style
 * profile are keyed by their owner, so a restored document takes the restoring owner's id; an
 * application's tags are stored as JSON text, and older backups have no tags or priority.
 */
function rowExtras(key: string, r: Record<string, unknown>, ownerId: string): Record<string, unknown> {
  if (key === 'settings' || key === 'workProfiles') return { id: ownerId };
  if (key === 'applications') return { tags: encodeTags(r.tags as string[] | undefined), priority: r.priority ?? 'normal' };
  return {};
}

function pick(row: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) if (Object.hasOwn(row, c)) out[c] = row[c];
  return out;
}
