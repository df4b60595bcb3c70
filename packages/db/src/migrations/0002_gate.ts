import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/** Cameras, passages (one per walk-through), attendance corrections and excuses, snapshot references. */
export function gate(dialect: Dialect) {
  // PostgreSQL's `real` is 4 bytes and would round scores; double precision matches SQLite's REAL.
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('cameras').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id')).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull()).addColumn('role', 'text', (c) => c.notNull()).addColumn('url', 'text', (c) => c.notNull())
        .addColumn('username', 'text').addColumn('password_sealed', 'text').addColumn('lane', 'text').addColumn('direction', 'text')
        .addColumn('fps', 'integer', (c) => c.notNull()).addColumn('enabled', 'integer', (c) => c.notNull()).addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('passages').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_id', 'text', (c) => c.notNull()).addColumn('camera_id', 'text', (c) => c.notNull()).addColumn('track_id', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull()).addColumn('student_id', 'text').addColumn('candidates', 'text', (c) => c.notNull())
        .addColumn('score', real as 'real', (c) => c.notNull()).addColumn('margin', real as 'real', (c) => c.notNull()).addColumn('votes', 'integer', (c) => c.notNull())
        .addColumn('frames', 'integer', (c) => c.notNull()).addColumn('quality', real as 'real', (c) => c.notNull()).addColumn('liveness', 'real')
        .addColumn('direction', 'text', (c) => c.notNull()).addColumn('first_seen_at', 'text', (c) => c.notNull()).addColumn('decided_at', 'text', (c) => c.notNull())
        .addColumn('local_date', 'text', (c) => c.notNull()).addColumn('snapshot_id', 'text').addColumn('context_snapshot_id', 'text')
        .addColumn('confirmed_by', 'text').addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('passages_camera_track', ['camera_id', 'track_id']).execute();
      await db.schema.createIndex('passages_school_day').on('passages').columns(['school_id', 'local_date', 'decided_at']).execute();
      await db.schema.createIndex('passages_student_day').on('passages').columns(['student_id', 'local_date']).execute();
      await db.schema.createTable('attendance_corrections').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('student_id', 'text', (c) => c.notNull()).addColumn('local_date', 'text', (c) => c.notNull()).addColumn('session_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()).addColumn('reason', 'text', (c) => c.notNull()).addColumn('corrected_by', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('attendance_corrections_day').on('attendance_corrections').columns(['student_id', 'local_date']).execute();
      await db.schema.createTable('excused_absences').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('student_id', 'text', (c) => c.notNull()).addColumn('from_date', 'text', (c) => c.notNull()).addColumn('to_date', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull()).addColumn('recorded_by', 'text', (c) => c.notNull()).addColumn('at', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('snapshots').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('school_id', 'text', (c) => c.notNull()).addColumn('camera_id', 'text').addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull()).addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).addColumn('expires_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('snapshots_expiry').on('snapshots').column('expires_at').execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['snapshots', 'excused_absences', 'attendance_corrections', 'passages', 'cameras']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
