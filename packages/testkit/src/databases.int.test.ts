import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openPgStore, openSqliteStore, type OpenStore } from './databases.ts';
import { buildGuardian, seedTree } from './factories.ts';

const engines: Array<[string, OpenStore]> = [['sqlite', (o) => openSqliteStore(o)], ['postgres', (o) => openPgStore(inject('pgUrl'), o)]];

describe.each(engines)('test databases [%s]', (_name, open) => {
  it('gives every open its own database, so parallel test files never see each other', async () => {
    const [one, two] = await Promise.all([open(), open()]);
    try {
      const g = buildGuardian();
      await one.store.repos.people.upsertGuardian(g);
      expect(await one.store.repos.people.getGuardian(g.id)).toEqual(g);
      expect(await two.store.repos.people.getGuardian(g.id)).toBeUndefined();
    } finally { await Promise.all([one.cleanup(), two.cleanup()]); }
  });

  it('reset empties every table but keeps what the migrations wrote', async () => {
    const s = await open();
    try {
      const tree = await seedTree(s.store.repos);
      await s.store.tx((r) => r.audit.append({ at: '2026-09-05T07:00:00.000Z', actorId: 'u', actorName: 'Cô Lan', action: 'face.read',
        targetKind: 'student', targetId: tree.a.student.id, schoolId: tree.a.school.id, detail: {} }));
      await s.reset();
      expect(await s.store.repos.org.listAreas()).toEqual([]);
      expect(await s.store.repos.people.getStudent(tree.a.student.id)).toBeUndefined();
      expect(await s.store.repos.audit.verify()).toEqual({ ok: true, rows: 0, firstBadSeq: null, problem: null });
      expect((await s.store.tx((r) => r.audit.append({ at: '2026-09-05T07:00:01.000Z', actorId: 'u', actorName: 'Cô Lan', action: 'face.read',
        targetKind: null, targetId: null, schoolId: null, detail: {} }))).seq).toBe(1);
    } finally { await s.cleanup(); }
  });
});

describe('globalSetup', () => {
  it('hands the run database to workers both through inject and TEST_PG_URL (for child processes)', () => {
    expect(inject('pgUrl')).toMatch(/^postgres(ql)?:\/\//);
    expect(process.env.TEST_PG_URL).toBe(inject('pgUrl'));
  });
});

describe('openPgStore cleanup', () => {
  it('drops the schema it created', async () => {
    const url = inject('pgUrl');
    const s = await openPgStore(url);
    const own = (await sql<{ s: string }>`select current_schema() as s`.execute(s.database.db)).rows[0]!.s;
    expect(await schemas(url)).toContain(own);
    await s.cleanup();
    // Other test files create schemas in the same database at the same time: only ours must be gone.
    expect(await schemas(url)).not.toContain(own);
  });
});

async function schemas(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query<{ n: string }>(`select nspname as n from pg_namespace where nspname like 't\\_%' order by 1`)).rows.map((r) => r.n); }
  finally { await c.end(); }
}
