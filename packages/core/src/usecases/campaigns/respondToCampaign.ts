import type { ResponseInput } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { forbidden, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';

/** Which role a participant acts in: a student for themselves, a guardian for a child. */
export function participantKind(actor: Actor): 'student' | 'guardian' {
  if (actor.grants.some((g) => g.role === 'student')) return 'student';
  if (actor.grants.some((g) => g.role === 'guardian')) return 'guardian';
  throw forbidden();
}

/**
 * A student or guardian acknowledges the key messages and, if the campaign has a quiz, answers it. One response per
 * person and campaign: a second attempt is shown its score but the first one stays counted, so reach cannot be inflated.
 */
export async function respondToCampaign(deps: Deps, actor: Actor, campaignId: string, input: ResponseInput) {
  const kind = participantKind(actor);
  const loc = await requireAccess(deps.repos.locator, actor, 'prevention.participate', [{ kind: 'student', id: input.studentId }]);
  const schoolId = loc.get(`student:${input.studentId}`)!.schoolId!;
  const found = await deps.repos.prevention.getCampaign(campaignId);
  if (!found || !found.schools.some((s) => s.schoolId === schoolId)) throw forbidden();
  const quiz = found.campaign.quiz;
  const kept = await deps.repos.prevention.getResponse(campaignId, actor.userId);
  if (kept) return { acknowledged: true, score: kept.quizScore, total: quiz.length, firstAttempt: false };
  let score: number | null = null;
  if (quiz.length) {
    const answers = input.answers ?? [];
    if (answers.length !== quiz.length) throw invalidInput(`Hãy trả lời đủ ${quiz.length} câu / Answer all ${quiz.length} questions`, [{ path: 'answers', message: `expected ${quiz.length}` }]);
    score = quiz.reduce((s, q, i) => s + (answers[i] === q.correct ? 1 : 0), 0);
  }
  const at = deps.clock.now().toISOString();
  const first = await deps.repos.prevention.insertResponse({ campaignId, personId: actor.userId, personKind: kind, schoolId, studentId: input.studentId,
    acknowledgedAt: at, quizScore: score, quizTotal: quiz.length ? quiz.length : null, answers: quiz.length ? input.answers! : null, answeredAt: quiz.length ? at : null });
  if (!first) {
    // Lost a race with the same person's other tab: the row that won is the one counted.
    const won = await deps.repos.prevention.getResponse(campaignId, actor.userId);
    return { acknowledged: true, score: won?.quizScore ?? null, total: quiz.length, firstAttempt: false };
  }
  return { acknowledged: true, score, total: quiz.length, firstAttempt: true };
}
