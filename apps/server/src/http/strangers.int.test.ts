import { issueSession, purgeSightings } from '@truongan/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { ApiClient, FOREIGN, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

/**
 * Issue 5, strangers half, at the API level on both databases: the alert queue (list, live stream, media, actions),
 * escalation only after a person confirmed, the ward police seeing only their ward, and the retention of unknown faces.
 */
describe.each(['sqlite', 'postgres'] as const)('strangers on %s', (engine) => {
  let h: Harness;
  const c: Record<string, ApiClient> = {};
  let alertId: string, snapshotId: string, clipId: string;
  const cameraId = `cam-strangers-${engine}`;

  /** A ward police officer created directly (the demo has one per ward at most), signed in with the second factor passed. */
  async function officer(id: string, wardId: string, phone: string | null) {
    const d = h.ctx.deps;
    await d.repos.users.insertUser({ id, kind: 'staff', displayName: `Công an ${id}`, username: null, phone, passwordHash: null, totpSecretSealed: null, totpEnabled: false,
      guardianId: null, studentId: null, locale: 'vi', disabled: false, createdAt: new Date().toISOString() });
    await d.repos.users.grantRole(id, { role: 'ward_police', scopeKind: 'ward', scopeId: wardId });
    const s = await issueSession(d, d.repos, id, true);
    const client = new ApiClient(h.app);
    client.cookie = `ta_session=${s.token}`;
    client.csrf = s.csrfToken;
    return client;
  }

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    for (const u of ['baove', 'hieutruong', 'hieutruong.ngocha', 'congan.badinh']) c[u] = await h.signIn(u);
    c.foreignPolice = await officer(`police-foreign-${engine}`, FOREIGN.ward, '0987654321');
    await officer(`police-phone-${engine}`, DEMO.ward, '0912000111');
    const d = h.ctx.deps;
    await d.repos.gate.insertCamera({ id: cameraId, schoolId: DEMO.school, name: 'Cổng chính – ngoài', kind: 'file', role: 'entry', url: '/dev/null', username: null,
      passwordSealed: null, lane: null, direction: null, fps: 5, enabled: false, createdAt: new Date().toISOString() });
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 120, g: 90, b: 60 } } }).jpeg().toBuffer();
    snapshotId = (await d.snapshots.put({ id: `snap-${engine}`, schoolId: DEMO.school, cameraId, kind: 'crop', createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString() }, jpeg)).id;
    clipId = `clip-${engine}`;
    await d.repos.alerts.insertClip({ id: clipId, schoolId: DEMO.school, cameraId, type: 'video/mp4', bytes: 4, dataSealed: d.secrets.seal(new Uint8Array([0, 0, 0, 24])),
      createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  it('raises into the queue once per dedupe key and shows it live to the guard', async () => {
    const sink = h.ctx.deps.premises!.alerts!;
    const stream = await h.app.request(`/api/schools/${DEMO.school}/alerts/stream`, { headers: { cookie: c.baove!.cookie } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: snapshot');
    const raised = await sink.raise({ schoolId: DEMO.school, kind: 'stranger_lingering', priority: 'normal', summaryVi: 'Người lạ đứng ngoài cổng hơn 60 giây',
      summaryEn: 'Stranger lingering outside the gate', cameraId, snapshotIds: [snapshotId], clipId, dedupeKey: 'linger:test:1' });
    expect(raised.created).toBe(true);
    alertId = raised.id;
    let seen = '';
    while (!seen.includes(alertId)) seen += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(await sink.raise({ schoolId: DEMO.school, kind: 'stranger_lingering', priority: 'normal', summaryVi: 'x', summaryEn: 'x', dedupeKey: 'linger:test:1' }))
      .toEqual({ id: alertId, created: false });
    const list = await c.baove!.get(`/api/schools/${DEMO.school}/alerts`);
    expect(list.status).toBe(200);
    expect(list.body.filter((a: any) => a.id === alertId)).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ id: alertId, status: 'open', cameraName: 'Cổng chính – ngoài', zone: 'gate_lane', snapshotIds: [snapshotId], clipId });
  });

  it('serves the snapshot and clip to the school, never to another school', async () => {
    const snap = await c.baove!.get(`/api/alerts/${alertId}/snapshots/${snapshotId}`);
    expect(snap.status).toBe(200);
    const clip = await h.app.request(`/api/alerts/${alertId}/clips/${clipId}`, { headers: { cookie: c.hieutruong!.cookie } });
    expect(clip.status).toBe(200);
    expect(clip.headers.get('content-type')).toBe('video/mp4');
    expect([...new Uint8Array(await clip.arrayBuffer())]).toEqual([0, 0, 0, 24]);
    expect((await c['hieutruong.ngocha']!.get(`/api/schools/${DEMO.school}/alerts`)).status).toBe(403);
    expect((await c['hieutruong.ngocha']!.get(`/api/alerts/${alertId}`)).status).toBe(403);
    expect((await c['hieutruong.ngocha']!.get(`/api/alerts/${alertId}/snapshots/${snapshotId}`)).status).toBe(403);
  });

  it('sends nothing to the police before a person confirms', async () => {
    const early = await c.baove!.post(`/api/alerts/${alertId}/escalate`, { note: null });
    expect(early.status).toBe(409);
    expect((await c['congan.badinh']!.get('/api/police/alerts')).body).toEqual([]);
    expect((await c['congan.badinh']!.get(`/api/alerts/${alertId}/snapshots/${snapshotId}`)).status).toBe(403);
    expect((await h.ctx.deps.repos.outbox.listRecent(50)).filter((m) => m.template === 'police_alert')).toEqual([]);
    expect((await c.baove!.post(`/api/alerts/${alertId}/acknowledge`, { note: null })).body.status).toBe('acknowledged');
    expect((await c.baove!.post(`/api/alerts/${alertId}/escalate`, { note: null })).status).toBe(409);
  });

  it('escalates a confirmed alert as a packet to the ward police of the school only', async () => {
    const confirmed = await c.baove!.post(`/api/alerts/${alertId}/confirm`, { note: 'Đã xem clip: người này đứng nhìn học sinh' });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', confirmedBy: 'Trần Văn Bảo (bảo vệ)' });
    const esc = await c.baove!.post(`/api/alerts/${alertId}/escalate`, { note: 'Đề nghị công an phường kiểm tra' });
    expect(esc.status).toBe(200);
    expect(esc.body).toMatchObject({ status: 'escalated', police: { status: 'sent' } });
    expect((await c.baove!.post(`/api/alerts/${alertId}/escalate`, { note: null })).status).toBe(409);

    const packets = (await c['congan.badinh']!.get('/api/police/alerts')).body;
    expect(packets).toHaveLength(1);
    expect(packets[0]).toMatchObject({ alertId, schoolId: DEMO.school, confirmedBy: 'Trần Văn Bảo (bảo vệ)', escalatedBy: 'Trần Văn Bảo (bảo vệ)',
      what: { kind: 'stranger_lingering' }, where: { cameraName: 'Cổng chính – ngoài' }, snapshotIds: [snapshotId], clipId, schoolNote: 'Đề nghị công an phường kiểm tra' });
    expect((await c['congan.badinh']!.get(`/api/alerts/${alertId}/snapshots/${snapshotId}`)).status).toBe(200);
    const sms = (await h.ctx.deps.repos.outbox.listRecent(50)).filter((m) => m.template === 'police_alert');
    // One message per ward police officer of this ward with a phone (the demo officer and the one made here), none to other wards.
    expect(sms.map((m) => m.recipient).sort()).toEqual(['84912000111', '84987000101']);

    // Another ward's police: nothing listed, and the packet and its media are refused.
    expect((await c.foreignPolice!.get('/api/police/alerts')).body).toEqual([]);
    expect((await c.foreignPolice!.get(`/api/police/alerts/${packets[0].id}`)).status).toBe(403);
    expect((await c.foreignPolice!.post(`/api/police/alerts/${packets[0].id}/acknowledge`, {})).status).toBe(403);
    expect((await c.foreignPolice!.get(`/api/alerts/${alertId}/snapshots/${snapshotId}`)).status).toBe(403);
    // The guard cannot act as police.
    expect((await c.baove!.get('/api/police/alerts')).status).toBe(403);
  });

  it('police acknowledge and report back; the school sees it on the alert; every step audited', async () => {
    const [packet] = (await c['congan.badinh']!.get('/api/police/alerts')).body;
    const ack = await c['congan.badinh']!.post(`/api/police/alerts/${packet.id}/acknowledge`, {});
    expect(ack.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'Thượng úy Hoàng Đức Minh (Công an phường Ba Đình)' });
    const rep = await c['congan.badinh']!.post(`/api/police/alerts/${packet.id}/report`, { report: 'Đã cử tổ tuần tra, mời người này về trụ sở làm việc.' });
    expect(rep.body.status).toBe('reported');
    const seen = await c.hieutruong!.get(`/api/alerts/${alertId}`);
    expect(seen.body.police).toMatchObject({ status: 'reported', acknowledgedBy: 'Thượng úy Hoàng Đức Minh (Công an phường Ba Đình)',
      report: 'Đã cử tổ tuần tra, mời người này về trụ sở làm việc.' });
    const audit = await h.ctx.deps.repos.audit.list({ schoolIds: [DEMO.school], limit: 200 });
    const actions = audit.filter((e) => e.targetId === alertId).map((e) => e.action);
    for (const a of ['alert.raised', 'alert.acknowledged', 'alert.confirmed', 'alert.escalated', 'alert.police_acknowledged', 'alert.police_reported', 'alert.media_read']) {
      expect(actions).toContain(a);
    }
  });

  it('a false alarm marked as staff labels the face so it stops alerting', async () => {
    const d = h.ctx.deps;
    const clusterId = `cluster-staff-${engine}`;
    await d.repos.sightings.insertCluster({ id: clusterId, schoolId: DEMO.school, model: 'm', centroidSealed: d.secrets.seal(new Uint8Array(8)), sightings: 1, days: ['2026-11-20'],
      firstSeenAt: '2026-11-20T01:00:00.000Z', lastSeenAt: '2026-11-20T01:00:00.000Z', label: null, returningAlertedAt: null });
    const r = await d.premises!.alerts!.raise({ schoolId: DEMO.school, kind: 'stranger_returning', priority: 'normal', summaryVi: 'Người lạ quay lại', summaryEn: 'Returning stranger',
      subject: { type: 'cluster', id: clusterId } });
    const fa = await c.baove!.post(`/api/alerts/${r.id}/false-alarm`, { feedback: 'staff', note: 'Thầy giáo mới' });
    expect(fa.body).toMatchObject({ status: 'false_alarm', feedback: 'staff' });
    expect((await d.repos.sightings.getCluster(clusterId))?.label).toBe('staff');
    expect((await c.baove!.get(`/api/schools/${DEMO.school}/alerts`)).body.map((a: any) => a.id)).not.toContain(r.id);
  });

  it('camera zones: the principal sets them (audited), the guard may only read them', async () => {
    const zones = (await c.hieutruong!.get(`/api/schools/${DEMO.school}/camera-zones`)).body;
    expect(zones.find((z: any) => z.cameraId === cameraId)).toMatchObject({ zone: 'gate_lane', zoneSet: false });
    expect((await c.baove!.call('PUT', `/api/schools/${DEMO.school}/cameras/${cameraId}/zone`, { zone: 'inside' })).status).toBe(403);
    expect((await c['hieutruong.ngocha']!.call('PUT', `/api/schools/${DEMO.school}/cameras/${cameraId}/zone`, { zone: 'inside' })).status).toBe(403);
    expect((await c.hieutruong!.call('PUT', `/api/schools/${DEMO.school}/cameras/${cameraId}/zone`, { zone: 'outside' })).body).toEqual({ zone: 'outside' });
    expect((await c.baove!.get(`/api/schools/${DEMO.school}/camera-zones`)).body.find((z: any) => z.cameraId === cameraId)).toMatchObject({ zone: 'outside', zoneSet: true });
    const audit = await h.ctx.deps.repos.audit.list({ schoolIds: [DEMO.school], limit: 50, action: 'camera.changed' });
    expect(audit.some((e) => e.targetId === cameraId && e.detail.zone === 'outside')).toBe(true);
  });

  it('retention deletes unknown-face sightings older than the window, and clusters left empty', async () => {
    const d = h.ctx.deps;
    const now = Date.now();
    const sighting = async (id: string, cluster: string, daysAgo: number) => d.repos.sightings.insertSighting({ id, clusterId: cluster, schoolId: DEMO.school, cameraId,
      model: 'm', embeddingSealed: d.secrets.seal(new Uint8Array(8)), seenAt: new Date(now - daysAgo * 86_400_000).toISOString(), localDate: '2026-11-01', snapshotId: null });
    for (const id of ['old', 'mixed']) {
      await d.repos.sightings.insertCluster({ id: `${id}-${engine}`, schoolId: DEMO.school, model: 'm', centroidSealed: d.secrets.seal(new Uint8Array(8)), sightings: 1,
        days: ['2026-11-01'], firstSeenAt: new Date(now).toISOString(), lastSeenAt: new Date(now).toISOString(), label: null, returningAlertedAt: null });
    }
    await sighting(`s1-${engine}`, `old-${engine}`, 15);
    await sighting(`s2-${engine}`, `mixed-${engine}`, 20);
    await sighting(`s3-${engine}`, `mixed-${engine}`, 2);
    const res = await purgeSightings(d);
    expect(res.sightings).toBeGreaterThanOrEqual(2);
    expect(await d.repos.sightings.countSightings({ clusterId: `old-${engine}` })).toBe(0);
    expect(await d.repos.sightings.getCluster(`old-${engine}`)).toBeUndefined();
    expect(await d.repos.sightings.countSightings({ clusterId: `mixed-${engine}` })).toBe(1);
    expect(await d.repos.sightings.getCluster(`mixed-${engine}`)).toBeDefined();
    const audit = await d.repos.audit.list({ limit: 20, action: 'sightings.purged' });
    expect(audit[0]?.detail).toMatchObject({ sightings: res.sightings });
  });
});
