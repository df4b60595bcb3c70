import { issueSession } from '@truongan/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { ApiClient, FOREIGN, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

/**
 * Issue 2, point 3: every role tries to read what is outside its scope — another school's students,
 * another class, another family's child, the audit log, consent records — through the HTTP API.
 * Every attempt must be refused with `forbidden` and the error must carry nothing but code, message and request id.
 */
describe.each(['sqlite', 'postgres'] as const)('access on %s', (engine) => {
  let h: Harness;
  const clients: Record<string, ApiClient> = {};
  const cls = (name: string) => `${DEMO.school}-${name.toLowerCase()}`;
  let ownChild: string, otherChildSameClass: string, child6A2: string;

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    for (const u of ['baove', 'gvcn.6a1', 'hieutruong', 'tuvan', 'congan.badinh', 'canbo.badinh', 'so.gddt', 'quantri']) clients[u] = await h.signIn(u);
    clients.guardian = await h.signInGuardian();
    const mine = await clients.guardian.get('/api/me/children');
    ownChild = mine.body[0].id;
    const a1 = await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [cls('6A1')] });
    otherChildSameClass = a1.find((s) => s.id !== ownChild)!.id;
    child6A2 = (await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [cls('6A2')] }))[0]!.id;
    // A student account (students sign in through the school later; the session is issued directly here).
    const userId = 'user-student-test';
    await h.ctx.deps.repos.users.insertUser({ id: userId, kind: 'student', displayName: 'HS test', username: null, phone: null, passwordHash: null, totpSecretSealed: null,
      totpEnabled: false, guardianId: null, studentId: ownChild, locale: 'vi', disabled: false, createdAt: new Date().toISOString() });
    await h.ctx.deps.repos.users.grantRole(userId, { role: 'student', scopeKind: 'self', scopeId: userId });
    const s = await issueSession(h.ctx.deps, h.ctx.deps.repos, userId, true);
    clients.student = new ApiClient(h.app);
    clients.student.cookie = `ta_session=${s.token}`;
    clients.student.csrf = s.csrfToken;
  }, 120_000);
  afterAll(async () => { await h?.close(); });

  const ROLES = ['baove', 'gvcn.6a1', 'hieutruong', 'tuvan', 'guardian', 'student', 'congan.badinh', 'canbo.badinh', 'so.gddt', 'quantri'] as const;

  /** Reads every role must be refused: all outside the actor's province, school or family. */
  const foreignReads = () => [
    `/api/schools/${FOREIGN.school}/students`,
    `/api/schools/${FOREIGN.school}/students?classId=${FOREIGN.klass}`,
    `/api/students/${FOREIGN.student}`,
    `/api/students/${FOREIGN.student}/consent`,
    `/api/schools/${FOREIGN.school}/consent`,
    `/api/audit?schoolId=${FOREIGN.school}`,
    `/api/schools/${DEMO.otherSchool}/students`,
  ];

  /** Reads refused for a role even inside its own area, because of its narrower scope or missing permission. */
  const scopedReads = (role: (typeof ROLES)[number]): string[] => {
    const studentsOfSchool = `/api/schools/${DEMO.school}/students`;
    const schoolConsent = `/api/schools/${DEMO.school}/consent`;
    const schoolAudit = `/api/audit?schoolId=${DEMO.school}`;
    // The other school of the same province: only the province's system admin may read its audit log.
    const otherAudit = role === 'quantri' ? [] : [`/api/audit?schoolId=${DEMO.otherSchool}`];
    return [...otherAudit, ...scopedReadsOf(role, studentsOfSchool, schoolConsent, schoolAudit)];
  };
  const scopedReadsOf = (role: (typeof ROLES)[number], studentsOfSchool: string, schoolConsent: string, schoolAudit: string): string[] => {
    switch (role) {
      case 'baove': return [studentsOfSchool, `/api/students/${ownChild}`, schoolConsent, schoolAudit, '/api/audit'];
      case 'gvcn.6a1': return [studentsOfSchool, `${studentsOfSchool}?classId=${cls('6A2')}`, `/api/students/${child6A2}`, `/api/students/${child6A2}/consent`,
        `${schoolConsent}?classId=${cls('6A2')}`, schoolAudit, '/api/audit'];
      case 'hieutruong': return ['/api/audit'];
      case 'tuvan': return [schoolConsent, schoolAudit, '/api/audit'];
      case 'guardian': case 'student': return [`/api/students/${otherChildSameClass}`, `/api/students/${otherChildSameClass}/consent`, studentsOfSchool,
        `${studentsOfSchool}?classId=${cls('6A1')}`, schoolConsent, schoolAudit, '/api/audit'];
      case 'congan.badinh': case 'canbo.badinh': case 'so.gddt': return [studentsOfSchool, `/api/students/${ownChild}`, `/api/students/${ownChild}/consent`, schoolConsent, schoolAudit, '/api/audit'];
      case 'quantri': return [studentsOfSchool, `/api/students/${ownChild}`, schoolConsent];
    }
  };

  describe('access: every role is refused outside its scope, without leaking data', () => {
    for (const role of ROLES) {
      it(`${role}`, async () => {
        const client = clients[role]!;
        const urls = [...foreignReads(), ...scopedReads(role)];
        for (const url of urls) {
          const r = await client.get(url);
          expect.soft({ url, status: r.status, code: r.body?.code }).toEqual({ url, status: 403, code: 'forbidden' });
          expect.soft(Object.keys(r.body ?? {}).sort()).toEqual(['code', 'message', 'requestId']);
          // Nothing about the target: no names, ids or personal ID numbers in the error.
          expect.soft(r.text).not.toMatch(/Bí Mật|027315000001|stu-|Ngọc Hà|Kinh Bắc/);
        }
      });
    }

    it('each role still reads what is in its scope (the refusals above are not a blanket deny)', async () => {
      expect((await clients['gvcn.6a1']!.get(`/api/schools/${DEMO.school}/students?classId=${cls('6A1')}`)).status).toBe(200);
      expect((await clients.hieutruong!.get(`/api/schools/${DEMO.school}/students`)).status).toBe(200);
      expect((await clients.hieutruong!.get(`/api/audit?schoolId=${DEMO.school}`)).status).toBe(200);
      expect((await clients.guardian!.get(`/api/students/${ownChild}/consent`)).status).toBe(200);
      expect((await clients.student!.get(`/api/students/${ownChild}`)).status).toBe(200);
      expect((await clients.quantri!.get('/api/audit')).status).toBe(200);
      const police = await clients['congan.badinh']!.get('/api/schools');
      expect(police.body.map((s: any) => s.id)).toEqual([DEMO.school]);
      const dept = await clients['so.gddt']!.get('/api/schools');
      expect(dept.body.map((s: any) => s.id).sort()).toEqual([DEMO.otherSchool, DEMO.school].sort());
    });

    it('a request without a session is unauthenticated, and a sensitive read needs the second factor', async () => {
      const anon = new ApiClient(h.app);
      expect((await anon.get(`/api/schools/${DEMO.school}/students`)).body.code).toBe('unauthenticated');
      const acc = h.creds.accounts.find((a) => a.username === 'hieutruong')!;
      const half = new ApiClient(h.app);
      const login = await half.post('/api/auth/login', { username: 'hieutruong', password: acc.password });
      expect(login.body.next).toBe('totp');
      const r = await half.get(`/api/audit?schoolId=${DEMO.school}`);
      expect([r.status, r.body.code]).toEqual([401, 'mfa_required']);
    });
  });
});
