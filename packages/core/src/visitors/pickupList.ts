import type { PickupPerson, PickupPersonInput } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { actorMay, requireAccess } from '../access/requireAccess.ts';
import { forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { cleanName } from './nameKey.ts';
import type { PickupPersonRecord } from './ports.ts';
import { preparePhoto } from './visitPhoto.ts';

export const pickupPersonView = (p: PickupPersonRecord): PickupPerson => ({
  id: p.id, studentId: p.studentId, fullName: p.fullName, relationship: p.relationship, phone: p.phone, hasPhoto: p.photoSealed !== null,
  confirmed: p.confirmedAt !== null, confirmedAt: p.confirmedAt,
});

/** Guardians act on their own children's list; school staff on the lists of their school. */
const listPermission = (actor: Actor) => (actor.grants.some((g) => g.role === 'guardian') ? 'pickup.manage' as const : 'pickup.confirm' as const);

/** Guardians keep the list of their own children; the school sees it to confirm entries. */
export async function listPickupPersons(deps: Deps, actor: Actor, studentId: string) {
  await requireAccess(deps.repos.locator, actor, listPermission(actor), [{ kind: 'student', id: studentId }]);
  return (await deps.repos.visitors.pickupPersons([studentId])).map(pickupPersonView);
}

/**
 * A guardian adds an adult allowed to collect their child. Not in force at the gate until the school confirms it: a
 * guard seeing "chưa xác nhận" treats the person as not on the list. The photo is only for the guard's eyes: no
 * face embedding is kept for pick-up persons.
 */
export async function addPickupPerson(deps: Deps, actor: Actor, input: { studentId: string; person: PickupPersonInput }) {
  const loc = (await requireAccess(deps.repos.locator, actor, 'pickup.manage', [{ kind: 'student', id: input.studentId }])).get(`student:${input.studentId}`)!;
  const photo = input.person.photo ? await preparePhoto({ ...deps, faceEngine: undefined }, input.person.photo) : null;
  const now = deps.clock.now();
  const p: PickupPersonRecord = {
    id: deps.ids.next(), studentId: input.studentId, schoolId: loc.schoolId!, fullName: cleanName(input.person.fullName), relationship: input.person.relationship,
    phone: input.person.phone ?? null, photoType: photo?.type ?? null, photoSealed: photo?.dataSealed ?? null, addedBy: actor.userId, confirmedBy: null,
    confirmedAt: null, createdAt: now.toISOString(),
  };
  await deps.tx(async (r) => {
    await r.visitors.insertPickupPerson(p);
    await r.audit.append(auditEntry(actor, now, 'pickup.person_added', { kind: 'student', id: p.studentId, schoolId: p.schoolId }, { personId: p.id, photo: !!photo }));
  });
  return pickupPersonView(p);
}

async function personInScope(deps: Deps, actor: Actor, id: string, permission: 'pickup.manage' | 'pickup.confirm') {
  const p = await deps.repos.visitors.getPickupPerson(id);
  if (!p) throw forbidden();
  await requireAccess(deps.repos.locator, actor, permission, [{ kind: 'student', id: p.studentId }]);
  return p;
}

/** The guardian (own child) or the school removes a person; the row and photo are deleted, the audit row stays. */
export async function removePickupPerson(deps: Deps, actor: Actor, id: string) {
  const p = await personInScope(deps, actor, id, listPermission(actor));
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.visitors.deletePickupPerson(p.id);
    await r.audit.append(auditEntry(actor, now, 'pickup.person_removed', { kind: 'student', id: p.studentId, schoolId: p.schoolId }, { personId: p.id }));
  });
  return { ok: true };
}

/** The school confirms an entry a guardian added (having checked it with the family). */
export async function confirmPickupPerson(deps: Deps, actor: Actor, id: string) {
  const p = await personInScope(deps, actor, id, 'pickup.confirm');
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.visitors.updatePickupPerson(p.id, { confirmedBy: actor.userId, confirmedAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'pickup.person_confirmed', { kind: 'student', id: p.studentId, schoolId: p.schoolId }, { personId: p.id }));
  });
  return pickupPersonView({ ...p, confirmedBy: actor.userId, confirmedAt: now.toISOString() });
}

/** Entries of a school waiting for the school's confirmation, with the student's name. */
export async function pendingPickupPersons(deps: Deps, actor: Actor, schoolId: string) {
  await requireAccess(deps.repos.locator, actor, 'pickup.confirm', [{ kind: 'school', id: schoolId }]);
  const students = await deps.repos.people.listStudents({ schoolId });
  const persons = await deps.repos.visitors.pickupPersons(students.map((s) => s.id));
  const byId = new Map(students.map((s) => [s.id, s]));
  return persons.filter((p) => !p.confirmedAt).map((p) => ({ ...pickupPersonView(p), studentName: byId.get(p.studentId)?.fullName ?? '', className: byId.get(p.studentId)?.className ?? null }));
}

/** A pick-up person's photo: for the guard at the gate, the school and the guardian who keeps the list. */
export async function readPickupPhoto(deps: Deps, actor: Actor, id: string) {
  const p = await deps.repos.visitors.getPickupPerson(id);
  if (!p) throw forbidden();
  const loc = (await deps.repos.locator.locate([{ kind: 'student', id: p.studentId }])).get(`student:${p.studentId}`);
  const perm = loc && actorMay(actor, 'gate.operate', loc) ? 'gate.operate' : loc && actorMay(actor, 'pickup.confirm', loc) ? 'pickup.confirm' : 'pickup.manage';
  await requireAccess(deps.repos.locator, actor, perm, [{ kind: 'student', id: p.studentId }]);
  if (!p.photoSealed || !p.photoType) throw forbidden();
  return { type: p.photoType, data: deps.secrets.open(p.photoSealed) };
}
