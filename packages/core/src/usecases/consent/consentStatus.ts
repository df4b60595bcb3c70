import type { ConsentPurpose, ConsentRecord, AssentRecord, StudentConsentStatus } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import type { Deps } from '../../ports/deps.ts';
import { ageOn, vnDate } from '../../util/dates.ts';
import { purposeState } from './consentState.ts';
import { CONSENT_TEXTS } from './texts.ts';

const PURPOSES = Object.keys(CONSENT_TEXTS) as ConsentPurpose[];

function statusOf(s: { id: string; fullName: string; className: string | null; birthDate: string }, today: string,
  consents: ConsentRecord[], assents: AssentRecord[]): StudentConsentStatus {
  const age = ageOn(s.birthDate, today);
  const mine = consents.filter((c) => c.studentId === s.id);
  const myAssents = assents.filter((a) => a.studentId === s.id);
  return {
    studentId: s.id, fullName: s.fullName, className: s.className, age,
    purposes: Object.fromEntries(PURPOSES.map((p) => [p, purposeState(p, age, mine, myAssents)])) as StudentConsentStatus['purposes'],
  };
}

/** The school's view: who has consented, withdrawn or not answered yet, for a school or one class. */
export async function consentStatus(deps: Deps, actor: Actor, input: { schoolId: string; classId?: string }) {
  const target = input.classId ? { kind: 'class' as const, id: input.classId } : { kind: 'school' as const, id: input.schoolId };
  await requireAccess(deps.repos.locator, actor, 'consent.read', [target]);
  const students = await deps.repos.people.listStudents({ schoolId: input.schoolId, classIds: input.classId ? [input.classId] : undefined });
  const ids = students.map((s) => s.id);
  const [consents, assents] = await Promise.all([deps.repos.consents.consentHistory(ids), deps.repos.consents.assentHistory(ids)]);
  const today = vnDate(deps.clock.now());
  const rows = students.map((s) => statusOf(s, today, consents, assents));
  const summary = Object.fromEntries(PURPOSES.map((p) => [p, {
    granted: rows.filter((r) => r.purposes[p].guardian === 'granted').length,
    withdrawn: rows.filter((r) => r.purposes[p].guardian === 'withdrawn').length,
    unanswered: rows.filter((r) => r.purposes[p].guardian === 'unanswered').length,
    inForce: rows.filter((r) => r.purposes[p].inForce).length,
  }]));
  return { rows, summary };
}

/** One child's consent: current state and history, for the guardian app and the school office. */
export async function studentConsent(deps: Deps, actor: Actor, input: { studentId: string }) {
  await requireAccess(deps.repos.locator, actor, 'consent.read', [{ kind: 'student', id: input.studentId }]);
  const student = await deps.repos.people.getStudent(input.studentId);
  const [consents, assents] = await Promise.all([deps.repos.consents.consentHistory([input.studentId]), deps.repos.consents.assentHistory([input.studentId])]);
  const cls = student?.classId ? await deps.repos.org.getClass(student.classId) : undefined;
  const status = statusOf({ id: input.studentId, fullName: student!.fullName, className: cls?.name ?? null, birthDate: student!.birthDate },
    vnDate(deps.clock.now()), consents, assents);
  return { status, history: consents, assents, texts: CONSENT_TEXTS };
}

/** Whether a purpose is in force for a student right now; what processing checks before it starts. */
export async function consentInForce(deps: Deps, studentId: string, purpose: ConsentPurpose): Promise<boolean> {
  const student = await deps.repos.people.getStudent(studentId);
  if (!student) return false;
  const [consents, assents] = await Promise.all([deps.repos.consents.consentHistory([studentId]), deps.repos.consents.assentHistory([studentId])]);
  return purposeState(purpose, ageOn(student.birthDate, vnDate(deps.clock.now())), consents, assents).inForce;
}
