import type { Alert, PolicePacket } from '@truongan/contracts';
import type { Deps } from '../ports/deps.ts';
import { zoneOf } from '../strangers/rules.ts';
import type { AlertRecord, EscalationRecord } from './ports.ts';

/** Alert rows as the console shows them: camera name and zone, school name, and the police status when escalated. */
export async function alertViews(deps: Deps, rows: AlertRecord[]): Promise<Alert[]> {
  const cameraIds = [...new Set(rows.map((a) => a.cameraId).filter((x): x is string => !!x))];
  const cameras = new Map<string, { name: string; role: string }>();
  for (const id of cameraIds) { const c = await deps.repos.gate.getCamera(id); if (c) cameras.set(id, { name: c.name, role: c.role }); }
  const zones = await deps.repos.alerts.cameraZones(cameraIds);
  const schools = new Map<string, string>();
  for (const id of new Set(rows.map((a) => a.schoolId))) { const s = await deps.repos.org.getSchool(id); if (s) schools.set(id, s.name); }
  const escalations = new Map((await deps.repos.alerts.escalationsOf(rows.map((a) => a.id))).map((e) => [e.alertId, e]));
  return rows.map((a) => {
    const cam = a.cameraId ? cameras.get(a.cameraId) : undefined;
    const e = escalations.get(a.id);
    return {
      id: a.id, schoolId: a.schoolId, schoolName: schools.get(a.schoolId) ?? null, kind: a.kind, priority: a.priority, status: a.status,
      summaryVi: a.summaryVi, summaryEn: a.summaryEn, cameraId: a.cameraId, cameraName: cam?.name ?? null,
      zone: cam ? zoneOf(cam.role as 'entry', zones.get(a.cameraId!) ?? null) : null, snapshotIds: a.snapshotIds, clipId: a.clipId,
      subjectType: a.subjectType, subjectId: a.subjectId, raisedAt: a.raisedAt, handledBy: a.handledBy, handledAt: a.handledAt, note: a.note,
      feedback: a.feedback, confirmedBy: a.confirmedBy, confirmedAt: a.confirmedAt,
      police: e ? { status: e.status, escalatedAt: e.escalatedAt, acknowledgedBy: e.acknowledgedBy, acknowledgedAt: e.acknowledgedAt, report: e.report, reportedAt: e.reportedAt } : null,
    };
  });
}

/** The packet as the ward police read it: what, where, when, the evidence, who confirmed. */
export async function packetView(deps: Deps, e: EscalationRecord): Promise<PolicePacket | undefined> {
  const a = await deps.repos.alerts.getAlert(e.alertId);
  if (!a) return undefined;
  const [view] = await alertViews(deps, [a]);
  const school = await deps.repos.org.getSchool(e.schoolId);
  return {
    id: e.id, alertId: a.id, schoolId: e.schoolId, schoolName: school?.name ?? '', schoolAddress: school?.address ?? null, wardId: e.wardId,
    what: { kind: a.kind, priority: a.priority, summaryVi: a.summaryVi, summaryEn: a.summaryEn },
    where: { cameraName: view?.cameraName ?? null, zone: view?.zone ?? null },
    when: { raisedAt: a.raisedAt, confirmedAt: a.confirmedAt ?? e.escalatedAt, escalatedAt: e.escalatedAt },
    snapshotIds: a.snapshotIds, clipId: a.clipId, confirmedBy: a.confirmedBy ?? '', escalatedBy: e.escalatedBy, schoolNote: e.schoolNote,
    status: e.status, acknowledgedBy: e.acknowledgedBy, acknowledgedAt: e.acknowledgedAt, report: e.report, reportedAt: e.reportedAt,
  };
}
