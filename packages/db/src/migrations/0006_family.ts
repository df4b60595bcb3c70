import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

type Col = [name: string, type: 'text' | 'integer', notNull: boolean];
const T = (n: string): Col => [n, 'text', true];
const t = (n: string): Col => [n, 'text', false];

/**
 * School–family messaging (issue 4): threads with their member families, messages (official ones carry a
 * verification code a parent can check on the public verify page), per-recipient read receipts; the school's
 * registered contacts (hotline, staff numbers) and its scam warning bulletins. Portable types only.
 */
const TABLES: Array<[table: string, cols: Col[], pk: string[]]> = [
  ['family_threads', [T('id'), T('school_id'), t('class_id'), t('student_id'), T('audience_kind'), T('audience_label'), T('subject'), T('created_by'),
    T('created_by_name'), T('created_at'), T('last_at')], ['id']],
  ['family_members', [T('thread_id'), T('guardian_id'), t('student_id')], ['thread_id', 'guardian_id']],
  ['family_messages', [T('id'), T('thread_id'), T('author_kind'), T('author_id'), T('author_name'), t('guardian_id'), T('body'), t('verify_code'),
    T('created_at')], ['id']],
  ['family_receipts', [T('message_id'), T('guardian_id'), t('read_at')], ['message_id', 'guardian_id']],
  ['family_contacts', [T('id'), T('school_id'), T('phone_key'), T('phone'), T('label'), T('role'), T('created_at')], ['id']],
  ['family_bulletins', [T('id'), T('school_id'), T('kind'), T('title'), T('body'), T('published_by'), T('published_at')], ['id']],
];

export function family(dialect: Dialect) {
  void dialect; // text columns only: nothing differs between the engines
  return {
    async up(db: Kysely<any>) {
      for (const [table, cols, pk] of TABLES) {
        let q = db.schema.createTable(table);
        for (const [name, type, notNull] of cols) q = q.addColumn(name, type, (c) => (notNull ? c.notNull() : c));
        await q.addPrimaryKeyConstraint(`${table}_pk`, pk as any).execute();
      }
      await db.schema.createIndex('family_threads_school').on('family_threads').columns(['school_id', 'last_at']).execute();
      await db.schema.createIndex('family_members_guardian').on('family_members').columns(['guardian_id']).execute();
      await db.schema.createIndex('family_messages_thread').on('family_messages').columns(['thread_id', 'created_at']).execute();
      await db.schema.createIndex('family_messages_code').on('family_messages').column('verify_code').unique().execute();
      await db.schema.createIndex('family_receipts_guardian').on('family_receipts').columns(['guardian_id']).execute();
      await db.schema.createIndex('family_contacts_phone').on('family_contacts').columns(['phone_key']).execute();
      await db.schema.createIndex('family_contacts_school_phone').on('family_contacts').columns(['school_id', 'phone_key']).unique().execute();
      await db.schema.createIndex('family_bulletins_school').on('family_bulletins').columns(['school_id', 'published_at']).execute();
    },
    async down(db: Kysely<any>) {
      for (const [table] of [...TABLES].reverse()) await db.schema.dropTable(table).ifExists().execute();
    },
  };
}
