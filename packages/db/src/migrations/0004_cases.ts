import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Cases (issue 6): the case row with its clocks, the case log (events), tasks, each agency's part, sealed
 * attachments, and used proof-of-work challenges. Nothing here is ever deleted: a case is closed with a reason.
 */
export function cases(dialect: Dialect) {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<any>) {
      let t = db.schema.createTable('cases').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('code', 'text', (c) => c.notNull().unique());
      for (const col of ['school_id', 'ward_id', 'province_id', 'source', 'category', 'status', 'priority', 'confidentiality', 'distribution', 'reporter_visible_to',
        'reporter_kind', 'description_sealed', 'first_response_due_at', 'resolve_due_at', 'created_by', 'created_at', 'updated_at']) {
        t = t.addColumn(col, 'text', (c) => c.notNull());
      }
      for (const col of ['reporter_sealed', 'reporter_digest', 'passphrase_hash', 'location_sealed', 'occurred_at', 'subject_sealed', 'subject_user_id',
        'subject_student_id', 'assignee_id', 'intervention_due_at', 'first_response_at', 'resolved_at', 'closed_at', 'close_reason']) {
        t = t.addColumn(col, 'text');
      }
      await t.execute();
      await db.schema.createIndex('cases_school_created').on('cases').columns(['school_id', 'created_at']).execute();
      await db.schema.createIndex('cases_ward').on('cases').columns(['ward_id']).execute();
      await db.schema.createIndex('cases_province').on('cases').columns(['province_id']).execute();
      await db.schema.createIndex('cases_reporter').on('cases').columns(['reporter_digest']).execute();
      await db.schema.createTable('case_events').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id')).addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull()).addColumn('actor_name', 'text', (c) => c.notNull()).addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('audience', 'text', (c) => c.notNull()).addColumn('body_sealed', 'text').addColumn('data', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();
      await db.schema.createTable('case_tasks').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id')).addColumn('title', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'text').addColumn('due_at', 'text').addColumn('done_at', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull()).addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('case_tasks_case').on('case_tasks').columns(['case_id']).execute();
      await db.schema.createTable('case_agencies').addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('agency', 'text', (c) => c.notNull()).addColumn('ward_id', 'text', (c) => c.notNull()).addColumn('status', 'text', (c) => c.notNull())
        .addColumn('notified_at', 'text', (c) => c.notNull()).addColumn('acknowledged_at', 'text').addColumn('closed_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull()).addPrimaryKeyConstraint('case_agencies_pk', ['case_id', 'agency']).execute();
      await db.schema.createIndex('case_agencies_ward').on('case_agencies').columns(['ward_id', 'agency']).execute();
      await db.schema.createTable('case_attachments').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id')).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull()).addColumn('size', 'integer', (c) => c.notNull()).addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('data_sealed', blob as any, (c) => c.notNull()).addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('case_attachments_case').on('case_attachments').columns(['case_id']).execute();
      await db.schema.createTable('intake_challenges').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('used_at', 'text', (c) => c.notNull()).execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['intake_challenges', 'case_attachments', 'case_agencies', 'case_tasks', 'case_events', 'cases']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
