import type { Campaign } from '@truongan/contracts';
import type { Actor, Location } from '../../access/actor.ts';
import { actorMay, scopesWith } from '../../access/requireAccess.ts';
import type { Permission } from '../../access/permissions.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { CampaignRecord, CampaignSchoolRecord, MaterialRecord } from '../../ports/prevention.ts';

/**
 * The campaign's target schools this actor may see with a permission. A homeroom teacher's scope is a class,
 * which covers the school it belongs to for campaign purposes (a campaign is addressed to the school).
 */
export async function schoolsVisibleTo(deps: Deps, actor: Actor, permission: Permission, schools: CampaignSchoolRecord[]): Promise<string[]> {
  if (actor.kind === 'system') return schools.map((s) => s.schoolId);
  const classGrants = scopesWith(actor, permission).filter((g) => g.scopeKind === 'class');
  const classSchools = classGrants.length
    ? new Set([...(await deps.repos.locator.locate(classGrants.map((g) => ({ kind: 'class' as const, id: g.scopeId })))).values()].map((l) => l.schoolId))
    : new Set<string | undefined>();
  return schools.filter((s) => {
    const loc: Location = { provinceId: s.provinceId, wardId: s.wardId, schoolId: s.schoolId };
    return actorMay(actor, permission, loc) || classSchools.has(s.schoolId);
  }).map((s) => s.schoolId);
}

/** Loads a campaign and the schools of it the actor may see; none visible reads as forbidden (no existence leak). */
export async function loadVisibleCampaign(deps: Deps, actor: Actor, permission: Permission, campaignId: string) {
  const found = await deps.repos.prevention.getCampaign(campaignId);
  if (!found) throw forbidden();
  const visible = await schoolsVisibleTo(deps, actor, permission, found.schools);
  if (!visible.length) throw forbidden();
  return { ...found, visible };
}

/** QR payloads point straight at the material, so a printed poster keeps working without this server. */
export function campaignView(c: CampaignRecord, schoolIds: string[], materials: MaterialRecord[], withAnswers: boolean): Campaign {
  return {
    id: c.id, title: c.title, summary: c.summary, startsOn: c.startsOn, endsOn: c.endsOn, ownerKind: c.ownerKind, ownerId: c.ownerId, schoolIds,
    materials: materials.map((m) => ({ id: m.id, kind: m.kind, title: m.title, url: m.url, qrPayload: m.url, qrSvgPath: `/api/campaigns/${c.id}/materials/${m.id}/qr.svg` })),
    keyMessages: c.keyMessages, requiredActivities: c.requiredActivities,
    quiz: c.quiz.map((q) => (withAnswers ? { ...q } : { question: q.question, options: q.options })),
    createdAt: c.createdAt,
  };
}
