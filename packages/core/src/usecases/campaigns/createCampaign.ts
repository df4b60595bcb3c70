import type { Campaign, CampaignInput } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess, scopesWith } from '../../access/requireAccess.ts';
import { forbidden, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { CampaignRecord } from '../../ports/prevention.ts';
import { auditEntry } from '../../util/audit.ts';
import { campaignView } from './campaignAccess.ts';

/**
 * A department, ward police or ward office creates a campaign for schools of its area. Ward targets are expanded
 * to the schools they hold today and stored as a fixed list: reach is then measured against what was asked of whom.
 */
export async function createCampaign(deps: Deps, actor: Actor, input: CampaignInput): Promise<Campaign> {
  const { schoolIds = [], wardIds = [], provinceIds = [] } = input.targets;
  if (!schoolIds.length && !wardIds.length && !provinceIds.length) throw invalidInput('Chọn ít nhất một trường hoặc phường / Choose at least one school or ward', [{ path: 'targets', message: 'empty' }]);
  const located = await requireAccess(deps.repos.locator, actor, 'campaign.manage', [
    ...schoolIds.map((id) => ({ kind: 'school' as const, id })), ...wardIds.map((id) => ({ kind: 'ward' as const, id })),
    ...provinceIds.map((id) => ({ kind: 'province' as const, id })),
  ]);
  const keys = input.requiredActivities.map((a) => a.key);
  if (new Set(keys).size !== keys.length) throw invalidInput('Mã hoạt động bị trùng / Duplicate activity key', [{ path: 'requiredActivities', message: 'duplicate key' }]);
  const fromAreas = wardIds.length || provinceIds.length ? await deps.repos.org.listSchools({ wardIds, provinceIds }) : [];
  const schools = new Map<string, { wardId: string; provinceId: string }>();
  for (const id of schoolIds) { const l = located.get(`school:${id}`)!; schools.set(id, { wardId: l.wardId, provinceId: l.provinceId }); }
  if (fromAreas.length) {
    const wards = await deps.repos.locator.locate(fromAreas.map((s) => ({ kind: 'school' as const, id: s.id })));
    for (const s of fromAreas) schools.set(s.id, { wardId: s.wardId, provinceId: wards.get(`school:${s.id}`)!.provinceId });
  }
  if (!schools.size) throw invalidInput('Khu vực chưa có trường nào / The chosen areas have no schools', [{ path: 'targets', message: 'no schools' }]);

  // The campaign belongs to the issuer's own level (province or ward): that is who the report goes up from.
  const owner = scopesWith(actor, 'campaign.manage').find((g) => g.scopeKind === 'province' || g.scopeKind === 'ward');
  if (!owner) throw forbidden();
  const now = deps.clock.now();
  const rec: CampaignRecord = {
    id: deps.ids.next(), title: input.title, summary: input.summary, startsOn: input.startsOn, endsOn: input.endsOn,
    ownerKind: owner.scopeKind as 'province' | 'ward', ownerId: owner.scopeId, keyMessages: input.keyMessages,
    requiredActivities: input.requiredActivities, quiz: input.quiz, createdBy: actor.userId, createdAt: now.toISOString(),
  };
  const schoolRows = [...schools].map(([schoolId, l]) => ({ campaignId: rec.id, schoolId, ...l }));
  const materials = input.materials.map((m, position) => ({ id: deps.ids.next(), campaignId: rec.id, position, ...m }));
  await deps.tx(async (r) => {
    await r.prevention.insertCampaign(rec, schoolRows, materials);
    await r.audit.append(auditEntry(actor, now, 'campaign.created', { kind: 'campaign', id: rec.id }, { title: rec.title, schools: schoolRows.length }));
  });
  return campaignView(rec, schoolRows.map((s) => s.schoolId).sort(), materials, true);
}
