import type { MyCampaignResponse, Participation } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { actorHoldsAnywhere } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { getCampaign } from './listCampaigns.ts';
import { participantKind } from './respondToCampaign.ts';

/**
 * Who a student or guardian answers for: a student's own record, a guardian's children. The app needs the student id
 * to respond and acknowledge, and /api/me does not carry it (staff have none).
 */
export async function myParticipation(deps: Deps, actor: Actor): Promise<Participation> {
  if (!actorHoldsAnywhere(actor, 'prevention.participate')) throw forbidden();
  const kind = participantKind(actor);
  const students = [];
  for (const id of actor.studentIds) {
    const s = await deps.repos.people.getStudent(id);
    if (s) students.push({ id: s.id, fullName: s.fullName, schoolId: s.schoolId });
  }
  return { kind, students };
}

/** The counted (first) response of this person to a campaign, so the app shows the result instead of the quiz again. */
export async function myCampaignResponse(deps: Deps, actor: Actor, campaignId: string): Promise<MyCampaignResponse> {
  const campaign = await getCampaign(deps, actor, campaignId);
  participantKind(actor);
  const kept = await deps.repos.prevention.getResponse(campaignId, actor.userId);
  return { responded: !!kept, score: kept?.quizScore ?? null, total: campaign.quiz.length };
}
