import type { ConsentRepo, FaceTemplateRepo, FaceTemplateRecord, OutboxRepo, SettingsRepo } from '@truongan/core';
import type { AssentRecord, ConsentRecord } from '@truongan/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export function consentsRepo(db: Kysely<DB>): ConsentRepo {
  return {
    async insertConsent(c) {
      await db.insertInto('consents').values({ id: c.id, student_id: c.studentId, purpose: c.purpose, decision: c.decision, guardian_id: c.guardianId,
        recorded_by: c.recordedBy, channel: c.channel, text_version: c.textVersion, at: c.at }).execute();
    },
    async insertAssent(a) {
      await db.insertInto('assents').values({ id: a.id, student_id: a.studentId, purpose: a.purpose, decision: a.decision, recorded_by: a.recordedBy, at: a.at }).execute();
    },
    async consentHistory(studentIds) {
      if (!studentIds.length) return [];
      const rows = await db.selectFrom('consents').selectAll().where('student_id', 'in', studentIds).orderBy('at', 'desc').execute();
      return rows.map((r): ConsentRecord => ({ id: r.id, studentId: r.student_id, purpose: r.purpose as ConsentRecord['purpose'], decision: r.decision as ConsentRecord['decision'],
        guardianId: r.guardian_id, recordedBy: r.recorded_by, channel: r.channel as ConsentRecord['channel'], textVersion: r.text_version, at: r.at }));
    },
    async assentHistory(studentIds) {
      if (!studentIds.length) return [];
      const rows = await db.selectFrom('assents').selectAll().where('student_id', 'in', studentIds).orderBy('at', 'desc').execute();
      return rows.map((r): AssentRecord => ({ id: r.id, studentId: r.student_id, purpose: r.purpose as AssentRecord['purpose'], decision: r.decision as AssentRecord['decision'], recordedBy: r.recorded_by, at: r.at }));
    },
  };
}

const toTemplate = (r: DB['face_templates']): FaceTemplateRecord => ({ id: r.id, studentId: r.student_id, schoolId: r.school_id, model: r.model,
  embeddingSealed: new Uint8Array(r.embedding_sealed), quality: r.quality, source: r.source as FaceTemplateRecord['source'], createdBy: r.created_by, createdAt: r.created_at });

export function facesRepo(db: Kysely<DB>): FaceTemplateRepo {
  return {
    async insert(t) {
      await db.insertInto('face_templates').values({ id: t.id, student_id: t.studentId, school_id: t.schoolId, model: t.model, embedding_sealed: Buffer.from(t.embeddingSealed),
        quality: t.quality, source: t.source, created_by: t.createdBy, created_at: t.createdAt }).execute();
    },
    async listForStudent(id) { return (await db.selectFrom('face_templates').selectAll().where('student_id', '=', id).execute()).map(toTemplate); },
    async listForSchool(schoolId, model) {
      return (await db.selectFrom('face_templates').selectAll().where('school_id', '=', schoolId).where('model', '=', model).execute()).map(toTemplate);
    },
    async deleteForStudent(id) { const r = await db.deleteFrom('face_templates').where('student_id', '=', id).executeTakeFirst(); return Number(r.numDeletedRows); },
    async enrolledAmong(ids) {
      if (!ids.length) return [];
      return (await db.selectFrom('face_templates').select('student_id').distinct().where('student_id', 'in', ids).execute()).map((r) => r.student_id);
    },
    async countByClass(schoolId) {
      const rows = await db.selectFrom('students').leftJoin('face_templates', 'face_templates.student_id', 'students.id')
        .select(['students.class_id', (eb) => eb.fn.count<number>('students.id').distinct().as('students'), (eb) => eb.fn.count<number>('face_templates.student_id').distinct().as('enrolled')])
        .where('students.school_id', '=', schoolId).groupBy('students.class_id').execute();
      return rows.map((r) => ({ classId: r.class_id, students: Number(r.students), enrolled: Number(r.enrolled) }));
    },
  };
}

export function settingsRepo(db: Kysely<DB>): SettingsRepo {
  const to = (r: DB['settings']) => ({ scopeId: r.scope_id, key: r.key, value: JSON.parse(r.value), version: r.version, updatedBy: r.updated_by, updatedAt: r.updated_at });
  return {
    async get(scopeId, key) { const r = await db.selectFrom('settings').selectAll().where('scope_id', '=', scopeId).where('key', '=', key).executeTakeFirst(); return r && to(r); },
    async list(scopeId) { return (await db.selectFrom('settings').selectAll().where('scope_id', '=', scopeId).execute()).map(to); },
    async put(s) {
      const row = { value: JSON.stringify(s.value), version: s.version, updated_by: s.updatedBy, updated_at: s.updatedAt };
      await db.insertInto('settings').values({ scope_id: s.scopeId, key: s.key, ...row }).onConflict((oc) => oc.columns(['scope_id', 'key']).doUpdateSet(row)).execute();
    },
  };
}

export function outboxRepo(db: Kysely<DB>): OutboxRepo {
  return {
    async enqueue(m) {
      await db.insertInto('outbox').values({ id: m.id, idempotency_key: m.idempotencyKey, channel: m.channel, recipient: m.recipient, template: m.template,
        body: m.body, data: JSON.stringify(m.data), status: m.status, created_at: m.createdAt }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
    },
    async listRecent(limit) {
      const rows = await db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
      return rows.map((r) => ({ id: r.id, idempotencyKey: r.idempotency_key, channel: r.channel as any, recipient: r.recipient, template: r.template, body: r.body,
        data: JSON.parse(r.data), status: r.status as any, createdAt: r.created_at }));
    },
  };
}
