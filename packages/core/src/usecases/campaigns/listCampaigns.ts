import type { Campaign } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { actorHoldsAnywhere } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { listSchools } from '../org/listSchools.ts';
import { campaignView, loadVisibleCampaign, schoolsVisibleTo } from './campaignAccess.ts';

/** Staff: campaigns addressed to schools in their scope. Students and guardians: those addressed to their children's schools. */
export async function listCampaigns(deps: Deps, actor: Actor): Promise<Campaign[]> {
  const staff = actorHoldsAnywhere(actor, 'campaign.read');
  if (!staff && !actorHoldsAnywhere(actor, 'prevention.participate')) throw forbidden();
  const schoolIds = (await listSchools(deps, actor)).map((s) => s.id);
  const out: Campaign[] = [];
  for (const c of await deps.repos.prevention.listCampaigns(schoolIds)) {
    const full = (await deps.repos.prevention.getCampaign(c.id))!;
    const visible = staff ? await schoolsVisibleTo(deps, actor, 'campaign.read', full.schools) : full.schools.map((s) => s.schoolId).filter((id) => schoolIds.includes(id));
    out.push(campaignView(c, visible, full.materials, staff));
  }
  return out;
}

/** One campaign; students and guardians get the quiz without its answers. */
export async function getCampaign(deps: Deps, actor: Actor, campaignId: string): Promise<Campaign> {
  if (actorHoldsAnywhere(actor, 'campaign.read')) {
    const c = await loadVisibleCampaign(deps, actor, 'campaign.read', campaignId);
    return campaignView(c.campaign, c.visible, c.materials, true);
  }
  if (!actorHoldsAnywhere(actor, 'prevention.participate')) throw forbidden();
  const mine = new Set((await listSchools(deps, actor)).map((s) => s.id));
  const found = await deps.repos.prevention.getCampaign(campaignId);
  const visible = found?.schools.map((s) => s.schoolId).filter((id) => mine.has(id)) ?? [];
  if (!found || !visible.length) throw forbidden();
  return campaignView(found.campaign, visible, found.materials, false);
}
