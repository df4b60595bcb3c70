import type { CaseCategory } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { fileCase, type NewCase } from './fileCase.ts';

/**
 * A signed-in guardian or student reports about their own child / themselves' school. The report goes to the
 * school of that student; the reporter stays anonymous to the school when they ask, but keeps the code and
 * passphrase for the follow-up chat.
 */
export async function reportAsMember(deps: Deps, actor: Actor, input: {
  studentId: string; category: CaseCategory; what: string; where?: string; when?: string; anonymousToSchool: boolean; attachments?: NewCase['attachments'];
}) {
  const isMember = actor.grants.some((g) => g.role === 'guardian' || g.role === 'student');
  if (!isMember) throw forbidden();
  const loc = await requireAccess(deps.repos.locator, actor, 'student.read', [{ kind: 'student', id: input.studentId }]);
  const schoolId = loc.get(`student:${input.studentId}`)!.schoolId!;
  const source = actor.grants.some((g) => g.role === 'student') ? 'student_app' : 'guardian_app';
  return fileCase(deps, actor, {
    schoolId, source, category: input.category, what: input.what, where: input.where, when: input.when,
    reporter: input.anonymousToSchool ? { kind: 'anonymous' } : { kind: 'named', name: actor.displayName, phone: null, userId: actor.userId },
    attachments: input.attachments, withPassphrase: true,
  });
}
