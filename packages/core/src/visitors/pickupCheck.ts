import type { PickupRecordInput, PickupRecordResult, PickupStudent } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { forbidden, invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { cleanName, nameKey } from './nameKey.ts';
import { pickupPersonView } from './pickupList.ts';
import { localDayStart } from './visitView.ts';

/** Primary pupils (grades 1–5), or any child under 11, may not leave with an adult who is not on their list unnoticed. */
export function isYoungPupil(grade: number | null, birthDate: string, today: string): boolean {
  if (grade !== null && grade >= 1 && grade <= 5) return true;
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const age = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  return age < 11;
}

/** The guard searches a pupil by name (with or without diacritics) and sees who may collect them, with photos. */
export async function pickupSearch(deps: Deps, actor: Actor, schoolId: string, q: string): Promise<PickupStudent[]> {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: schoolId }]);
  const key = nameKey(q);
  if (key.length < 2) throw invalidInput('Nhập ít nhất 2 ký tự / Type at least 2 characters', [{ path: 'q', message: 'too_short' }]);
  const students = (await deps.repos.people.listStudents({ schoolId })).filter((s) => s.status === 'active' && nameKey(s.fullName).includes(key)).slice(0, 20);
  const [persons, classes] = await Promise.all([deps.repos.visitors.pickupPersons(students.map((s) => s.id)), deps.repos.org.listClasses(schoolId)]);
  const grades = new Map(classes.map((c) => [c.id, c.grade]));
  const today = new Date(deps.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return students.map((s) => {
    const grade = s.classId ? grades.get(s.classId) ?? null : null;
    return { studentId: s.id, fullName: s.fullName, className: s.className, grade, young: isYoungPupil(grade, s.birthDate, today),
      persons: persons.filter((p) => p.studentId === s.id).map(pickupPersonView) };
  });
}

/**
 * The guard records who collected a pupil. "Listed" means a person on the pupil's list whom the school confirmed. A
 * young pupil leaving with anyone else raises `pickup_unlisted` (high) for the guard's queue and tells the homeroom
 * teacher; the guard is not asked to stop a family at the gate on the system's word alone.
 */
export async function recordPickup(deps: Deps, actor: Actor, input: { schoolId: string; record: PickupRecordInput }): Promise<PickupRecordResult> {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: input.schoolId }]);
  const student = await deps.repos.people.getStudent(input.record.studentId);
  if (!student || student.schoolId !== input.schoolId) throw forbidden();
  const person = input.record.pickupPersonId ? await deps.repos.visitors.getPickupPerson(input.record.pickupPersonId) : undefined;
  if (input.record.pickupPersonId && person?.studentId !== student.id) throw forbidden();
  const collectorName = cleanName(person?.fullName ?? input.record.collectorName ?? '');
  if (!collectorName) throw invalidInput('Cần họ tên người đón / The collecting adult’s name is required', [{ path: 'collectorName', message: 'required' }]);
  const listed = !!person?.confirmedAt;
  const now = deps.clock.now();
  const cls = student.classId ? await deps.repos.org.getClass(student.classId) : undefined;
  const young = isYoungPupil(cls?.grade ?? null, student.birthDate, new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10));
  const id = deps.ids.next();
  let alertId: string | null = null;
  if (!listed && young) {
    const raised = await deps.premises?.alerts?.raise({
      schoolId: input.schoolId, kind: 'pickup_unlisted', priority: 'high', subject: { type: 'pickup', id }, dedupeKey: `pickup_unlisted:${id}`,
      summaryVi: `Học sinh ${student.fullName}${cls ? ` lớp ${cls.name}` : ''} được đón bởi "${collectorName}" — không có trong danh sách đón`,
      summaryEn: `Pupil ${student.fullName}${cls ? ` (${cls.name})` : ''} collected by "${collectorName}", who is not on the authorised list`,
    });
    alertId = raised?.id ?? null;
  }
  await deps.tx(async (r) => {
    await r.visitors.insertPickupRecord({ id, schoolId: input.schoolId, studentId: student.id, pickupPersonId: person?.id ?? null, collectorName, listed,
      recordedBy: actor.userId, at: now.toISOString(), alertId });
    await r.audit.append(auditEntry(actor, now, 'pickup.recorded', { kind: 'student', id: student.id, schoolId: input.schoolId }, { listed, young, alertId }));
  });
  const teacherId = !listed && young ? cls?.homeroomTeacherId ?? null : null;
  // The homeroom teacher's in-app notice: their class board listens here and lists today's pick-ups (GET /api/classes/{id}/pickups).
  if (teacherId && cls) deps.live.publish(`class:${cls.id}:pickups`, { pickupId: id, studentId: student.id, collectorName, listed, alertId });
  return { id, listed, alertId, teacherNotified: !!teacherId };
}

/** Today's pick-ups of a class, for the homeroom teacher (who is told at once when a pupil left with someone unlisted). */
export async function classPickups(deps: Deps, actor: Actor, classId: string) {
  const loc = (await requireAccess(deps.repos.locator, actor, 'attendance.read', [{ kind: 'class', id: classId }])).get(`class:${classId}`)!;
  const students = await deps.repos.people.listStudents({ schoolId: loc.schoolId!, classIds: [classId] });
  const names = new Map(students.map((s) => [s.id, s.fullName]));
  const rows = await deps.repos.visitors.pickupRecords({ schoolId: loc.schoolId!, since: localDayStart(deps.clock.now()), studentIds: students.map((s) => s.id) });
  return rows.map((r) => ({ id: r.id, studentId: r.studentId, studentName: names.get(r.studentId) ?? '', collectorName: r.collectorName, listed: r.listed, at: r.at, alerted: r.alertId !== null }));
}
