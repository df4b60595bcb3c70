import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { I, T, b, t, createTables, dropTables, type TableSpec } from './tables.ts';


/**
 * Visitors, watchlists and authorised pick-up (issue 5). A visit keeps the visitor's name and the LAST 4 DIGITS of the
 * ID card only (never the full number, never the card image). The check-in photo is sealed in its own table; the face
 * embedding lives on the visit and is cleared at check-out. Watchlist entries need a second person's approval and carry
 * a required expiry; the jobs role deletes them (photo and embedding included) once past it.
 */
const TABLES: TableSpec[] = [
  ['visits', [T('id'), T('school_id'), T('status'), T('full_name'), T('name_key'), t('id_last4'), T('purpose'), t('host_user_id'), t('host_name'),
    t('expected_from'), t('expected_until'), t('registered_by'), t('checked_in_at'), t('checked_in_by'), t('valid_until'), t('checked_out_at'), t('checked_out_by'),
    t('photo_id'), t('face_model'), b('face_embedding_sealed'), t('watchlist_entry_id'), t('overstay_alerted_at'), T('created_at'), T('updated_at')], ['id']],
  ['visit_photos', [T('id'), T('visit_id'), T('school_id'), T('type'), I('size'), ['data_sealed', 'blob', true], T('created_at')], ['id']],
  ['watchlist_entries', [T('id'), T('school_id'), T('status'), T('full_name'), T('name_key'), t('id_last4'), T('reason_kind'), t('reason_note'), T('source'),
    T('requested_by'), T('requested_by_name'), t('approved_by'), t('approved_by_name'), t('approved_at'), T('expires_at'), t('photo_type'), b('photo_sealed'),
    t('face_model'), b('face_embedding_sealed'), T('created_at'), T('updated_at')], ['id']],
  ['pickup_persons', [T('id'), T('student_id'), T('school_id'), T('full_name'), T('relationship'), t('phone'), t('photo_type'), b('photo_sealed'),
    T('added_by'), t('confirmed_by'), t('confirmed_at'), T('created_at')], ['id']],
  ['pickup_records', [T('id'), T('school_id'), T('student_id'), t('pickup_person_id'), T('collector_name'), I('listed'), T('recorded_by'), T('at'), t('alert_id')], ['id']],
];

export function visitors(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await createTables(db, dialect, TABLES);
      await db.schema.createIndex('visits_school_status').on('visits').columns(['school_id', 'status']).execute();
      await db.schema.createIndex('visits_school_created').on('visits').columns(['school_id', 'created_at']).execute();
      await db.schema.createIndex('visit_photos_visit').on('visit_photos').columns(['visit_id']).execute();
      await db.schema.createIndex('watchlist_school').on('watchlist_entries').columns(['school_id', 'status']).execute();
      await db.schema.createIndex('watchlist_expiry').on('watchlist_entries').columns(['expires_at']).execute();
      await db.schema.createIndex('pickup_persons_student').on('pickup_persons').columns(['student_id']).execute();
      await db.schema.createIndex('pickup_records_school').on('pickup_records').columns(['school_id', 'at']).execute();
    },
    async down(db: Kysely<any>) {
      await dropTables(db, TABLES);
    },
  };
}
