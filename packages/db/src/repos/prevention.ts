import type { ActivityRecord, CampaignRecord, LessonRecord, PreventionRepo, ResponseRecord } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { counsellingPart } from './counselling.ts';
import { type PDB, widen } from './preventionTables.ts';

const toCampaign = (r: PDB['campaigns']): CampaignRecord => ({ id: r.id, title: r.title, summary: r.summary, startsOn: r.starts_on, endsOn: r.ends_on,
  ownerKind: r.owner_kind as CampaignRecord['ownerKind'], ownerId: r.owner_id, keyMessages: JSON.parse(r.key_messages),
  requiredActivities: JSON.parse(r.required_activities), quiz: JSON.parse(r.quiz), createdBy: r.created_by, createdAt: r.created_at });
const toActivity = (r: PDB['campaign_activities']): ActivityRecord => ({ id: r.id, campaignId: r.campaign_id, schoolId: r.school_id, heldOn: r.held_on,
  format: r.format as ActivityRecord['format'], classIds: JSON.parse(r.class_ids), participants: Number(r.participants), requiredKey: r.required_key,
  note: r.note, recordedBy: r.recorded_by, createdAt: r.created_at });
const toResponse = (r: PDB['campaign_responses']): ResponseRecord => ({ campaignId: r.campaign_id, personId: r.person_id, personKind: r.person_kind as ResponseRecord['personKind'],
  schoolId: r.school_id, studentId: r.student_id, acknowledgedAt: r.acknowledged_at, quizScore: r.quiz_score === null ? null : Number(r.quiz_score),
  quizTotal: r.quiz_total === null ? null : Number(r.quiz_total), answers: r.answers ? JSON.parse(r.answers) : null, answeredAt: r.answered_at });
const toLesson = (r: PDB['lessons']): LessonRecord => ({ id: r.id, slug: r.slug, audience: r.audience as LessonRecord['audience'], topic: r.topic, title: r.title,
  body: r.body, keyPoints: JSON.parse(r.key_points), position: Number(r.position) });
/** PostgreSQL returns count()/sum() as strings (bigint/numeric); SQLite as numbers. */
const n = (v: unknown) => Number(v ?? 0);

/** Campaigns and safety lessons; counselling lives in counselling.ts and is merged in here. */
export function preventionRepo(base: Kysely<DB>): PreventionRepo {
  const db = widen(base);
  return {
    async insertCampaign(c, schools, materials) {
      await db.insertInto('campaigns').values({ id: c.id, title: c.title, summary: c.summary, starts_on: c.startsOn, ends_on: c.endsOn, owner_kind: c.ownerKind,
        owner_id: c.ownerId, key_messages: JSON.stringify(c.keyMessages), required_activities: JSON.stringify(c.requiredActivities), quiz: JSON.stringify(c.quiz),
        created_by: c.createdBy, created_at: c.createdAt }).execute();
      if (schools.length) {
        await db.insertInto('campaign_schools').values(schools.map((s) => ({ campaign_id: s.campaignId, school_id: s.schoolId, ward_id: s.wardId, province_id: s.provinceId }))).execute();
      }
      if (materials.length) {
        await db.insertInto('campaign_materials').values(materials.map((m) => ({ id: m.id, campaign_id: m.campaignId, kind: m.kind, title: m.title, url: m.url, position: m.position }))).execute();
      }
    },
    async getCampaign(id) {
      const c = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
      if (!c) return undefined;
      const schools = await db.selectFrom('campaign_schools').selectAll().where('campaign_id', '=', id).orderBy('school_id').execute();
      const materials = await db.selectFrom('campaign_materials').selectAll().where('campaign_id', '=', id).orderBy('position').execute();
      return {
        campaign: toCampaign(c),
        schools: schools.map((s) => ({ campaignId: s.campaign_id, schoolId: s.school_id, wardId: s.ward_id, provinceId: s.province_id })),
        materials: materials.map((m) => ({ id: m.id, campaignId: m.campaign_id, kind: m.kind as 'file', title: m.title, url: m.url, position: Number(m.position) })),
      };
    },
    async listCampaigns(schoolIds) {
      if (!schoolIds.length) return [];
      const ids = db.selectFrom('campaign_schools').select('campaign_id').where('school_id', 'in', schoolIds);
      return (await db.selectFrom('campaigns').selectAll().where('id', 'in', ids).orderBy('created_at', 'desc').orderBy('id').execute()).map(toCampaign);
    },
    async insertActivity(a) {
      await db.insertInto('campaign_activities').values({ id: a.id, campaign_id: a.campaignId, school_id: a.schoolId, held_on: a.heldOn, format: a.format,
        class_ids: JSON.stringify(a.classIds), participants: a.participants, required_key: a.requiredKey, note: a.note, recorded_by: a.recordedBy, created_at: a.createdAt }).execute();
    },
    async insertEvidence(e) {
      await db.insertInto('campaign_evidence').values({ id: e.id, activity_id: e.activityId, campaign_id: e.campaignId, school_id: e.schoolId, type: e.type,
        size: e.size, sha256: e.sha256, data_sealed: Buffer.from(e.dataSealed), created_at: e.createdAt }).execute();
    },
    async listActivities(campaignId, schoolIds) {
      if (!schoolIds.length) return [];
      const rows = await db.selectFrom('campaign_activities').selectAll().where('campaign_id', '=', campaignId).where('school_id', 'in', schoolIds)
        .orderBy('held_on').orderBy('id').execute();
      const photos = await db.selectFrom('campaign_evidence').select(['id', 'activity_id']).where('campaign_id', '=', campaignId).orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({ ...toActivity(r), photoIds: photos.filter((p) => p.activity_id === r.id).map((p) => p.id) }));
    },
    async getEvidence(id) {
      const r = await db.selectFrom('campaign_evidence').selectAll().where('id', '=', id).executeTakeFirst();
      return r && { id: r.id, activityId: r.activity_id, campaignId: r.campaign_id, schoolId: r.school_id, type: r.type, size: Number(r.size), sha256: r.sha256,
        dataSealed: new Uint8Array(r.data_sealed), createdAt: r.created_at };
    },
    async insertResponse(r) {
      const res = await db.insertInto('campaign_responses').values({ campaign_id: r.campaignId, person_id: r.personId, person_kind: r.personKind, school_id: r.schoolId,
        student_id: r.studentId, acknowledged_at: r.acknowledgedAt, quiz_score: r.quizScore, quiz_total: r.quizTotal,
        answers: r.answers ? JSON.stringify(r.answers) : null, answered_at: r.answeredAt })
        .onConflict((oc) => oc.columns(['campaign_id', 'person_id']).doNothing()).executeTakeFirst();
      return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async getResponse(campaignId, personId) {
      const r = await db.selectFrom('campaign_responses').selectAll().where('campaign_id', '=', campaignId).where('person_id', '=', personId).executeTakeFirst();
      return r && toResponse(r);
    },
    async reachCounts(campaignId, schoolIds) {
      if (!schoolIds.length) return { responses: [], activities: [] };
      const resp = await db.selectFrom('campaign_responses').where('campaign_id', '=', campaignId).where('school_id', 'in', schoolIds)
        .select((eb) => ['school_id', 'person_kind', eb.fn.count<string>('acknowledged_at').as('acknowledged'), eb.fn.count<string>('answered_at').as('quizzed'),
          eb.fn.sum<string>('quiz_score').as('score_sum'), eb.fn.sum<string>('quiz_total').as('total_sum')])
        .groupBy(['school_id', 'person_kind']).execute();
      const acts = await db.selectFrom('campaign_activities').where('campaign_id', '=', campaignId).where('school_id', 'in', schoolIds)
        .select(['school_id', 'participants', 'required_key']).execute();
      const bySchool = new Map<string, { schoolId: string; activities: number; participants: number; requiredKeys: string[] }>();
      for (const a of acts) {
        const s = bySchool.get(a.school_id) ?? { schoolId: a.school_id, activities: 0, participants: 0, requiredKeys: [] };
        s.activities += 1; s.participants += n(a.participants);
        if (a.required_key && !s.requiredKeys.includes(a.required_key)) s.requiredKeys.push(a.required_key);
        bySchool.set(a.school_id, s);
      }
      return {
        responses: resp.map((r) => ({ schoolId: r.school_id, personKind: r.person_kind as 'student', acknowledged: n(r.acknowledged), quizzed: n(r.quizzed),
          scoreSum: n(r.score_sum), totalSum: n(r.total_sum) })),
        activities: [...bySchool.values()],
      };
    },
    async upsertLesson(l) {
      const row = { id: l.id, slug: l.slug, audience: l.audience, topic: l.topic, title: l.title, body: l.body, key_points: JSON.stringify(l.keyPoints), position: l.position };
      await db.insertInto('lessons').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })).execute();
    },
    async listLessons() { return (await db.selectFrom('lessons').selectAll().orderBy('position').execute()).map(toLesson); },
    async getLesson(id) { const r = await db.selectFrom('lessons').selectAll().where('id', '=', id).executeTakeFirst(); return r && toLesson(r); },
    async insertLessonAck(a) {
      await db.insertInto('lesson_acks').values({ lesson_id: a.lessonId, person_id: a.personId, person_kind: a.personKind, school_id: a.schoolId, at: a.at })
        .onConflict((oc) => oc.columns(['lesson_id', 'person_id']).doNothing()).execute();
    },
    async lessonIdsAckedBy(personId) { return (await db.selectFrom('lesson_acks').select('lesson_id').where('person_id', '=', personId).execute()).map((r) => r.lesson_id); },
    async lessonReach(schoolId) {
      const rows = await db.selectFrom('lesson_acks').where('school_id', '=', schoolId).select((eb) => ['lesson_id', 'person_kind', eb.fn.countAll<string>().as('n')])
        .groupBy(['lesson_id', 'person_kind']).execute();
      return rows.map((r) => ({ lessonId: r.lesson_id, personKind: r.person_kind, n: n(r.n) }));
    },
    ...counsellingPart(db),
  };
}
