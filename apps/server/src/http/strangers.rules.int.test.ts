import { type Deps, normalise, observeUnknown, type UnknownFace, type WatchlistLookup } from '@truongan/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { type ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

/**
 * The stranger rules against the real database and the visitors side's real VisitorFaceSource (deps.premises.visitorFaces):
 * a checked-in visitor is not flagged during the visit and is flagged after check-out; a person returning on three days is
 * re-identified; unknown faces inside raise an alert; a watchlisted face is high priority (watchlist port faked here).
 */
describe.each(['sqlite', 'postgres'] as const)('stranger rules on %s', (engine) => {
  let h: Harness;
  let guard: ApiClient;
  const cameraId = `cam-inside-${engine}`;
  const dim = 16;
  /** A face: one-hot-ish vectors are far apart (cosine ≈ 0), small noise keeps the same person above the threshold. */
  const face = (k: number, noise = 0) => normalise(Float32Array.from({ length: dim }, (_, i) => (i === k ? 1 : 0) + (i === (k + 1) % dim ? noise : 0)));
  const at = (day: string, hh = '02:00:00') => Date.parse(`${day}T${hh}Z`); // 02:00 UTC = 09:00 in Hanoi
  const seen = (embedding: Float32Array, o: Partial<UnknownFace> & { from: number; to: number }): UnknownFace => ({
    schoolId: DEMO.school, cameraId, cameraRole: 'entry', zone: 'inside', trackId: `t-${o.from}-${Math.random()}`, model: 'test-model', embedding,
    firstSeenAt: o.from, lastSeenAt: o.to, final: true, snapshotIds: [], ...o,
  });

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    guard = await h.signIn('baove');
    await h.ctx.deps.repos.gate.insertCamera({ id: cameraId, schoolId: DEMO.school, name: 'Hành lang tầng 1', kind: 'file', role: 'entry', url: '/dev/null', username: null,
      passwordSealed: null, lane: null, direction: null, fps: 5, enabled: false, createdAt: new Date().toISOString() });
    await h.ctx.deps.repos.alerts.setCameraZone(cameraId, 'inside');
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  it('a checked-in visitor is a known visitor during the visit, and a stranger again after check-out', async () => {
    const d = h.ctx.deps;
    expect(d.premises?.visitorFaces).toBeDefined();
    const visitor = face(3);
    const visitId = `visit-${engine}`;
    await d.repos.visitors.insertVisit({ id: visitId, schoolId: DEMO.school, status: 'checked_in', fullName: 'Nguyễn Văn Khách', nameKey: 'nguyen van khach', idLast4: '1234',
      purpose: 'Họp phụ huynh', hostUserId: null, hostName: null, expectedFrom: null, expectedUntil: null, registeredBy: null, checkedInAt: '2026-11-23T01:00:00.000Z',
      checkedInBy: null, validUntil: '2099-01-01T00:00:00.000Z', checkedOutAt: null, checkedOutBy: null, photoId: null, faceModel: 'test-model',
      faceEmbeddingSealed: d.secrets.seal(new Uint8Array(visitor.buffer.slice(0))), watchlistEntryId: null, overstayAlertedAt: null,
      createdAt: '2026-11-23T01:00:00.000Z', updatedAt: '2026-11-23T01:00:00.000Z' });
    const during = await observeUnknown(d, seen(face(3, 0.1), { from: at('2026-11-23'), to: at('2026-11-23', '02:02:00') }));
    expect(during).toMatchObject({ verdict: 'known_visitor', alerts: [] });

    const out = await guard.post(`/api/visits/${visitId}/check-out`, {});
    expect(out.status).toBe(200);
    const after = await observeUnknown(d, seen(face(3, 0.1), { from: at('2026-11-23', '03:00:00'), to: at('2026-11-23', '03:01:00') }));
    expect(after.verdict).toBe('stranger');
    expect(after.alerts.map((a) => a.kind).sort()).toEqual(['stranger_lingering', 'unknown_inside']);
    const queue = (await guard.get(`/api/schools/${DEMO.school}/alerts`)).body;
    expect(queue.find((a: any) => a.id === after.alerts.find((x) => x.kind === 'unknown_inside')!.id)).toMatchObject({ priority: 'high', zone: 'inside' });
  });

  it('re-identifies a stranger returning on three different days and alerts once the rule is met', async () => {
    const d = h.ctx.deps;
    const outside = { zone: 'outside' as const, cameraRole: 'perimeter' as const };
    // A short walk (under the linger limit) on day 1 and day 2: sightings only.
    const d1 = await observeUnknown(d, seen(face(7, 0.05), { ...outside, from: at('2026-11-10'), to: at('2026-11-10', '02:00:05') }));
    const d2 = await observeUnknown(d, seen(face(7, 0.15), { ...outside, from: at('2026-11-12'), to: at('2026-11-12', '02:00:05') }));
    expect(d1.alerts).toEqual([]); expect(d2.alerts).toEqual([]);
    expect(d2.clusterId).toBe(d1.clusterId);
    // Somebody else on day 2: another cluster, no alert.
    const other = await observeUnknown(d, seen(face(11), { ...outside, from: at('2026-11-12'), to: at('2026-11-12', '02:00:05') }));
    expect(other.clusterId).not.toBe(d1.clusterId);
    const d3 = await observeUnknown(d, seen(face(7, 0.1), { ...outside, from: at('2026-11-14'), to: at('2026-11-14', '02:00:05') }));
    expect(d3.clusterId).toBe(d1.clusterId);
    expect(d3.alerts.map((a) => a.kind)).toEqual(['stranger_returning']);
    const cluster = await d.repos.sightings.getCluster(d1.clusterId!);
    expect(cluster).toMatchObject({ sightings: 3, days: ['2026-11-10', '2026-11-12', '2026-11-14'] });
    expect(await d.repos.sightings.countSightings({ clusterId: d1.clusterId! })).toBe(3);
  });

  it('lingering outside alerts only past the zone limit and only during school hours', async () => {
    const d = h.ctx.deps;
    const outside = { zone: 'outside' as const, final: false };
    expect((await observeUnknown(d, seen(face(13), { ...outside, from: at('2026-11-16'), to: at('2026-11-16', '02:00:59') }))).alerts).toEqual([]);
    expect((await observeUnknown(d, seen(face(13), { ...outside, from: at('2026-11-16', '15:00:00'), to: at('2026-11-16', '15:05:00') }))).alerts).toEqual([]);
    const r = await observeUnknown(d, seen(face(13), { ...outside, trackId: 'linger-1', from: at('2026-11-16'), to: at('2026-11-16', '02:01:01') }));
    expect(r.alerts.map((a) => a.kind)).toEqual(['stranger_lingering']);
    // The same track reported again while it stays: the same alert, not a second one.
    const again = await observeUnknown(d, seen(face(13), { ...outside, trackId: 'linger-1', from: at('2026-11-16'), to: at('2026-11-16', '02:02:00') }));
    expect(again.alerts).toEqual([{ id: r.alerts[0]!.id, kind: 'stranger_lingering', created: false }]);
  });

  it('a watchlisted face is a high-priority alert at any camera', async () => {
    const watch: WatchlistLookup = { activeEntries: async () => [{ id: 'wl-1', schoolId: DEMO.school, fullName: 'Trần Văn Cấm', idLast4: '9999', reasonKind: 'court_order',
      model: 'test-model', embedding: face(5) }] };
    const deps: Deps = { ...h.ctx.deps, premises: { ...h.ctx.deps.premises, watchlist: watch } };
    const r = await observeUnknown(deps, seen(face(5, 0.1), { zone: 'gate_lane', from: at('2026-11-17'), to: at('2026-11-17', '02:00:02') }));
    expect(r.verdict).toBe('watchlist');
    const alert = await h.ctx.deps.repos.alerts.getAlert(r.alerts[0]!.id);
    expect(alert).toMatchObject({ kind: 'watchlist_match', priority: 'high', subjectType: 'watchlist', subjectId: 'wl-1' });
  });

  it('a face labelled staff after a false alarm stops alerting', async () => {
    const d = h.ctx.deps;
    const first = await observeUnknown(d, seen(face(9), { from: at('2026-11-18'), to: at('2026-11-18', '02:00:05') }));
    const inside = first.alerts.find((a) => a.kind === 'unknown_inside')!;
    expect(await d.repos.alerts.getAlert(inside.id)).toMatchObject({ subjectType: 'cluster', subjectId: first.clusterId });
    expect((await guard.post(`/api/alerts/${inside.id}/false-alarm`, { feedback: 'staff', note: null })).status).toBe(200);
    const later = await observeUnknown(d, seen(face(9, 0.1), { from: at('2026-11-19'), to: at('2026-11-19', '02:05:00') }));
    expect(later).toMatchObject({ verdict: 'labelled', alerts: [] });
  });
});
