import { type Database, migrateDownAll, migrateToLatest } from '@truongan/db';
import { buildGuardian, type OpenStore } from '@truongan/testkit';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshStore } from './fresh.ts';

/** Tables of this database only: on PostgreSQL introspection also lists other schemas (other test files). */
async function appTables({ db, dialect }: Database): Promise<string[]> {
  const own = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s : undefined;
  return (await db.introspection.getTables()).filter((t) => own === undefined || t.schema === own)
    .map((t) => t.name).filter((n) => !n.startsWith('kysely_')).sort();
}

const FOUNDATION_TABLES = [
  'areas', 'assents', 'audit_head', 'audit_log', 'auth_sessions', 'classes', 'consents', 'day_sessions', 'face_templates', 'guardian_students',
  'guardians', 'login_throttle', 'organisations', 'otp_codes', 'outbox', 'role_grants', 'school_years', 'schools', 'settings', 'students', 'users',
];

export function migrationsContract(open: OpenStore) {
  describe('migrations', () => {
    const s = freshStore(open, { migrate: false });

    it('migrate up creates every table once, down removes them, up again works', async () => {
      const { database, store } = s();
      expect(await appTables(database)).toEqual([]);
      // Later migrations come and go with other features; the history must start at 0001 and run in order.
      const applied = await migrateToLatest(database.db, database.dialect);
      expect(applied[0]).toBe('0001_foundation');
      expect(applied).toEqual([...applied].sort());
      expect(await migrateToLatest(database.db, database.dialect)).toEqual([]);
      expect(await appTables(database)).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
      const g = buildGuardian();
      await store.repos.people.upsertGuardian(g);
      await migrateDownAll(database.db, database.dialect);
      expect(await appTables(database)).toEqual([]);
      expect(await migrateToLatest(database.db, database.dialect)).toEqual(applied);
      expect(await store.repos.people.getGuardian(g.id)).toBeUndefined();
      expect((await store.repos.audit.append({ at: '2026-09-05T00:00:00.000Z', actorId: 'a', actorName: 'b', action: 'user.created',
        targetKind: null, targetId: null, schoolId: null, detail: {} })).seq).toBe(1);
    });

    it('migrates a database that sits next to another, already migrated one', async () => {
      // On PostgreSQL the neighbour is another schema of the same database, as with parallel test files.
      const neighbour = await open();
      try {
        const { database } = s();
        expect(await migrateToLatest(database.db, database.dialect)).toContain('0001_foundation');
        expect(await appTables(database)).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
      } finally { await neighbour.cleanup(); }
    });
  });
}
