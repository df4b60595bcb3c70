import type { Camera, CameraInput } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { notFound } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { CameraRecord } from '../../ports/gate.ts';
import { auditEntry } from '../../util/audit.ts';

/** What leaves the server about a camera: never the password, and the URL without credentials in it. */
export function publicCamera(c: CameraRecord): Camera {
  const { passwordSealed, createdAt: _c, ...rest } = c;
  let url = c.url;
  try { const u = new URL(c.url); if (u.password || u.username) { u.password = ''; u.username = ''; url = u.toString(); } } catch { /* a file path */ }
  return { ...rest, url, hasPassword: !!passwordSealed };
}

export async function listCameras(deps: Deps, actor: Actor, schoolId: string): Promise<Camera[]> {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: schoolId }]);
  return (await deps.repos.gate.listCameras({ schoolId })).map(publicCamera);
}

/** Credentials are sealed at rest; a URL that carries them inline has them moved into the sealed field. */
function splitCredentials(input: CameraInput) {
  let { url, username, password } = input;
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      username = username ?? decodeURIComponent(u.username);
      password = password ?? decodeURIComponent(u.password);
      u.username = ''; u.password = ''; url = u.toString();
    }
  } catch { /* a file path for demo videos */ }
  return { url, username, password };
}

export async function saveCamera(deps: Deps, actor: Actor, input: { schoolId: string; cameraId?: string; camera: CameraInput }): Promise<Camera> {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const { url, username, password } = splitCredentials(input.camera);
  const now = deps.clock.now();
  const fields = { ...input.camera, url, username, passwordSealed: password ? deps.secrets.sealText(password) : null };
  const { password: _p, ...withoutPassword } = fields;
  return deps.tx(async (r) => {
    let rec: CameraRecord;
    if (input.cameraId) {
      const existing = await r.gate.getCamera(input.cameraId);
      if (!existing || existing.schoolId !== input.schoolId) throw notFound('camera');
      // An empty password field in an edit keeps the stored one; the form never gets it back to resend.
      const patch = { ...withoutPassword, passwordSealed: password ? withoutPassword.passwordSealed : existing.passwordSealed };
      await r.gate.updateCamera(existing.id, patch);
      rec = { ...existing, ...patch };
    } else {
      rec = { id: deps.ids.next(), schoolId: input.schoolId, createdAt: now.toISOString(), ...withoutPassword };
      await r.gate.insertCamera(rec);
    }
    await r.audit.append(auditEntry(actor, now, 'camera.changed', { kind: 'camera', id: rec.id, schoolId: input.schoolId },
      { name: rec.name, role: rec.role, kind: rec.kind, enabled: rec.enabled, credentialsChanged: !!password }));
    return publicCamera(rec);
  }).then((cam) => { deps.live.publish('cameras:changed', { schoolId: input.schoolId, cameraId: cam.id }); return cam; });
}

export async function removeCamera(deps: Deps, actor: Actor, input: { schoolId: string; cameraId: string }) {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const existing = await deps.repos.gate.getCamera(input.cameraId);
  if (!existing || existing.schoolId !== input.schoolId) throw notFound('camera');
  await deps.tx(async (r) => {
    await r.gate.deleteCamera(existing.id);
    await r.audit.append(auditEntry(actor, deps.clock.now(), 'camera.changed', { kind: 'camera', id: existing.id, schoolId: input.schoolId }, { removed: true, name: existing.name }));
  });
  deps.live.publish('cameras:changed', { schoolId: input.schoolId, cameraId: existing.id });
}
