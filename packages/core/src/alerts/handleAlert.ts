import type { AlertStatus, FalseAlarmFeedback } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { conflict } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { alertTopic } from './alertSink.ts';
import { getAlert, loadAlertFor } from './alertQueue.ts';
import type { AlertRecord } from './ports.ts';

const STILL_OPEN: AlertStatus[] = ['open', 'acknowledged'];

function requireStatus(a: AlertRecord, allowed: AlertStatus[]) {
  if (!allowed.includes(a.status)) throw conflict(`Cảnh báo đang ở trạng thái "${a.status}" / The alert is already ${a.status}`);
}

/** The guard has seen it and is looking: stops the alarm sound on every console of the school. */
export async function acknowledgeAlert(deps: Deps, actor: Actor, alertId: string, input: { note?: string | null } = {}) {
  const a = await loadAlertFor(deps, actor, alertId);
  requireStatus(a, ['open']);
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.alerts.updateAlert(a.id, { status: 'acknowledged', handledBy: actor.displayName, handledAt: now.toISOString(), note: input.note ?? a.note });
    await r.audit.append(auditEntry(actor, now, 'alert.acknowledged', { kind: 'alert', id: a.id, schoolId: a.schoolId }, {}));
  });
  deps.live.publish(alertTopic(a.schoolId), { type: 'updated', alertId: a.id, status: 'acknowledged' });
  return getAlert(deps, actor, a.id);
}

/**
 * Not a stranger after all. The feedback teaches the system: a face marked as a known visitor or staff stops raising
 * stranger alerts (its cluster is labelled, and forgotten with it after the retention window); "camera conditions" is
 * kept as a note for whoever tunes the camera.
 */
export async function markFalseAlarm(deps: Deps, actor: Actor, alertId: string, input: { feedback: FalseAlarmFeedback; note?: string | null }) {
  const a = await loadAlertFor(deps, actor, alertId);
  requireStatus(a, [...STILL_OPEN, 'confirmed']);
  const now = deps.clock.now();
  const label = input.feedback === 'known_visitor' || input.feedback === 'staff' ? input.feedback : null;
  const cluster = label && a.subjectType === 'cluster' && a.subjectId ? await deps.repos.sightings.getCluster(a.subjectId) : undefined;
  await deps.tx(async (r) => {
    await r.alerts.updateAlert(a.id, { status: 'false_alarm', feedback: input.feedback, note: input.note ?? a.note, handledBy: actor.displayName, handledAt: now.toISOString() });
    if (cluster && label) await r.sightings.updateCluster(cluster.id, { label });
    await r.audit.append(auditEntry(actor, now, 'alert.false_alarm', { kind: 'alert', id: a.id, schoolId: a.schoolId },
      { feedback: input.feedback, labelledCluster: cluster?.id ?? null }));
  });
  deps.live.publish(alertTopic(a.schoolId), { type: 'updated', alertId: a.id, status: 'false_alarm' });
  return getAlert(deps, actor, a.id);
}

/** A person looked at the snapshots and the clip and says it is real. Only a confirmed alert may be escalated. */
export async function confirmAlert(deps: Deps, actor: Actor, alertId: string, input: { note?: string | null } = {}) {
  const a = await loadAlertFor(deps, actor, alertId);
  requireStatus(a, STILL_OPEN);
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.alerts.updateAlert(a.id, { status: 'confirmed', confirmedBy: actor.displayName, confirmedAt: now.toISOString(), note: input.note ?? a.note,
      handledBy: a.handledBy ?? actor.displayName, handledAt: a.handledAt ?? now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'alert.confirmed', { kind: 'alert', id: a.id, schoolId: a.schoolId }, {}));
  });
  deps.live.publish(alertTopic(a.schoolId), { type: 'updated', alertId: a.id, status: 'confirmed' });
  return getAlert(deps, actor, a.id);
}
