import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Table lists for the migrations that only need portable columns: text (ISO times, JSON), integer (0/1 flags,
 * counts) and blob (sealed bytes; bytea on PostgreSQL). One description creates and drops the same tables.
 */
export type Col = [name: string, type: 'text' | 'integer' | 'blob', notNull: boolean];
export type TableSpec = [table: string, cols: Col[], pk: string[]];

export const T = (n: string): Col => [n, 'text', true];
export const t = (n: string): Col => [n, 'text', false];
export const I = (n: string): Col => [n, 'integer', true];
export const i = (n: string): Col => [n, 'integer', false];
export const B = (n: string): Col => [n, 'blob', true];
export const b = (n: string): Col => [n, 'blob', false];

export async function createTables(db: Kysely<any>, dialect: Dialect, tables: TableSpec[]): Promise<void> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  for (const [table, cols, pk] of tables) {
    let q = db.schema.createTable(table);
    for (const [name, type, notNull] of cols) q = q.addColumn(name, (type === 'blob' ? blob : type) as any, (c) => (notNull ? c.notNull() : c));
    await q.addPrimaryKeyConstraint(`${table}_pk`, pk as any).execute();
  }
}

/** Drops in reverse order of creation. */
export async function dropTables(db: Kysely<any>, tables: TableSpec[]): Promise<void> {
  for (const [table] of [...tables].reverse()) await db.schema.dropTable(table).ifExists().execute();
}
