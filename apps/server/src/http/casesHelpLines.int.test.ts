import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { issueSession } from '@truongan/core';
import { DEMO } from '../demo/seed.ts';
import { ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

/** The school list of the public form, and the school hotlines on the student and guardian screens (issue 6). */
describe.each(['sqlite', 'postgres'] as const)('cases help lines (%s)', (engine) => {
  let h: Harness;
  beforeAll(async () => { h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl')); }, 120_000);
  afterAll(async () => { await h?.close(); });

  it('the public form lists every school with its hotline, without signing in', async () => {
    const r = await new ApiClient(h.app).get('/api/public/schools');
    expect(r.status).toBe(200);
    expect(r.body).toEqual(expect.arrayContaining([
      { id: DEMO.school, name: 'Trường THCS Nguyễn Trãi', hotline: '024 3823 4567' },
      { id: DEMO.otherSchool, name: 'Trường Tiểu học Ngọc Hà', hotline: '024 3845 1122' },
    ]));
  });

  it("a guardian and a student get their own school's hotline; staff get none; strangers are refused", async () => {
    const guardian = await h.signInGuardian();
    const lines = await guardian.get('/api/cases/help-lines');
    expect(lines.status).toBe(200);
    expect(lines.body).toEqual([{ id: DEMO.school, name: 'Trường THCS Nguyễn Trãi', hotline: '024 3823 4567' }]);

    const childId = (await guardian.get('/api/me/children')).body[0].id;
    const userId = 'user-student-help-lines';
    await h.ctx.deps.repos.users.insertUser({ id: userId, kind: 'student', displayName: 'HS', username: null, phone: null, passwordHash: null, totpSecretSealed: null,
      totpEnabled: false, guardianId: null, studentId: childId, locale: 'vi', disabled: false, createdAt: new Date().toISOString() });
    await h.ctx.deps.repos.users.grantRole(userId, { role: 'student', scopeKind: 'self', scopeId: userId });
    const s = await issueSession(h.ctx.deps, h.ctx.deps.repos, userId, true);
    const student = new ApiClient(h.app);
    student.cookie = `ta_session=${s.token}`;
    student.csrf = s.csrfToken;
    expect((await student.get('/api/cases/help-lines')).body).toEqual(lines.body);

    expect((await (await h.signIn('gvcn.6a1')).get('/api/cases/help-lines')).body).toEqual([]);
    expect((await new ApiClient(h.app).get('/api/cases/help-lines')).status).toBe(401);
  });
});
