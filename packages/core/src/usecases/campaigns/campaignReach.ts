import type { CampaignReach } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { loadVisibleCampaign } from './campaignAccess.ts';
import { computeAreaReach, computeSchoolReach } from './reach.ts';

/** Reach and completion of a campaign, limited to the schools the actor may see; the dashboard and the export both come from here. */
export async function campaignReach(deps: Deps, actor: Actor, campaignId: string): Promise<CampaignReach> {
  const c = await loadVisibleCampaign(deps, actor, 'campaign.read', campaignId);
  const schools = await Promise.all(c.schools.filter((s) => c.visible.includes(s.schoolId)).map(async (s) => ({
    schoolId: s.schoolId, wardId: s.wardId, schoolName: (await deps.repos.org.getSchool(s.schoolId))?.name ?? s.schoolId,
    students: await deps.repos.people.countStudents(s.schoolId),
  })));
  const counts = await deps.repos.prevention.reachCounts(campaignId, c.visible);
  const rows = computeSchoolReach(schools, counts, c.campaign.requiredActivities.length);
  const wardIds = [...new Set(schools.map((s) => s.wardId))];
  const wardNames = new Map((await Promise.all(wardIds.map((id) => deps.repos.org.getArea(id)))).filter((a) => !!a).map((a) => [a.id, a.name]));
  return { campaignId, title: c.campaign.title, schools: rows, areas: computeAreaReach(rows, wardNames), computedAt: deps.clock.now().toISOString() };
}

/** The same figures for the report sent up; the export itself is audited (who took which figures out, when). */
export async function exportCampaignReach(deps: Deps, actor: Actor, campaignId: string, format: 'xlsx' | 'pdf' = 'xlsx'): Promise<CampaignReach> {
  const reach = await campaignReach(deps, actor, campaignId);
  await deps.tx((r) => r.audit.append(auditEntry(actor, deps.clock.now(), 'export.created', { kind: 'campaign', id: campaignId },
    { format, report: 'campaign_reach', schools: reach.schools.length })));
  return reach;
}
