import type { Database } from '@truongan/db';
import { type Kysely, sql } from 'kysely';

/**
 * Puts a migrated database back to the state right after migration, in milliseconds: creating a schema and
 * running every migration costs about a second per test on a busy PostgreSQL, emptying ~30 tables does not.
 * Rows the migrations themselves wrote (the audit chain's genesis head, for one) are captured once and put back.
 */
export async function captureBaseline(database: Database): Promise<() => Promise<void>> {
  const { db, dialect } = database;
  const tables = await ownTables(database);
  const deleteOrder = dialect === 'postgres' ? childrenFirst(tables, await foreignKeys(db)) : tables;
  const seeds: Array<{ table: string; rows: Record<string, unknown>[] }> = [];
  for (const table of tables) {
    const rows = await (db as Kysely<any>).selectFrom(table).selectAll().execute();
    if (rows.length) seeds.push({ table, rows });
  }
  return async () => {
    await db.transaction().execute(async (trx) => {
      const t = trx as Kysely<any>;
      // DELETE, not TRUNCATE: on tables this small TRUNCATE's new files per table and index cost ~10x more.
      if (dialect === 'sqlite') await sql`PRAGMA defer_foreign_keys = ON`.execute(t); // checked at commit, when all is empty
      for (const table of deleteOrder) await t.deleteFrom(table).execute();
      for (const { table, rows } of seeds) await t.insertInto(table).values(rows).execute();
    });
  };
}

/** Application tables of this database; on PostgreSQL only those in the current schema. */
async function ownTables({ db, dialect }: Database): Promise<string[]> {
  const own = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  return (await db.introspection.getTables())
    .filter((t) => own === undefined || t.schema === own)
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'));
}

/** PostgreSQL checks foreign keys per statement, so rows that point at others are deleted first. */
async function foreignKeys(db: Kysely<any>): Promise<Array<{ child: string; parent: string }>> {
  const { rows } = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    where k.contype = 'f' and k.connamespace = current_schema()::regnamespace`.execute(db);
  return rows;
}

function childrenFirst(tables: string[], fks: Array<{ child: string; parent: string }>): string[] {
  const out: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (out.includes(t) || path.has(t)) return;
    path.add(t);
    for (const { child, parent } of fks) if (parent === t && child !== t) visit(child, path);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}
