import { createHash } from 'node:crypto';
import type { Activity, ActivityInput } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { DomainError, forbidden, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { ActivityRecord } from '../../ports/prevention.ts';
import { auditEntry } from '../../util/audit.ts';
import { loadVisibleCampaign } from './campaignAccess.ts';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Evidence photos show children: metadata (EXIF, GPS) is stripped by re-encoding, then the image is sealed at rest. */
async function scrubPhotos(deps: Deps, photos: ActivityInput['photos']) {
  const out: Uint8Array[] = [];
  for (const [i, p] of photos.entries()) {
    if (!PHOTO_TYPES.includes(p.type)) throw invalidInput('Chỉ nhận ảnh JPEG, PNG, WebP, HEIC / Only JPEG, PNG, WebP or HEIC images', [{ path: `photos.${i}.type`, message: p.type }]);
    const raw = Buffer.from(p.dataBase64, 'base64');
    if (raw.length > MAX_PHOTO_BYTES) throw new DomainError('payload_too_large', `Ảnh quá 5 MB / Photo ${i + 1} is over 5 MB`);
    if (!deps.media) throw invalidInput('Máy chủ chưa hỗ trợ nhận ảnh / This server cannot accept images');
    const clean = await deps.media.scrubImage(raw, p.type).catch(() => { throw invalidInput('Tệp không phải ảnh hợp lệ / Not a valid image', [{ path: `photos.${i}`, message: 'unreadable' }]); });
    out.push(clean.data);
  }
  return out;
}

/** The school records what it did for a campaign; the activity and its photos are written together or not at all. */
export async function recordActivity(deps: Deps, actor: Actor, input: { campaignId: string; schoolId: string; activity: ActivityInput }): Promise<Activity> {
  await requireAccess(deps.repos.locator, actor, 'campaign.record', [{ kind: 'school', id: input.schoolId }]);
  const c = await loadVisibleCampaign(deps, actor, 'campaign.record', input.campaignId);
  if (!c.visible.includes(input.schoolId)) throw forbidden();
  const a = input.activity;
  if (a.requiredKey && !c.campaign.requiredActivities.some((r) => r.key === a.requiredKey)) {
    throw invalidInput('Hoạt động không thuộc yêu cầu của chiến dịch / Not one of the campaign’s required activities', [{ path: 'requiredKey', message: 'unknown' }]);
  }
  if (a.classIds.length) {
    const classes = await deps.repos.locator.locate(a.classIds.map((id) => ({ kind: 'class' as const, id })));
    a.classIds.forEach((id, i) => { if (classes.get(`class:${id}`)?.schoolId !== input.schoolId) throw invalidInput('Lớp không thuộc trường / Class of another school', [{ path: `classIds.${i}`, message: 'unknown class' }]); });
  }
  const photos = await scrubPhotos(deps, a.photos);
  const now = deps.clock.now();
  const rec: ActivityRecord = { id: deps.ids.next(), campaignId: input.campaignId, schoolId: input.schoolId, heldOn: a.heldOn, format: a.format, classIds: a.classIds,
    participants: a.participants, requiredKey: a.requiredKey ?? null, note: a.note ?? null, recordedBy: actor.userId, createdAt: now.toISOString() };
  const photoIds = photos.map(() => deps.ids.next());
  await deps.tx(async (r) => {
    await r.prevention.insertActivity(rec);
    for (const [i, data] of photos.entries()) {
      await r.prevention.insertEvidence({ id: photoIds[i]!, activityId: rec.id, campaignId: rec.campaignId, schoolId: rec.schoolId, type: 'image/jpeg', size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'), dataSealed: deps.secrets.seal(data), createdAt: rec.createdAt });
    }
    await r.audit.append(auditEntry(actor, now, 'campaign.activity_recorded', { kind: 'campaign', id: rec.campaignId, schoolId: rec.schoolId },
      { activityId: rec.id, format: rec.format, participants: rec.participants, photos: photos.length }));
  });
  const { recordedBy: _r, ...view } = rec;
  return { ...view, photoIds };
}

export async function listActivities(deps: Deps, actor: Actor, campaignId: string): Promise<Activity[]> {
  const c = await loadVisibleCampaign(deps, actor, 'campaign.read', campaignId);
  return (await deps.repos.prevention.listActivities(campaignId, c.visible)).map(({ recordedBy: _r, ...a }) => a);
}

/** An evidence photo, for whoever may see the campaign at that school. */
export async function readEvidence(deps: Deps, actor: Actor, campaignId: string, photoId: string) {
  const c = await loadVisibleCampaign(deps, actor, 'campaign.read', campaignId);
  const e = await deps.repos.prevention.getEvidence(photoId);
  if (!e || e.campaignId !== campaignId || !c.visible.includes(e.schoolId)) throw forbidden();
  return { type: e.type, data: deps.secrets.open(e.dataSealed) };
}
