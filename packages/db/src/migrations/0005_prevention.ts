import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { I, T, i, t, createTables, dropTables, type TableSpec } from './tables.ts';


/**
 * Prevention (issue 7): campaigns with their target schools, materials, school activities with sealed evidence
 * photos, per-person responses (acknowledgement + quiz, one row per person and campaign); safety lessons and their
 * acknowledgements; counselling requests, sessions and sealed notes. Reach figures are computed from these rows,
 * never stored, so the dashboard and the export cannot drift apart.
 */
const TABLES: TableSpec[] = [
  ['campaigns', [T('id'), T('title'), T('summary'), T('starts_on'), T('ends_on'), T('owner_kind'), T('owner_id'), T('key_messages'),
    T('required_activities'), T('quiz'), T('created_by'), T('created_at')], ['id']],
  ['campaign_schools', [T('campaign_id'), T('school_id'), T('ward_id'), T('province_id')], ['campaign_id', 'school_id']],
  ['campaign_materials', [T('id'), T('campaign_id'), T('kind'), T('title'), T('url'), I('position')], ['id']],
  ['campaign_activities', [T('id'), T('campaign_id'), T('school_id'), T('held_on'), T('format'), T('class_ids'), I('participants'), t('required_key'),
    t('note'), T('recorded_by'), T('created_at')], ['id']],
  ['campaign_evidence', [T('id'), T('activity_id'), T('campaign_id'), T('school_id'), T('type'), I('size'), T('sha256'), ['data_sealed', 'blob', true],
    T('created_at')], ['id']],
  ['campaign_responses', [T('campaign_id'), T('person_id'), T('person_kind'), T('school_id'), T('student_id'), t('acknowledged_at'), i('quiz_score'),
    i('quiz_total'), t('answers'), t('answered_at')], ['campaign_id', 'person_id']],
  ['lessons', [T('id'), T('slug'), T('audience'), T('topic'), T('title'), T('body'), T('key_points'), I('position')], ['id']],
  ['lesson_acks', [T('lesson_id'), T('person_id'), T('person_kind'), T('school_id'), T('at')], ['lesson_id', 'person_id']],
  ['counselling_requests', [T('id'), T('school_id'), T('ward_id'), T('province_id'), T('source'), t('student_id'), t('requested_by'), t('reply_handle_digest'),
    t('topic'), T('message_sealed'), T('status'), t('case_id'), T('created_at'), T('updated_at')], ['id']],
  ['counselling_sessions', [T('id'), T('request_id'), T('school_id'), T('scheduled_at'), T('place'), T('counsellor_id'), T('status'), T('created_at')], ['id']],
  ['counselling_notes', [T('id'), T('request_id'), t('session_id'), T('school_id'), T('content_group'), T('risk'), T('body_sealed'), T('written_by'),
    T('created_at')], ['id']],
];

export function prevention(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await createTables(db, dialect, TABLES);
      await db.schema.createIndex('lessons_slug').on('lessons').column('slug').unique().execute();
      await db.schema.createIndex('campaign_schools_school').on('campaign_schools').columns(['school_id']).execute();
      await db.schema.createIndex('campaign_activities_campaign').on('campaign_activities').columns(['campaign_id', 'school_id']).execute();
      await db.schema.createIndex('campaign_evidence_activity').on('campaign_evidence').columns(['activity_id']).execute();
      await db.schema.createIndex('campaign_responses_school').on('campaign_responses').columns(['campaign_id', 'school_id']).execute();
      await db.schema.createIndex('lesson_acks_school').on('lesson_acks').columns(['school_id']).execute();
      await db.schema.createIndex('counselling_requests_school').on('counselling_requests').columns(['school_id', 'created_at']).execute();
      await db.schema.createIndex('counselling_requests_handle').on('counselling_requests').columns(['reply_handle_digest']).execute();
      await db.schema.createIndex('counselling_sessions_request').on('counselling_sessions').columns(['request_id']).execute();
      await db.schema.createIndex('counselling_notes_request').on('counselling_notes').columns(['request_id']).execute();
    },
    async down(db: Kysely<any>) {
      await dropTables(db, TABLES);
    },
  };
}
