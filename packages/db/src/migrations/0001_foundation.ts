import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/** The foundation: organisation tree, roster, accounts, consent, audit chain, settings, outbox. */
export function foundation(dialect: Dialect) {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('areas').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text', (c) => c.references('areas.id')).addColumn('name', 'text', (c) => c.notNull()).addColumn('code', 'text').execute();
      await db.schema.createTable('organisations').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id')).addColumn('name', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('schools').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('ward_id', 'text', (c) => c.notNull().references('areas.id')).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull()).addColumn('code', 'text').addColumn('address', 'text').addColumn('hotline', 'text').execute();
      await db.schema.createTable('school_years').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id')).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull()).addColumn('ends_on', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('day_sessions').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id')).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull()).addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('late_after_minutes', 'integer', (c) => c.notNull()).addColumn('absent_after_minutes', 'integer', (c) => c.notNull()).execute();
      await db.schema.createTable('classes').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
        .addColumn('school_year_id', 'text', (c) => c.notNull().references('school_years.id')).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('grade', 'integer', (c) => c.notNull()).addColumn('homeroom_teacher_id', 'text')
        .addUniqueConstraint('classes_year_name', ['school_year_id', 'name']).execute();
      await db.schema.createTable('students').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id')).addColumn('class_id', 'text', (c) => c.references('classes.id'))
        .addColumn('full_name', 'text', (c) => c.notNull()).addColumn('birth_date', 'text', (c) => c.notNull()).addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('personal_id', 'text').addColumn('learner_id', 'text').addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('students_school_class').on('students').columns(['school_id', 'class_id']).execute();
      await db.schema.createIndex('students_school_pid').on('students').columns(['school_id', 'personal_id']).unique().where(sql.ref('personal_id'), 'is not', null).execute();
      await db.schema.createTable('guardians').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('full_name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text').addColumn('email', 'text').addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('guardians_phone').on('guardians').column('phone').execute();
      await db.schema.createTable('guardian_students').addColumn('guardian_id', 'text', (c) => c.notNull().references('guardians.id'))
        .addColumn('student_id', 'text', (c) => c.notNull().references('students.id')).addColumn('relationship', 'text', (c) => c.notNull())
        .addColumn('is_primary', 'integer', (c) => c.notNull()).addPrimaryKeyConstraint('guardian_students_pk', ['guardian_id', 'student_id']).execute();
      await db.schema.createIndex('guardian_students_student').on('guardian_students').column('student_id').execute();
      await db.schema.createTable('users').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull()).addColumn('username', 'text', (c) => c.unique()).addColumn('phone', 'text')
        .addColumn('password_hash', 'text').addColumn('totp_secret_sealed', 'text').addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('guardian_id', 'text', (c) => c.unique()).addColumn('student_id', 'text').addColumn('locale', 'text', (c) => c.notNull().defaultTo('vi'))
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)).addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('role_grants').addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('role', 'text', (c) => c.notNull()).addColumn('scope_kind', 'text', (c) => c.notNull()).addColumn('scope_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('role_grants_pk', ['user_id', 'role', 'scope_id']).execute();
      await db.schema.createTable('auth_sessions').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull()).addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('mfa_passed', 'integer', (c) => c.notNull()).addColumn('csrf_token', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('otp_codes').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull()).addColumn('expires_at', 'text', (c) => c.notNull()).addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('consumed_at', 'text').addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('otp_codes_phone').on('otp_codes').columns(['phone', 'created_at']).execute();
      await db.schema.createTable('login_throttle').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text').addColumn('updated_at', 'text', (c) => c.notNull()).execute();
      for (const t of ['consents', 'assents'] as const) {
        let b = db.schema.createTable(t).addColumn('id', 'text', (c) => c.primaryKey()).addColumn('student_id', 'text', (c) => c.notNull().references('students.id'))
          .addColumn('purpose', 'text', (c) => c.notNull()).addColumn('decision', 'text', (c) => c.notNull()).addColumn('recorded_by', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull());
        if (t === 'consents') b = b.addColumn('guardian_id', 'text').addColumn('channel', 'text', (c) => c.notNull()).addColumn('text_version', 'text', (c) => c.notNull());
        await b.execute();
        await db.schema.createIndex(`${t}_student`).on(t).columns(['student_id', 'purpose', 'at']).execute();
      }
      // double precision, not real: real is 4-byte on PostgreSQL and would round the quality score that SQLite keeps exactly.
      await db.schema.createTable('face_templates').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('student_id', 'text', (c) => c.notNull().references('students.id')).addColumn('school_id', 'text', (c) => c.notNull())
        .addColumn('model', 'text', (c) => c.notNull()).addColumn('embedding_sealed', sql.raw(blob), (c) => c.notNull())
        .addColumn('quality', 'double precision', (c) => c.notNull()).addColumn('source', 'text', (c) => c.notNull()).addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('face_templates_school').on('face_templates').columns(['school_id', 'model']).execute();
      await db.schema.createTable('audit_log').addColumn('seq', 'bigint', (c) => c.primaryKey()).addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull()).addColumn('actor_name', 'text', (c) => c.notNull()).addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_kind', 'text').addColumn('target_id', 'text').addColumn('school_id', 'text').addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull()).addColumn('hash', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('audit_log_school').on('audit_log').columns(['school_id', 'seq']).execute();
      // One row that points at the newest entry: appends lock it, and verify compares it, so cutting off the tail is detected.
      await db.schema.createTable('audit_head').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull()).addColumn('mac', 'text', (c) => c.notNull()).execute();
      await db.insertInto('audit_head').values({ id: 1, seq: 0, hash: 'genesis', mac: '' }).execute();
      await db.schema.createTable('settings').addColumn('scope_id', 'text', (c) => c.notNull()).addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull()).addColumn('version', 'integer', (c) => c.notNull()).addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull()).addPrimaryKeyConstraint('settings_pk', ['scope_id', 'key']).execute();
      await db.schema.createTable('outbox').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('channel', 'text', (c) => c.notNull()).addColumn('recipient', 'text', (c) => c.notNull()).addColumn('template', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull()).addColumn('data', 'text', (c) => c.notNull()).addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).addColumn('created_at', 'text', (c) => c.notNull()).execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['outbox', 'settings', 'audit_head', 'audit_log', 'face_templates', 'assents', 'consents', 'login_throttle', 'otp_codes',
        'auth_sessions', 'role_grants', 'users', 'guardian_students', 'guardians', 'students', 'classes', 'day_sessions', 'school_years', 'schools',
        'organisations', 'areas']) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}
