import fs from 'node:fs';
import { type AlertInput, cosine, issueSession } from '@truongan/core';
import { createEngine, type VisionFaceEngine } from '@truongan/vision';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleImagePaths } from '../demo/gateVideo.ts';
import { DEMO } from '../demo/seed.ts';
import { runVisitorSweeps } from '../jobs/visitorSweeps.ts';
import { ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';
import { VISIT_LOG_HEADER } from './routes/visitorsLogWorkbook.ts';

/**
 * Issue 5, visitors half, at the API level on SQLite and PostgreSQL: pre-register → check-in with the CCCD QR → badge →
 * check-out; only the name and the last 4 digits are stored; overstay raises one alert; the watchlist needs a second
 * person and holds a matching check-in; expired entries are deleted by the job; an unlisted adult collecting a young
 * pupil raises an alert. Alerts are recorded on the way into the strangers side's queue and read back from its API.
 */
const FULL_ID = '001089012345';
const QR = `${FULL_ID}|012345678|Nguyễn Văn An|15031989|Nam|12 Phố Huế, Hai Bà Trưng, Hà Nội|01072021`;

describe.each(['sqlite', 'postgres'] as const)('visitors on %s', (engine) => {
  let h: Harness;
  const c: Record<string, ApiClient> = {};
  const raised: AlertInput[] = [];
  let clockOffsetMs = 0;
  let photo: { type: 'image/jpeg'; dataBase64: string };

  /** Staff without a demo account (a guard at the primary school): a session issued directly, as access.int.test.ts does. */
  async function staffClient(userId: string, role: 'guard' | 'homeroom_teacher', scopeId: string) {
    await h.ctx.deps.repos.users.insertUser({ id: userId, kind: 'staff', displayName: `Bảo vệ ${userId}`, username: null, phone: null, passwordHash: null,
      totpSecretSealed: null, totpEnabled: false, guardianId: null, studentId: null, locale: 'vi', disabled: false, createdAt: new Date().toISOString() });
    await h.ctx.deps.repos.users.grantRole(userId, { role, scopeKind: role === 'guard' ? 'school' : 'class', scopeId });
    const s = await issueSession(h.ctx.deps, h.ctx.deps.repos, userId, true);
    const client = new ApiClient(h.app);
    client.cookie = `ta_session=${s.token}`;
    client.csrf = s.csrfToken;
    return client;
  }

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    const realNow = h.ctx.deps.clock.now.bind(h.ctx.deps.clock);
    h.ctx.deps.clock = { now: () => new Date(realNow().getTime() + clockOffsetMs) };
    // Record every alert on its way to the guard's queue (the strangers side's AlertSink), which still receives it.
    const sink = h.ctx.deps.premises?.alerts;
    h.ctx.deps.premises = { ...h.ctx.deps.premises, alerts: { async raise(i) { raised.push(i); return sink ? sink.raise(i) : { id: `rec-${raised.length}`, created: true }; } } };
    for (const u of ['baove', 'hieutruong', 'gvcn.6a1', 'congan.badinh', 'hieutruong.ngocha']) c[u] = await h.signIn(u);
    const jpeg = await sharp({ create: { width: 320, height: 400, channels: 3, background: '#c8a27a' } }).jpeg({ quality: 80 }).toBuffer();
    photo = { type: 'image/jpeg', dataBase64: jpeg.toString('base64') };
  }, 180_000);
  afterAll(async () => { h.ctx.deps.faceEngine = undefined; await h?.close(); });

  const inHour = (h0: number) => new Date(Date.now() + clockOffsetMs + h0 * 3600_000).toISOString();
  /** Alerts in the guard's queue (the strangers side's API), where the visitors side's alerts must arrive. */
  const queue = async () => {
    const r = await c.baove!.get(`/api/schools/${DEMO.school}/alerts?all=1`);
    expect(r.status, r.text).toBe(200);
    return r.body as Array<{ id: string; kind: string; priority: string; subjectId?: string }>;
  };

  let visitId: string;
  it('a teacher pre-registers a visitor; the guard sees them expected today; a foreign guard cannot', async () => {
    const r = await c['gvcn.6a1']!.post(`/api/schools/${DEMO.school}/visits`, { fullName: 'Nguyễn Văn An', purpose: 'Họp phụ huynh lớp 6A1', expectedFrom: inHour(0), expectedUntil: inHour(2) });
    expect(r.status, r.text).toBe(201);
    visitId = r.body.id;
    expect(r.body).toMatchObject({ status: 'expected', hostName: 'Nguyễn Thị Hoa (GVCN 6A1)' });
    const today = await c.baove!.get(`/api/schools/${DEMO.school}/visits/today`);
    expect(today.body.map((v: { id: string }) => v.id)).toContain(visitId);
    expect((await c['hieutruong.ngocha']!.get(`/api/schools/${DEMO.school}/visits/today`)).status).toBe(403);
    expect((await c.baove!.post(`/api/schools/${DEMO.school}/visits`, { fullName: 'X Y', purpose: 'p', expectedFrom: inHour(0), expectedUntil: inHour(1) })).status).toBe(403);
  });

  it('the guard previews the CCCD QR and checks the visitor in with a photo; the host sees the arrival; the badge carries a QR', async () => {
    const preview = await c.baove!.post(`/api/schools/${DEMO.school}/visits/cccd`, { qr: QR });
    expect(preview.body).toEqual({ fullName: 'Nguyễn Văn An', idLast4: '2345', cardKind: 'cccd', birthDate: '1989-03-15', sex: 'M' });
    const bad = await c.baove!.post(`/api/schools/${DEMO.school}/visits/cccd`, { qr: '001089012345|Nguyễn Văn An|15031989' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/cần 7 trường/);
    const r = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { visitId, qr: QR, photo });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ outcome: 'checked_in', alertId: null, faceChecked: false, visit: { status: 'checked_in', idLast4: '2345', hasPhoto: true, fullName: 'Nguyễn Văn An' } });
    const mine = await c['gvcn.6a1']!.get(`/api/schools/${DEMO.school}/visits/mine`);
    expect(mine.body.find((v: { id: string }) => v.id === visitId)?.status).toBe('checked_in');
    const badge = await c.baove!.get(`/api/visits/${visitId}/badge`);
    expect(badge.status).toBe(200);
    expect(badge.body.schoolName).toBe('Trường THCS Nguyễn Trãi');
    expect(badge.body.qrSvg).toMatch(/^<svg/);
    const ph = await c.baove!.get(`/api/visits/${visitId}/photo`);
    expect(ph.status).toBe(200);
    // A second check-in of the same visit is refused.
    expect((await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { visitId, qr: QR })).status).toBe(409);
  });

  it('stores only the name and the last 4 digits: the full ID number is in no row of any table', async () => {
    const db = h.ctx.database.db as any;
    for (const table of ['visits', 'visit_photos', 'audit_log', 'outbox']) {
      const rows = await db.selectFrom(table).selectAll().execute();
      const text = JSON.stringify(rows, (_k, v) => (Buffer.isBuffer(v) || v?.type === 'Buffer' ? '[bytes]' : v));
      expect(text, table).not.toContain(FULL_ID);
      expect(text, table).not.toContain('012345678');
      expect(text, table).not.toContain('Phố Huế');
    }
    const sealed = await db.selectFrom('visit_photos').select('data_sealed').execute();
    expect(sealed.length).toBeGreaterThan(0);
    expect(Buffer.from(sealed[0].data_sealed).includes(Buffer.from(FULL_ID))).toBe(false);
    // Not even the cells of alert tables of the other half.
    const dump = await sql<{ n: number }>`select count(*) as n from visits where id_last4 = '2345' and full_name = 'Nguyễn Văn An'`.execute(h.ctx.database.db);
    expect(Number(dump.rows[0]!.n)).toBe(1);
  });

  it('the guard checks the visitor out; the log finds them without diacritics and exports .xlsx', async () => {
    const r = await c.baove!.post(`/api/visits/${visitId}/check-out`);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ status: 'checked_out', faceKnown: false });
    expect((await c.baove!.post(`/api/visits/${visitId}/check-out`)).status).toBe(409);
    const today = new Date(Date.now() + clockOffsetMs + 7 * 3600_000).toISOString().slice(0, 10);
    const log = await c.hieutruong!.get(`/api/schools/${DEMO.school}/visits?q=nguyen%20van%20an&from=${today}&to=${today}`);
    expect(log.body.map((v: { id: string }) => v.id)).toContain(visitId);
    expect((await c.hieutruong!.get(`/api/schools/${DEMO.school}/visits?q=tran%20thi`)).body.map((v: { id: string }) => v.id)).not.toContain(visitId);
    const x = await h.app.request(`/api/schools/${DEMO.school}/visits.xlsx?q=An`, { headers: { cookie: c.hieutruong!.cookie } });
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as any);
    const ws = wb.getWorksheet('Sổ khách')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(VISIT_LOG_HEADER);
    expect(ws.getRow(2).getCell(1).value).toBe('Nguyễn Văn An');
    expect(ws.getRow(2).getCell(2).value).toBe('…2345');
    expect((await c['gvcn.6a1']!.get(`/api/schools/${DEMO.school}/visits`)).status).toBe(403);
  });

  it('a visit past its badge raises one visitor_overstay alert, however often the job runs', async () => {
    const r = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { fullName: 'Phạm Thị Thu', idLast4: '7788', purpose: 'Giao hàng', minutes: 5 });
    expect(r.status, r.text).toBe(200);
    const id = r.body.visit.id;
    const before = raised.length;
    expect((await runVisitorSweeps(h.ctx.deps)).overstayAlerts).toBe(0);
    clockOffsetMs += 10 * 60_000;
    await runVisitorSweeps(h.ctx.deps);
    await runVisitorSweeps(h.ctx.deps);
    const overstays = raised.slice(before).filter((a) => a.kind === 'visitor_overstay' && a.subject?.id === id);
    expect(overstays).toHaveLength(1);
    expect(overstays[0]!.summaryVi).toContain('Phạm Thị Thu');
    expect((await c.baove!.get(`/api/schools/${DEMO.school}/visits/today`)).body.find((v: { id: string }) => v.id === id).overstay).toBe(true);
    const q = await queue();
    expect(q.filter((a) => a.kind === 'visitor_overstay')).toHaveLength(1);
  });

  let entryId: string;
  it('a watchlist entry needs a second person, expires within 180 days, and every change is audited', async () => {
    const body = { schoolId: DEMO.school, fullName: 'Trần Văn Cấm', idLast4: '9911', reasonKind: 'court_order', source: 'Quyết định 12/2026/QĐ-TA của TAND quận Ba Đình',
      expiresOn: new Date(Date.now() + clockOffsetMs + 30 * 86_400_000).toISOString().slice(0, 10) };
    expect((await c['congan.badinh']!.post('/api/watchlist', { ...body, expiresOn: '2099-01-01' })).status).toBe(400);
    expect((await c.baove!.post('/api/watchlist', body)).status).toBe(403);
    const r = await c['congan.badinh']!.post('/api/watchlist', body);
    expect(r.status, r.text).toBe(201);
    entryId = r.body.id;
    expect(r.body.status).toBe('pending');
    expect((await c['congan.badinh']!.post(`/api/watchlist/${entryId}/approve`)).status).toBe(403);
    expect((await c['hieutruong.ngocha']!.post(`/api/watchlist/${entryId}/approve`)).status).toBe(403);
    // Not in force yet: the person checks in.
    const early = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { fullName: 'Tran Van Cam', idLast4: '9911', purpose: 'Gặp học sinh', minutes: 10 });
    expect(early.body.outcome).toBe('checked_in');
    await c.baove!.post(`/api/visits/${early.body.visit.id}/check-out`);
    const ok = await c.hieutruong!.post(`/api/watchlist/${entryId}/approve`);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ status: 'active', approvedByName: 'Phạm Thị Lan (Hiệu trưởng)', requestedByName: expect.stringContaining('Hoàng Đức Minh') });
    expect((await c['congan.badinh']!.get('/api/watchlist')).body.map((e: { id: string }) => e.id)).toContain(entryId);
    const audit = await h.ctx.deps.repos.audit.list({ schoolIds: [DEMO.school], limit: 200 });
    expect(audit.filter((a) => a.targetId === entryId).map((a) => a.action).sort()).toEqual(['watchlist.approved', 'watchlist.requested']);
  });

  it('a check-in matching the watchlist is held and raises a high-priority visitor_watchlist alert; a person settles it', async () => {
    const before = raised.length;
    const r = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { fullName: 'TRẦN VĂN CẤM', idLast4: '9911', purpose: 'Đón con' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ outcome: 'held', visit: { status: 'held', heldByWatchlist: true } });
    const alert = raised.slice(before).find((a) => a.kind === 'visitor_watchlist');
    expect(alert).toMatchObject({ priority: 'high', subject: { type: 'visit', id: r.body.visit.id } });
    expect(r.body.alertId).toBeTruthy();
    const q = await queue();
    expect(q.find((a) => a.id === r.body.alertId)).toMatchObject({ kind: 'visitor_watchlist', priority: 'high' });
    // A namesake with other digits is not held.
    const namesake = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { fullName: 'Trần Văn Cấm', idLast4: '1234', purpose: 'Sửa điện', minutes: 10 });
    expect(namesake.body.outcome).toBe('checked_in');
    expect((await c.baove!.post(`/api/visits/${r.body.visit.id}/settle`, { admit: false })).status).toBe(403);
    const settled = await c.hieutruong!.post(`/api/visits/${r.body.visit.id}/settle`, { admit: false, note: 'Đúng người, không cho vào' });
    expect(settled.body.status).toBe('cancelled');
  });

  it('the job deletes a watchlist entry past its expiry, with its row, and audits it; check-in photos go 30 days after the visit', async () => {
    const db = h.ctx.database.db as any;
    expect(await db.selectFrom('watchlist_entries').select('id').where('id', '=', entryId).executeTakeFirst()).toBeTruthy();
    expect(await db.selectFrom('visit_photos').select('id').where('visit_id', '=', visitId).executeTakeFirst()).toBeTruthy();
    const saved = clockOffsetMs;
    clockOffsetMs += 32 * 86_400_000;
    const res = await runVisitorSweeps(h.ctx.deps);
    clockOffsetMs = saved;
    expect(res.watchlistDeleted).toBeGreaterThanOrEqual(1);
    expect(res.photosDeleted).toBeGreaterThanOrEqual(1);
    expect(await db.selectFrom('visit_photos').select('id').where('visit_id', '=', visitId).executeTakeFirst()).toBeUndefined();
    expect((await c.baove!.get(`/api/visits/${visitId}/photo`)).status).toBe(404);
    expect(await db.selectFrom('watchlist_entries').select('id').where('id', '=', entryId).executeTakeFirst()).toBeUndefined();
    const audit = await h.ctx.deps.repos.audit.list({ schoolIds: [DEMO.school], limit: 50, action: 'watchlist.expired' });
    expect(audit.map((a) => a.targetId)).toContain(entryId);
  });

  it('authorised pick-up: a guardian adds a person, the school confirms; an unlisted adult collecting a grade-1 pupil raises pickup_unlisted', async () => {
    const pupils = await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.otherSchool, classIds: [`${DEMO.otherSchool}-1a1`] });
    const pupil = pupils[0]!;
    const mother = (await h.ctx.deps.repos.people.guardiansOf(pupil.id)).find((g) => g.relationship === 'mother')!;
    const guardian = await h.signInGuardian(mother.phone!);
    const added = await guardian.post(`/api/students/${pupil.id}/pickup`, { fullName: 'Lê Thị Bà Ngoại', relationship: 'Bà ngoại', phone: '0912000111', photo });
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ confirmed: false, hasPhoto: true });
    // Another family's guardian cannot touch this list.
    expect((await (await h.signInGuardian()).post(`/api/students/${pupil.id}/pickup`, { fullName: 'Kẻ Lạ', relationship: 'Khác' })).status).toBe(403);
    const pending = await c['hieutruong.ngocha']!.get(`/api/schools/${DEMO.otherSchool}/pickup/pending`);
    expect(pending.body.map((p: { id: string }) => p.id)).toContain(added.body.id);
    expect((await c['hieutruong.ngocha']!.post(`/api/pickup-persons/${added.body.id}/confirm`)).body.confirmed).toBe(true);

    const guard = await staffClient(`guard-ngocha-${engine}`, 'guard', DEMO.otherSchool);
    const klass = (await h.ctx.deps.repos.org.getClass(`${DEMO.otherSchool}-1a1`))!;
    const teacher = await staffClient(`gvcn-1a1-${engine}`, 'homeroom_teacher', klass.id);
    await h.ctx.deps.repos.org.upsertClass({ ...klass, homeroomTeacherId: `gvcn-1a1-${engine}` });
    const found = await guard.get(`/api/schools/${DEMO.otherSchool}/pickup/search?q=${encodeURIComponent(pupil.fullName.split(' ').slice(-2).join(' '))}`);
    const row = found.body.find((s: { studentId: string }) => s.studentId === pupil.id);
    expect(row).toMatchObject({ young: true, grade: 1, persons: [{ fullName: 'Lê Thị Bà Ngoại', confirmed: true, hasPhoto: true }] });
    expect((await guard.get(`/api/pickup-persons/${added.body.id}/photo`)).status).toBe(200);

    const listed = await guard.post(`/api/schools/${DEMO.otherSchool}/pickup/records`, { studentId: pupil.id, pickupPersonId: added.body.id });
    expect(listed.body).toMatchObject({ listed: true, alertId: null, teacherNotified: false });
    const before = raised.length;
    const unlisted = await guard.post(`/api/schools/${DEMO.otherSchool}/pickup/records`, { studentId: pupil.id, pickupPersonId: null, collectorName: 'Người đàn ông lạ' });
    expect(unlisted.status, unlisted.text).toBe(200);
    expect(unlisted.body.listed).toBe(false);
    expect(unlisted.body.alertId).toBeTruthy();
    expect(unlisted.body.teacherNotified).toBe(true);
    expect(raised.slice(before)).toEqual([expect.objectContaining({ kind: 'pickup_unlisted', priority: 'high', schoolId: DEMO.otherSchool })]);
    const q = await guard.get(`/api/schools/${DEMO.otherSchool}/alerts?all=1`);
    expect(q.body.find((a: { id: string }) => a.id === unlisted.body.alertId)).toMatchObject({ kind: 'pickup_unlisted', priority: 'high' });
    const board = await teacher.get(`/api/classes/${klass.id}/pickups`);
    expect(board.body).toEqual(expect.arrayContaining([expect.objectContaining({ studentId: pupil.id, collectorName: 'Người đàn ông lạ', listed: false, alerted: true }),
      expect.objectContaining({ collectorName: 'Lê Thị Bà Ngoại', listed: true, alerted: false })]));
    // A grade-6 pupil leaving with an unlisted adult is recorded, without an alert.
    const older = (await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [`${DEMO.school}-6a1`] }))[0]!;
    const o = await c.baove!.post(`/api/schools/${DEMO.school}/pickup/records`, { studentId: older.id, pickupPersonId: null, collectorName: 'Anh họ' });
    expect(o.body).toMatchObject({ listed: false, alertId: null });
    // The guard of one school cannot record for another school's pupil.
    expect((await c.baove!.post(`/api/schools/${DEMO.school}/pickup/records`, { studentId: pupil.id, pickupPersonId: null, collectorName: 'X' })).status).toBe(403);
  });

  it('a checked-in visitor\'s face is a known visitor for the visit only; a watchlisted face holds a check-in under another name', async () => {
    const faceEngine = await sharedEngine();
    h.ctx.deps.faceEngine = faceEngine;
    const [a, b] = await faceCrops(faceEngine);
    const photoA = { type: 'image/jpeg' as const, dataBase64: a!.toString('base64') };
    const r = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { fullName: 'Đỗ Minh Khách', purpose: 'Sửa máy chiếu', photo: photoA, minutes: 60 });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ faceChecked: true, faceFound: true, visit: { faceKnown: true } });
    const now = () => h.ctx.deps.clock.now().toISOString();
    const during = await h.ctx.deps.premises!.visitorFaces!.activeVisitorFaces(DEMO.school, now());
    const mine = during.find((f) => f.visitId === r.body.visit.id)!;
    expect(mine).toMatchObject({ name: 'Đỗ Minh Khách', model: faceEngine.model });
    const [again] = await faceEngine.describe(a!);
    expect(cosine(mine.embedding, again!.embedding)).toBeGreaterThan(0.9);
    await c.baove!.post(`/api/visits/${r.body.visit.id}/check-out`);
    expect((await h.ctx.deps.premises!.visitorFaces!.activeVisitorFaces(DEMO.school, now())).map((f) => f.visitId)).not.toContain(r.body.visit.id);
    const row = await (h.ctx.database.db as any).selectFrom('visits').select(['face_embedding_sealed']).where('id', '=', r.body.visit.id).executeTakeFirst();
    expect(row.face_embedding_sealed).toBeNull();

    // A watchlist entry with a photo of face B; B checks in under another name and is held, by face.
    const entry = await c.hieutruong!.post('/api/watchlist', { schoolId: DEMO.school, fullName: 'Người Bị Cấm', reasonKind: 'custody_restriction',
      source: 'Bản án ly hôn số 45/2026', expiresOn: new Date(Date.now() + clockOffsetMs + 10 * 86_400_000).toISOString().slice(0, 10),
      photo: { type: 'image/jpeg', dataBase64: b!.toString('base64') } });
    expect(entry.body.hasFace).toBe(true);
    await c['congan.badinh']!.post(`/api/watchlist/${entry.body.id}/approve`);
    const active = await h.ctx.deps.premises!.watchlist!.activeEntries(DEMO.school, now());
    expect(active.find((e) => e.id === entry.body.id)?.embedding?.length).toBe(faceEngine.embeddingSize);
    const held = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { fullName: 'Tên Khác Hẳn', purpose: 'Đón cháu', photo: { type: 'image/jpeg', dataBase64: b!.toString('base64') } });
    expect(held.body.outcome).toBe('held');
    expect(raised.at(-1)!.summaryEn).toContain('(face)');
    const fine = await c.baove!.post(`/api/schools/${DEMO.school}/visits/check-in`, { fullName: 'Người Khác Nữa', purpose: 'Họp', photo: photoA, minutes: 30 });
    expect(fine.body.outcome).toBe('checked_in');
  }, 120_000);
});

let enginePromise: Promise<VisionFaceEngine> | undefined;
const sharedEngine = () => (enginePromise ??= createEngine());
let cropsPromise: Promise<Buffer[]> | undefined;
/** Two different people's faces from @vladmandic/face-api's demo samples (shipped through npm), cropped and shrunk like the web app does. */
function faceCrops(engine: VisionFaceEngine): Promise<Buffer[]> {
  return (cropsPromise ??= (async () => {
    const crops: Buffer[] = [];
    for (const file of sampleImagePaths()) {
      const bytes = fs.readFileSync(file);
      const meta = await sharp(bytes).metadata();
      const faces = (await engine.describe(bytes)).filter((f) => f.box.width >= 120 && !f.quality.issues.some((i) => i !== 'multiple_faces'));
      const f = faces[0];
      if (!f || crops.length >= 2) continue;
      const m = f.box.width * 0.4;
      const left = Math.max(0, Math.round(f.box.x - m)), top = Math.max(0, Math.round(f.box.y - m));
      const size = Math.round(Math.min(f.box.width + 2 * m, meta.width! - left, meta.height! - top));
      crops.push(await sharp(bytes).extract({ left, top, width: size, height: size }).resize(360, 360).jpeg({ quality: 85 }).toBuffer());
    }
    expect(crops.length).toBe(2);
    return crops;
  })());
}
