import type { SnapshotLinkView } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { DomainError, forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import type { LinkSigner } from '../ports/notify.ts';
import { guardianOf } from './familyAccess.ts';

/**
 * The page behind a notification's short-lived link (/s/<snapshot>?g&e&s). The MAC binds snapshot, guardian and
 * expiry; the guardian must also be signed in as that guardian, so a forwarded or copied link shows nothing.
 * The picture itself is then read through /api/snapshots/:id, which applies consent and scope again.
 */
export async function openSnapshotLink(deps: Deps, actor: Actor, signer: LinkSigner, input: { snapshotId: string; g: string; e: number; s: string }): Promise<SnapshotLinkView> {
  if (!signer.verify(input.snapshotId, input.g, input.e, input.s, deps.clock.now())) {
    throw new DomainError('forbidden', 'Đường dẫn đã hết hạn hoặc không đúng / The link has expired or is not valid');
  }
  const g = await guardianOf(deps, actor);
  if (!g || g.id !== input.g) throw forbidden('Đường dẫn này dành cho phụ huynh khác / This link was sent to another guardian');
  const passage = await deps.repos.gate.passageBySnapshot(input.snapshotId);
  if (!passage?.studentId) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'attendance.read', [{ kind: 'student', id: passage.studentId }]);
  const student = await deps.repos.people.getStudent(passage.studentId);
  const cls = student?.classId ? await deps.repos.org.getClass(student.classId) : undefined;
  return { snapshotId: input.snapshotId, passage: { studentName: student?.fullName ?? '', className: cls?.name ?? null, direction: passage.direction, at: passage.decidedAt } };
}
