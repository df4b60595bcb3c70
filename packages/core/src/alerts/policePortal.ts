import type { PolicePacket } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess, scopesWith } from '../access/requireAccess.ts';
import { conflict, forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { alertTopic } from './alertSink.ts';
import { packetView } from './alertViews.ts';
import { policeTopic } from './escalateAlert.ts';
import type { EscalationRecord } from './ports.ts';

/** Packets escalated to the wards the officer serves, newest first. Schools of other wards never appear. */
export async function listPolicePackets(deps: Deps, actor: Actor, input: { limit?: number } = {}): Promise<PolicePacket[]> {
  await requireAccess(deps.repos.locator, actor, 'alert.police', []);
  const wardIds = scopesWith(actor, 'alert.police').filter((g) => g.scopeKind === 'ward').map((g) => g.scopeId);
  const rows = await deps.repos.alerts.listEscalations({ wardIds, limit: Math.min(input.limit ?? 50, 200) });
  const out: PolicePacket[] = [];
  for (const e of rows) { const p = await packetView(deps, e); if (p) out.push(p); }
  return out;
}

async function loadPacketFor(deps: Deps, actor: Actor, escalationId: string): Promise<EscalationRecord> {
  const e = await deps.repos.alerts.getEscalation(escalationId);
  if (!e) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'alert.police', [{ kind: 'school', id: e.schoolId }]);
  return e;
}

/** Opening a packet is a read of a person's face and is audited like every sensitive read. */
export async function getPolicePacket(deps: Deps, actor: Actor, escalationId: string): Promise<PolicePacket> {
  const e = await loadPacketFor(deps, actor, escalationId);
  await deps.tx((r) => r.audit.append(auditEntry(actor, deps.clock.now(), 'alert.media_read', { kind: 'alert', id: e.alertId, schoolId: e.schoolId }, { escalationId: e.id, what: 'packet' })));
  return (await packetView(deps, e))!;
}

/** The officer has received it; the school sees who and when on the alert. */
export async function acknowledgePacket(deps: Deps, actor: Actor, escalationId: string) {
  const e = await loadPacketFor(deps, actor, escalationId);
  if (e.status !== 'sent') throw conflict('Hồ sơ đã được tiếp nhận / Already acknowledged');
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.alerts.updateEscalation(e.id, { status: 'acknowledged', acknowledgedBy: actor.displayName, acknowledgedAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'alert.police_acknowledged', { kind: 'alert', id: e.alertId, schoolId: e.schoolId }, { escalationId: e.id }));
  });
  signal(deps, e);
  return (await packetView(deps, (await deps.repos.alerts.getEscalation(e.id))!))!;
}

/** The police report back in words (what they did, what they found); the school reads it on the alert. */
export async function reportBackOnPacket(deps: Deps, actor: Actor, escalationId: string, input: { report: string }) {
  const e = await loadPacketFor(deps, actor, escalationId);
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.alerts.updateEscalation(e.id, { status: 'reported', report: input.report, reportedAt: now.toISOString(),
      ...(e.acknowledgedAt ? {} : { acknowledgedBy: actor.displayName, acknowledgedAt: now.toISOString() }) });
    await r.audit.append(auditEntry(actor, now, 'alert.police_reported', { kind: 'alert', id: e.alertId, schoolId: e.schoolId }, { escalationId: e.id }));
  });
  signal(deps, e);
  return (await packetView(deps, (await deps.repos.alerts.getEscalation(e.id))!))!;
}

function signal(deps: Deps, e: EscalationRecord) {
  deps.live.publish(alertTopic(e.schoolId), { type: 'updated', alertId: e.alertId });
  deps.live.publish(policeTopic(e.wardId), { type: 'updated', escalationId: e.id });
}
