import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Dialect } from './database.ts';
import { foundation } from './migrations/0001_foundation.ts';
import { gate } from './migrations/0002_gate.ts';
import { notify } from './migrations/0003_notify.ts';
import { cases } from './migrations/0004_cases.ts';
import { prevention } from './migrations/0005_prevention.ts';
import { family } from './migrations/0006_family.ts';
import { visitors } from './migrations/0007_visitors.ts';
import { strangers } from './migrations/0008_strangers.ts';

/** One migration history for both engines; dialect differences are passed in, not forked. */
function provider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async (): Promise<Record<string, Migration>> => ({ '0001_foundation': foundation(dialect), '0002_gate': gate(dialect), '0003_notify': notify(dialect), '0004_cases': cases(dialect), '0005_prevention': prevention(dialect),
    '0006_family': family(dialect), '0007_visitors': visitors(dialect), '0008_strangers': strangers(dialect) }) };
}

/**
 * On PostgreSQL the migration tables are pinned to the current schema: Kysely otherwise looks for them in
 * every schema of the database, finds another schema's copy, skips creating its own and then fails.
 */
async function migrator(db: Kysely<any>, dialect: Dialect): Promise<Migrator> {
  if (dialect !== 'postgres') return new Migrator({ db, provider: provider(dialect) });
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? undefined;
  return new Migrator({ db, provider: provider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
}

export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const m = await migrator(db, dialect);
  const { error, results } = await m.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrateDownAll(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const m = await migrator(db, dialect);
  for (;;) {
    const { error, results } = await m.migrateDown();
    if (error) throw error;
    if (!results?.length) return;
  }
}
