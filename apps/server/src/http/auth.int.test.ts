import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { ApiClient, startHarness, totpNow, type Harness } from '../testing/harness.ts';

let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 120_000);
afterAll(async () => { await h?.close(); });
const pw = (u: string) => h.creds.accounts.find((a) => a.username === u)!.password;

describe('staff sign-in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and never returns the password hash', async () => {
    const res = await h.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'baove', password: pw('baove') }) });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ta_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await res.text()).not.toMatch(/argon2|password/i);
  });

  it('locks a user name after five wrong passwords, even for the right password, and says when to retry', async () => {
    const c = new ApiClient(h.app);
    for (let i = 0; i < 5; i++) expect((await c.post('/api/auth/login', { username: 'gvcn.6a2', password: 'sai-mat-khau' })).body.code).toBe('unauthenticated');
    const locked = await c.post('/api/auth/login', { username: 'gvcn.6a2', password: pw('gvcn.6a2') });
    expect([locked.status, locked.body.code]).toEqual([429, 'rate_limited']);
    const failures = await h.ctx.deps.repos.audit.list({ limit: 50, action: 'auth.sign_in_failed' });
    expect(failures.filter((f) => f.detail.username === 'gvcn.6a2')).toHaveLength(5);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const c = new ApiClient(h.app);
    const unknown = await c.post('/api/auth/login', { username: 'khong-ton-tai', password: 'x' });
    const wrong = await c.post('/api/auth/login', { username: 'baove', password: 'x' });
    expect([unknown.status, unknown.body.message]).toEqual([wrong.status, wrong.body.message]);
  });

  it('a role that needs a second factor with no authenticator yet must enrol one before reading anything sensitive', async () => {
    const created = await (await h.signIn('hieutruong')).post('/api/users', { username: 'tuvan2', displayName: 'Tư vấn 2', password: 'mat-khau-du-dai-123', role: 'counsellor', scopeId: DEMO.school });
    expect(created.status).toBe(200);
    const c = new ApiClient(h.app);
    const login = await c.post('/api/auth/login', { username: 'tuvan2', password: 'mat-khau-du-dai-123' });
    expect(login.body.next).toBe('totp_enrol');
    const enrol = await c.post('/api/auth/totp/enrol');
    expect(enrol.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await c.post('/api/auth/totp/enrol/confirm', { code: '000000' })).body.code).toBe('unauthenticated');
    expect((await c.post('/api/auth/totp/enrol/confirm', { code: totpNow(enrol.body.secret) })).status).toBe(200);
    expect((await c.get('/api/me')).body.mfa).toMatchObject({ required: true, passed: true, enrolled: true });
  });

  it('sign-out ends the session on the server, not only in the browser', async () => {
    const c = await h.signIn('baove');
    const cookie = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    const replay = new ApiClient(h.app);
    replay.cookie = cookie;
    expect((await replay.get('/api/me')).body.code).toBe('unauthenticated');
  });
});

describe('CSRF', () => {
  it('refuses a state change without the session token, and one from another origin', async () => {
    const c = await h.signIn('hieutruong');
    const noToken = await c.call('PUT', `/api/schools/${DEMO.school}/settings/attendance.lateAfterMinutes`, { value: 2 }, { 'x-csrf-token': 'forged' });
    expect(noToken.body.code).toBe('forbidden');
    const cross = await c.call('PUT', `/api/schools/${DEMO.school}/settings/attendance.lateAfterMinutes`, { value: 2 }, { origin: 'https://evil.example' });
    expect(cross.body.code).toBe('forbidden');
    const ok = await c.call('PUT', `/api/schools/${DEMO.school}/settings/attendance.lateAfterMinutes`, { value: 2 });
    expect(ok.body).toMatchObject({ value: 2, version: 1 });
    const log = await c.get(`/api/audit?schoolId=${DEMO.school}&action=settings.changed`);
    expect(log.body[0].detail).toMatchObject({ key: 'attendance.lateAfterMinutes', from: null, to: 2 });
  });
});

describe('guardian sign-in with a one-time code', () => {
  it('answers the same for unknown phones, and sends nothing to them', async () => {
    const before = (await h.ctx.deps.repos.outbox.listRecent(100)).length;
    const r = await new ApiClient(h.app).post('/api/auth/guardian/otp', { phone: '0987000111' });
    expect(r.body.sent).toBe(true);
    expect((await h.ctx.deps.repos.outbox.listRecent(100)).length).toBe(before);
  });

  it('refuses a wrong code, then accepts the right one once only', async () => {
    const c = new ApiClient(h.app);
    await c.post('/api/auth/guardian/otp', { phone: '0912 345 678' });
    const msg = (await h.ctx.deps.repos.outbox.listRecent(5)).find((m) => m.template === 'guardian_otp')!;
    expect(msg.body).toMatch(/Không đưa mã này cho bất kỳ ai/);
    const wrongCode = String((Number(msg.data.code) + 1) % 1_000_000).padStart(6, '0');
    expect((await c.post('/api/auth/guardian/verify', { phone: '0912345678', code: wrongCode })).body.code).toBe('unauthenticated');
    expect((await c.post('/api/auth/guardian/verify', { phone: '0912345678', code: String(msg.data.code) })).status).toBe(200);
    const again = new ApiClient(h.app);
    expect((await again.post('/api/auth/guardian/verify', { phone: '0912345678', code: String(msg.data.code) })).body.code).toBe('unauthenticated');
  });
});

describe('API surface', () => {
  it('publishes an OpenAPI 3 document listing the routes and the error shape', async () => {
    const doc = (await new ApiClient(h.app).get('/api/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/auth/login', '/api/schools/{schoolId}/students', '/api/consent', '/api/audit']) expect(Object.keys(doc.paths)).toContain(p);
    expect(JSON.stringify(doc.paths['/api/consent'].post.responses['403'])).toContain('requestId');
  });

  it('health reports the database in use', async () => {
    expect((await new ApiClient(h.app).get('/healthz')).body).toMatchObject({ ok: true, database: 'sqlite' });
  });
});
