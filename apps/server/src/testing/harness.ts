import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOTP, Secret } from 'otpauth';
import { loadConfig } from '../config.ts';
import { type Context, openContext } from '../compose.ts';
import { seedDemo, type DemoCredentials } from '../demo/seed.ts';
import { createHttpApp } from '../http/app.ts';

/** A foreign province with one school, so every role has something outside its scope to be refused. */
export const FOREIGN = { province: 'prov-bac-ninh', ward: 'ward-kinh-bac', school: 'sch-thcs-kinh-bac', klass: 'sch-thcs-kinh-bac-6a1', student: 'stu-kinh-bac-0001' };

async function seedForeign(ctx: Context) {
  const { org, people } = ctx.deps.repos;
  await org.upsertArea({ id: FOREIGN.province, kind: 'province', parentId: null, name: 'Tỉnh Bắc Ninh', code: '27' });
  await org.upsertArea({ id: FOREIGN.ward, kind: 'ward', parentId: FOREIGN.province, name: 'Phường Kinh Bắc', code: null });
  await org.upsertSchool({ id: FOREIGN.school, wardId: FOREIGN.ward, name: 'Trường THCS Kinh Bắc', level: 'lower_secondary', code: null, address: null, hotline: null });
  await org.upsertSchoolYear({ id: 'yr-kb', schoolId: FOREIGN.school, name: '2026-2027', startsOn: '2026-09-05', endsOn: '2027-05-31' });
  await org.upsertClass({ id: FOREIGN.klass, schoolId: FOREIGN.school, schoolYearId: 'yr-kb', name: '6A1', grade: 6, homeroomTeacherId: null });
  await people.upsertStudent({ id: FOREIGN.student, schoolId: FOREIGN.school, classId: FOREIGN.klass, fullName: 'Ngô Thị Bí Mật', birthDate: '2015-03-03', sex: 'F', personalId: '027315000001', learnerId: null, status: 'active' });
}

export interface ApiResponse { status: number; body: any; text: string }

/** Talks to the Hono app in-process (app.request), keeping the session cookie and CSRF token like a browser. */
export class ApiClient {
  cookie = '';
  csrf = '';
  constructor(private readonly app: ReturnType<typeof createHttpApp>) {}
  async call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) { h['content-type'] = 'application/json'; payload = JSON.stringify(body); }
    const res = await this.app.request(url, { method, headers: h, body: payload });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    let parsed: any = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON */ }
    if (parsed?.me?.csrfToken) this.csrf = parsed.me.csrfToken;
    return { status: res.status, body: parsed, text };
  }
  get = (url: string) => this.call('GET', url);
  post = (url: string, body?: unknown) => this.call('POST', url, body);
}

export interface Harness { ctx: Context; app: ReturnType<typeof createHttpApp>; creds: DemoCredentials; dataDir: string; signIn(username: string): Promise<ApiClient>; signInGuardian(phone?: string): Promise<ApiClient>; close(): Promise<void> }

export const totpNow = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();

/** The same product on PostgreSQL: a fresh schema in the test run's database (see packages/testkit globalSetup). */
export async function startPgHarness(pgUrl: string): Promise<Harness> {
  const { freshPgSchemaUrl } = await import('@truongan/testkit');
  const schema = await freshPgSchemaUrl(pgUrl);
  return startHarness({ databaseUrl: schema.url, onClose: schema.drop });
}

/** The product wired as in production (demo school + a foreign province) on SQLite, or PostgreSQL when given a URL. */
export async function startHarness(opts: { databaseUrl?: string; onClose?: () => Promise<void> } = {}): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-test-'));
  const config = loadConfig({}, { dataDir, demoOutbox: true });
  if (opts.databaseUrl) config.databaseUrl = opts.databaseUrl;
  const ctx = await openContext(config);
  const creds = await seedDemo(ctx.deps, dataDir, { studentsPerClass: 6 });
  await seedForeign(ctx);
  const app = createHttpApp(ctx);
  return {
    ctx, app, creds, dataDir,
    async signIn(username) {
      const acc = creds.accounts.find((a) => a.username === username);
      if (!acc) throw new Error(`no demo account ${username}`);
      const client = new ApiClient(app);
      const r = await client.post('/api/auth/login', { username, password: acc.password });
      if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status} ${r.text}`);
      if (r.body.next === 'totp') {
        const t = await client.post('/api/auth/totp', { code: totpNow(acc.totpSecret!) });
        if (t.status !== 200) throw new Error(`totp ${username}: ${t.status} ${t.text}`);
      }
      return client;
    },
    async signInGuardian(phone = creds.guardianPhone) {
      const client = new ApiClient(app);
      const r = await client.post('/api/auth/guardian/otp', { phone });
      if (r.status !== 200) throw new Error(`otp: ${r.status} ${r.text}`);
      const msg = (await ctx.deps.repos.outbox.listRecent(20)).find((m) => m.recipient === phone && m.template === 'guardian_otp');
      const v = await client.post('/api/auth/guardian/verify', { phone, code: String(msg?.data.code) });
      if (v.status !== 200) throw new Error(`verify: ${v.status} ${v.text}`);
      return client;
    },
    async close() { await ctx.close(); await opts.onClose?.(); fs.rmSync(dataDir, { recursive: true, force: true }); },
  };
}
