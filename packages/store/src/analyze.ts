import { sql, type Kysely } from 'kysely';
import type { Dialect } from './db';
import type { Database } from './schema';

/** A table's name in SQL: the schema's camel-case key in snake case. */
function tableName(table: string): string {
  return table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Refresh the query planner's statistics of the tables a bulk write has just filled (a restore, an
 * import), where those rows are a large share of the table: a new or just-restored PostgreSQL
 * database has no statistics until autovacuum reaches it (about a minute on a live server, far
 * longer on a busy cluster), and without them `?status=open` cost 136 ms of PostgreSQL CPU and
 * Today 177-210 ms, against 15-16 ms once analysed (bench/request-cost.bench.ts). A table is
 * analysed when it was never analysed or the rows written reach a tenth of what its statistics
 * say it holds (autovacuum's own threshold); one person's import on a large server changes little,
 * and ANALYZE reads a sample of up to 30,000 rows of each table, detoasting long texts. SQLite
 * (personal mode, small files) analyses every table written. Returns the tables analysed.
 */
export async function analyzeWritten(db: Kysely<Database>, dialect: Dialect, written: Partial<Record<keyof Database & string, number>>): Promise<string[]> {
  const tables = Object.entries(written)
    .filter(([, rows]) => (rows ?? 0) > 0)
    .map(([table, rows]) => ({ name: tableName(table), rows: rows! }));
  if (tables.length === 0) return [];
  let chosen: string[];
  if (dialect === 'postgres') {
    const { rows } = await sql<{ relname: string; reltuples: number }>`select c.relname, c.reltuples from pg_class c
      where c.relnamespace = (select oid from pg_namespace where nspname = current_schema()) and c.relkind = 'r' and c.relname in (${sql.join(tables.map((t) => t.name))})`.execute(db.withoutPlugins());
    const estimate = new Map(rows.map((r) => [r.relname, Number(r.reltuples)]));
    // reltuples is -1 until the first ANALYZE (PostgreSQL 14+), 0 on older servers.
    chosen = tables.filter((t) => estimate.has(t.name) && (estimate.get(t.name)! <= 0 || t.rows * 10 >= estimate.get(t.name)!)).map((t) => t.name);
  } else {
    chosen = tables.map((t) => t.name);
  }
  for (const name of chosen) await sql`analyze ${sql.id(name)}`.execute(db.withoutPlugins());
  return chosen;
}
