import type { Actor } from '../access/actor.ts';
import { conflict, forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { normalisePhone } from '../util/phone.ts';
import { auditEntry } from '../util/audit.ts';
import { alertTopic } from './alertSink.ts';
import { getAlert, loadAlertFor } from './alertQueue.ts';

export const policeTopic = (wardId: string) => `ward:${wardId}:police-alerts`;

/**
 * Sends a confirmed alert to the ward police: one packet (what, where, when, evidence, who confirmed) in their portal,
 * and a message to each ward police officer by their channel through the outbox, in the same transaction. Nothing
 * reaches the police unless a person confirmed the alert first — an open or acknowledged alert is refused here.
 */
export async function escalateAlert(deps: Deps, actor: Actor, alertId: string, input: { note?: string | null } = {}) {
  const a = await loadAlertFor(deps, actor, alertId);
  if (a.status !== 'confirmed' || !a.confirmedBy) {
    throw conflict('Chỉ chuyển công an sau khi một người đã xác nhận cảnh báo / Only an alert a person has confirmed can go to the police');
  }
  if (await deps.repos.alerts.escalationOf(a.id)) throw conflict('Cảnh báo đã được chuyển công an / Already escalated');
  const school = await deps.repos.org.getSchool(a.schoolId);
  if (!school) throw forbidden();
  const officers = await deps.repos.alerts.wardPolice(school.wardId);
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = deps.ids.next();
  await deps.tx(async (r) => {
    await r.alerts.insertEscalation({ id, alertId: a.id, schoolId: a.schoolId, wardId: school.wardId, escalatedBy: actor.displayName, escalatedAt: at,
      schoolNote: input.note ?? null, status: 'sent', acknowledgedBy: null, acknowledgedAt: null, report: null, reportedAt: null });
    await r.alerts.updateAlert(a.id, { status: 'escalated' });
    for (const o of officers) {
      const phone = o.phone ? normalisePhone(o.phone) : null;
      if (!phone) continue; // officers without a phone see the packet in the portal only
      await r.outbox.enqueue({ id: deps.ids.next(), idempotencyKey: `police_alert:${id}:${o.userId}`, channel: 'auto', recipient: phone, template: 'police_alert',
        body: `[Trường An] ${school.name} báo: ${a.summaryVi}. Đã xác nhận bởi ${a.confirmedBy}. Xem hồ sơ trên cổng Công an phường.`,
        data: { escalationId: id, alertId: a.id, schoolId: a.schoolId, at, summary: a.summaryVi }, status: 'pending', createdAt: at });
    }
    await r.audit.append(auditEntry(actor, now, 'alert.escalated', { kind: 'alert', id: a.id, schoolId: a.schoolId },
      { escalationId: id, wardId: school.wardId, officersMessaged: officers.filter((o) => o.phone).length }));
  });
  deps.live.publish(alertTopic(a.schoolId), { type: 'updated', alertId: a.id, status: 'escalated' });
  deps.live.publish(policeTopic(school.wardId), { type: 'packet', escalationId: id });
  return getAlert(deps, actor, a.id);
}
