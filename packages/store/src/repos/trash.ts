import { sql, SqliteAdapter, type Kysely } from 'kysely';
import { UserError } from '@secondround/core';
import { newId } from '../ids';
import { chunks, type RepoContext } from './executor';

type Row = Record<string, unknown>;

/** A foreign key as the database declares it (snake_case names). */
interface ForeignKey {
  child: string;
  column: string;
  parent: string;
  onDelete: string;
}

/**
 * What a deletion removes, found before it runs: the row itself, every row that goes with it by
 * ON DELETE CASCADE (a round's interviewers, their thank-you notes…), and the links that
 * ON DELETE SET NULL will clear (a contact of a deleted application). Names are the database's.
 */
export interface Snapshot {
  tables: Array<{ table: string; rows: Row[] }>;
  relinks: Array<{ table: string; id: string; column: string; value: unknown }>;
}

export interface UndoTicket {
  id: string;
  kind: string;
  label: string;
  expiresAt: string;
}

// The schema is the same for every store of one dialect in a process: read its keys once.
const graphs = new Map<string, Promise<ForeignKey[]>>();

async function readForeignKeys(raw: Kysely<any>, isSqlite: boolean): Promise<ForeignKey[]> {
  const rows = isSqlite
    ? await sql<ForeignKey>`select m.name as child, p."from" as "column", p."table" as parent, lower(p.on_delete) as "onDelete"
        from sqlite_master m join pragma_foreign_key_list(m.name) p where m.type = 'table'`.execute(raw)
    : await sql<ForeignKey>`select kcu.table_name as child, kcu.column_name as "column", ccu.table_name as parent, lower(rc.delete_rule) as "onDelete"
        from information_schema.referential_constraints rc
        join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name and ccu.constraint_schema = rc.unique_constraint_schema
        where kcu.table_schema = current_schema()`.execute(raw);
  // Owners are never deleted here; their key is on every table and would pull in everything.
  return rows.rows.filter((k) => k.parent !== 'users');
}

/** Tables parents first, so rows put back never point at a row not yet there. */
function parentsFirst(tables: string[], keys: ForeignKey[]): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (order.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const k of keys) if (k.child === t && k.parent !== t && tables.includes(k.parent)) visit(k.parent);
    order.push(t);
  };
  tables.forEach(visit);
  return order;
}

/**
 * Deletions that can be undone for a short while. The rows are deleted for real (no query,
 * backup or Diagnosis ever sees them again); what was removed is kept here as JSON until the
 * window passes, and an undo inserts it back, parents first, in one transaction.
 */
export function trashRepo({ db, clock }: RepoContext) {
  // Raw SQL with the database's own column names: rows go back exactly as they came out.
  const raw = db.withoutPlugins() as unknown as Kysely<any>;
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const dialect = isSqlite ? 'sqlite' : 'postgres';
  const foreignKeys = () => {
    let g = graphs.get(dialect);
    if (!g) graphs.set(dialect, (g = readForeignKeys(raw, isSqlite)));
    return g.catch((e: unknown) => {
      graphs.delete(dialect);
      throw e;
    });
  };
  async function rowsWhere(table: string, column: string, values: unknown[], ownerId?: string): Promise<Row[]> {
    const out: Row[] = [];
    for (const part of chunks(values)) {
      const owner = ownerId === undefined ? sql`` : sql` and owner_id = ${ownerId}`;
      const res = await sql<Row>`select * from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(part)})${owner}`.execute(raw);
      out.push(...res.rows);
    }
    return out;
  }

  return {
    /** Rows of the owner's `table` whose `column` is one of `values` (to keep what a side effect deletes). */
    rowsWhere: (ownerId: string, table: string, column: string, values: unknown[]) => rowsWhere(table, column, values, ownerId),

    /** The row and all that its deletion takes with it; null when the owner has no such row. */
    async snapshot(ownerId: string, table: string, id: string): Promise<Snapshot | null> {
      const root = await rowsWhere(table, 'id', [id], ownerId);
      if (root.length === 0) return null;
      const keys = await foreignKeys();
      const byTable = new Map<string, Map<string, Row>>([[table, new Map(root.map((r) => [String(r.id), r]))]]);
      const relinks: Snapshot['relinks'] = [];
      const queue: Array<{ table: string; ids: string[] }> = [{ table, ids: [id] }];
      while (queue.length > 0) {
        const { table: parent, ids } = queue.shift()!;
        for (const k of keys.filter((x) => x.parent === parent)) {
          const children = await rowsWhere(k.child, k.column, ids);
          if (k.onDelete === 'cascade') {
            const known = byTable.get(k.child) ?? new Map<string, Row>();
            byTable.set(k.child, known);
            const fresh = children.filter((r) => !known.has(String(r.id)));
            for (const r of fresh) known.set(String(r.id), r);
            if (fresh.length > 0) queue.push({ table: k.child, ids: fresh.map((r) => String(r.id)) });
          } else if (k.onDelete === 'set null') {
            for (const r of children) relinks.push({ table: k.child, id: String(r.id), column: k.column, value: r[k.column] });
          }
        }
      }
      const tables = parentsFirst([...byTable.keys()], keys).map((t) => ({ table: t, rows: [...byTable.get(t)!.values()] })).filter((t) => t.rows.length > 0);
      return { tables, relinks };
    },

    /** Keep what was deleted for `windowMs`; returns the ticket an undo names. */
    async keep(ownerId: string, kind: string, label: string, snapshot: Snapshot, windowMs: number): Promise<UndoTicket> {
      const now = clock();
      const id = newId();
      await db.insertInto('trash').values({ id, ownerId, kind, label, payload: JSON.stringify(snapshot), deletedAt: now.toISOString() }).execute();
      return { id, kind, label, expiresAt: new Date(now.getTime() + windowMs).toISOString() };
    },

    /**
     * Put back what a deletion removed. Null when there is no such ticket for this owner (never
     * given, already undone, or purged); UNDO_EXPIRED past the window; UNDO_CONFLICT when the rows
     * cannot go back as they were (what they belonged to was deleted since). Run in a transaction.
     */
    async restore(ownerId: string, ticketId: string, windowMs: number): Promise<{ kind: string; label: string } | null> {
      const entry = await db.selectFrom('trash').selectAll().where('ownerId', '=', ownerId).where('id', '=', ticketId).executeTakeFirst();
      if (!entry) return null;
      if (new Date(entry.deletedAt).getTime() + windowMs < clock().getTime()) {
        throw new UserError('UNDO_EXPIRED', `Too late to undo deleting ${entry.label}: a deletion can be undone for ${Math.round(windowMs / 1000)} seconds.`, 410);
      }
      const snapshot = JSON.parse(entry.payload) as Snapshot;
      try {
        for (const { table, rows } of snapshot.tables) {
          for (const part of chunks(rows, 100)) {
            const columns = Object.keys(part[0]!);
            const values = part.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`);
            await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(raw);
          }
        }
        for (const l of snapshot.relinks) {
          await sql`update ${sql.table(l.table)} set ${sql.ref(l.column)} = ${l.value} where id = ${l.id} and owner_id = ${ownerId} and ${sql.ref(l.column)} is null`.execute(raw);
        }
      } catch {
        throw new UserError('UNDO_CONFLICT', `Cannot undo deleting ${entry.label}: what it belonged to was deleted or changed since.`, 409);
      }
      await db.deleteFrom('trash').where('id', '=', ticketId).execute();
      return { kind: entry.kind, label: entry.label };
    },

    /** The rows of `table` that deletions of `kind` older than `windowMs` removed (to clean up after them). */
    async expiredRows(kind: string, table: string, windowMs: number): Promise<Array<{ ownerId: string; row: Row }>> {
      const olderThan = new Date(clock().getTime() - windowMs);
      const entries = await db.selectFrom('trash').select(['ownerId', 'payload']).where('kind', '=', kind).where('deletedAt', '<', olderThan.toISOString()).execute();
      return entries.flatMap((e) => ((JSON.parse(e.payload) as Snapshot).tables.find((t) => t.table === table)?.rows ?? []).map((row) => ({ ownerId: e.ownerId, row })));
    },

    /** Forget deletions more than `windowMs` old (by the store's clock), for every owner. */
    async purge(windowMs: number): Promise<number> {
      const olderThan = new Date(clock().getTime() - windowMs);
      const res = await db.deleteFrom('trash').where('deletedAt', '<', olderThan.toISOString()).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
