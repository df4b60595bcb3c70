import type { Actor } from '../access/actor.ts';
import { actorMay } from '../access/requireAccess.ts';
import { forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';

/**
 * A snapshot or the clip of an alert. The school's guards and principal may see them; the ward police only once the
 * alert was escalated to them (and with their second factor). The media must belong to the alert; every read is audited.
 */
export async function readAlertMedia(deps: Deps, actor: Actor, input: { alertId: string; kind: 'snapshot' | 'clip'; mediaId: string }): Promise<{ data: Uint8Array; type: string }> {
  const a = await deps.repos.alerts.getAlert(input.alertId);
  if (!a) throw forbidden();
  const belongs = input.kind === 'snapshot' ? a.snapshotIds.includes(input.mediaId) : a.clipId === input.mediaId;
  if (!belongs) throw forbidden();
  const loc = (await deps.repos.locator.locate([{ kind: 'school', id: a.schoolId }])).get(`school:${a.schoolId}`);
  let allowed = actor.kind === 'system' || (!!loc && actorMay(actor, 'gate.operate', loc));
  if (!allowed && loc && actor.mfa && actorMay(actor, 'alert.police', loc)) allowed = !!(await deps.repos.alerts.escalationOf(a.id));
  if (!allowed) throw forbidden();
  let out: { data: Uint8Array; type: string } | undefined;
  if (input.kind === 'snapshot') {
    const s = await deps.snapshots.get(input.mediaId);
    out = s && { data: s.jpeg, type: 'image/jpeg' };
  } else {
    const c = await deps.repos.alerts.getClip(input.mediaId);
    out = c && { data: deps.secrets.open(c.dataSealed), type: c.type };
  }
  if (!out) throw forbidden();
  await deps.tx((r) => r.audit.append(auditEntry(actor, deps.clock.now(), 'alert.media_read', { kind: 'alert', id: a.id, schoolId: a.schoolId }, { media: input.kind, mediaId: input.mediaId })));
  return out;
}
