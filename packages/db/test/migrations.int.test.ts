import { createDatabase, migrateDownAll, migrateToLatest, type Database } from '@truongan/db';
import { freshPgSchemaUrl } from '@truongan/testkit';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, inject } from 'vitest';

// Every migration can be undone and redone on both engines: `down` drops exactly what `up` made.
const engines: Array<[string, () => Promise<{ database: Database; drop: () => Promise<void> }>]> = [
  ['sqlite', async () => ({ database: createDatabase({ sqlitePath: ':memory:' }), drop: async () => {} })],
  ['postgres', async () => {
    const schema = await freshPgSchemaUrl(inject('pgUrl'));
    return { database: createDatabase({ databaseUrl: schema.url, poolSize: 2 }), drop: schema.drop };
  }],
];

async function tableNames(d: Database): Promise<string[]> {
  const rows = d.dialect === 'sqlite'
    ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(d.db)).rows
    : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(d.db)).rows;
  return rows.map((r) => r.name).sort();
}

describe.each(engines)('migrations on %s', (_name, open) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => { await cleanup?.(); cleanup = undefined; });

  it('go down to nothing and up again to the same tables', async () => {
    const { database, drop } = await open();
    cleanup = async () => { await database.destroy(); await drop(); };
    const applied = await migrateToLatest(database.db, database.dialect);
    expect(applied.length).toBeGreaterThanOrEqual(8);
    const tables = await tableNames(database);
    expect(tables).toEqual(expect.arrayContaining(['students', 'visits', 'alerts', 'campaigns', 'cases']));
    await migrateDownAll(database.db, database.dialect);
    expect(await tableNames(database)).toEqual([]);
    expect(await migrateToLatest(database.db, database.dialect)).toEqual(applied);
    expect(await tableNames(database)).toEqual(tables);
  });
});
