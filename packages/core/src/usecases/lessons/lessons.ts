import type { Lesson, LessonAudience } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { actorHoldsAnywhere, requireAccess } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { participantKind } from '../campaigns/respondToCampaign.ts';
import { SAFETY_LESSONS } from './lessonLibrary.ts';

/** Writes the starter library; safe to run on every start (stable ids, text updated in place). */
export async function seedLessons(deps: Deps): Promise<number> {
  for (const l of SAFETY_LESSONS) await deps.repos.prevention.upsertLesson(l);
  return SAFETY_LESSONS.length;
}

const fits = (audience: LessonAudience, kind: 'student' | 'guardian') => audience === 'both' || audience === kind;

/** The library for a signed-in person: students and guardians get the lessons meant for them with their own acknowledgement; staff get all. */
export async function listLessons(deps: Deps, actor: Actor): Promise<Lesson[]> {
  if (actor.kind !== 'user' || !actor.grants.length) throw forbidden();
  const member = actorHoldsAnywhere(actor, 'prevention.participate') ? participantKind(actor) : null;
  const acked = new Set(member ? await deps.repos.prevention.lessonIdsAckedBy(actor.userId) : []);
  return (await deps.repos.prevention.listLessons()).filter((l) => !member || fits(l.audience, member))
    .map(({ position: _p, ...l }) => ({ ...l, acknowledged: acked.has(l.id) }));
}

/** "I have read and understood": one acknowledgement per person and lesson, counted at the school of the student. */
export async function acknowledgeLesson(deps: Deps, actor: Actor, lessonId: string, input: { studentId: string }) {
  const kind = participantKind(actor);
  const loc = await requireAccess(deps.repos.locator, actor, 'prevention.participate', [{ kind: 'student', id: input.studentId }]);
  const lesson = await deps.repos.prevention.getLesson(lessonId);
  if (!lesson || !fits(lesson.audience, kind)) throw forbidden();
  await deps.repos.prevention.insertLessonAck({ lessonId, personId: actor.userId, personKind: kind, schoolId: loc.get(`student:${input.studentId}`)!.schoolId!,
    at: deps.clock.now().toISOString() });
}

/** Counts of acknowledgements per lesson at one school, for the school and the ward/department. */
export async function lessonReach(deps: Deps, actor: Actor, schoolId: string) {
  const perm = actorHoldsAnywhere(actor, 'campaign.read') ? 'campaign.read' : 'stats.read';
  await requireAccess(deps.repos.locator, actor, perm, [{ kind: 'school', id: schoolId }]);
  const [lessons, rows] = await Promise.all([deps.repos.prevention.listLessons(), deps.repos.prevention.lessonReach(schoolId)]);
  const count = (id: string, k: string) => rows.find((r) => r.lessonId === id && r.personKind === k)?.n ?? 0;
  return { schoolId, lessons: lessons.map((l) => ({ lessonId: l.id, title: l.title, students: count(l.id, 'student'), guardians: count(l.id, 'guardian') })) };
}
