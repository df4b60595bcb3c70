import { randomUUID } from 'node:crypto';
import type { Deps } from '@truongan/core';
import { createDatabase, type Database, makeStore, migrateToLatest } from '@truongan/db';

export interface TestSchool { deps: Deps; database: Database; schoolId: string; yearId: string; close(): Promise<void> }
const unusedPort = (port: string) => new Proxy({}, { get: (_t, method) => () => { throw new Error(`deps.${port}.${String(method)} is not used by roster import`); } });

/**
 * A migrated database with one province, ward, school, current school year and classes, and a Deps object around it.
 */
export async function openTestSchool(opts: { classes: string[]; database?: Database; sqlitePath?: string; databaseUrl?: string; now?: Date }): Promise<TestSchool> {
  const database = opts.database ?? createDatabase({ sqlitePath: opts.sqlitePath ?? ':memory:', databaseUrl: opts.databaseUrl });
  await migrateToLatest(database.db, database.dialect);
  const store = makeStore(database, { auditKey: new Uint8Array(32).fill(7) });
  const now = opts.now ?? new Date('2026-11-20T03:00:00Z');
  // Only what an import touches is real; any other port (passwords, TOTP, snapshots, ones added later) throws if reached.
  const used = { ...store, clock: { now: () => now }, ids: { next: () => randomUUID() }, faceEngine: undefined,
    settings: { demoOutbox: false, sessionHours: 12 } };
  const deps = new Proxy(used, { get: (t, k) => (k in t ? (t as any)[k] : unusedPort(String(k))) }) as unknown as Deps;
  const schoolId = 'school-1', yearId = 'year-2026';
  await store.repos.org.upsertArea({ id: 'prov-hn', kind: 'province', parentId: null, name: 'Thành phố Hà Nội', code: '01' });
  await store.repos.org.upsertArea({ id: 'ward-bd', kind: 'ward', parentId: 'prov-hn', name: 'Phường Ba Đình', code: null });
  await store.repos.org.upsertSchool({ id: schoolId, wardId: 'ward-bd', name: 'Trường THPT Phan Đình Phùng', level: 'upper_secondary', code: null, address: null, hotline: null });
  await store.repos.org.upsertSchoolYear({ id: yearId, schoolId, name: '2026-2027', startsOn: '2026-09-05', endsOn: '2027-05-31' });
  for (const name of opts.classes) {
    await store.repos.org.upsertClass({ id: `class-${name}`, schoolId, schoolYearId: yearId, name, grade: Number(/^\d+/.exec(name)![0]), homeroomTeacherId: null });
  }
  // A database handed in belongs to the caller, who also disposes of it.
  return { deps, database, schoolId, yearId, close: async () => { if (!opts.database) await database.destroy(); } };
}
