import type { CameraZone } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { zoneOf } from './rules.ts';

/** Where a camera looks decides which stranger rules apply to it; a change restarts the cameras like any camera change. */
export async function setCameraZone(deps: Deps, actor: Actor, input: { schoolId: string; cameraId: string; zone: CameraZone }) {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const cam = await deps.repos.gate.getCamera(input.cameraId);
  if (!cam || cam.schoolId !== input.schoolId) throw forbidden();
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.alerts.setCameraZone(cam.id, input.zone);
    await r.audit.append(auditEntry(actor, now, 'camera.changed', { kind: 'camera', id: cam.id, schoolId: cam.schoolId }, { zone: input.zone }));
  });
  deps.live.publish('cameras:changed', { cameraId: cam.id });
  return { zone: input.zone };
}

/** The school's cameras with the zone that applies to each (set, or the default for its role). */
export async function listCameraZones(deps: Deps, actor: Actor, schoolId: string) {
  await requireAccess(deps.repos.locator, actor, 'school.read', [{ kind: 'school', id: schoolId }]);
  const cams = await deps.repos.gate.listCameras({ schoolId });
  const zones = await deps.repos.alerts.cameraZones(cams.map((c) => c.id));
  return cams.map((c) => ({ cameraId: c.id, name: c.name, role: c.role, zone: zoneOf(c.role, zones.get(c.id)), zoneSet: !!zones.get(c.id) }));
}
