import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Delivery: the outbox row carries its channel chain, position, retry clock and a lease (owner + expiry, so
 * the claims of a killed worker lapse on their own, on SQLite as on PostgreSQL). Every provider call is a
 * delivery_attempts row, written before the call. Web Push subscriptions of guardians.
 */
export function notify(_dialect: Dialect) {
  const added = ['chain', 'next_attempt_at', 'lease_owner', 'lease_until', 'handed_at', 'dead_reason', 'last_error', 'chain_pos', 'try_no'];
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('outbox').addColumn('chain', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('chain_pos', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('outbox').addColumn('try_no', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      // '' sorts before every ISO instant: rows written by code that does not know this column are due at once.
      await db.schema.alterTable('outbox').addColumn('next_attempt_at', 'text', (c) => c.notNull().defaultTo('')).execute();
      await db.schema.alterTable('outbox').addColumn('lease_owner', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('lease_until', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('handed_at', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('dead_reason', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('last_error', 'text').execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createTable('delivery_attempts').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('outbox_id', 'text', (c) => c.notNull().references('outbox.id')).addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('chain_pos', 'integer', (c) => c.notNull()).addColumn('try_no', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()).addColumn('provider_id', 'text').addColumn('detail', 'text')
        .addColumn('started_at', 'text', (c) => c.notNull()).addColumn('finished_at', 'text').execute();
      await db.schema.createIndex('delivery_attempts_outbox').on('delivery_attempts').columns(['outbox_id']).execute();
      await db.schema.createIndex('delivery_attempts_provider').on('delivery_attempts').columns(['provider_id']).execute();
      await db.schema.createTable('push_subscriptions').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('guardian_id', 'text', (c) => c.notNull()).addColumn('endpoint', 'text', (c) => c.notNull().unique())
        .addColumn('p256dh', 'text', (c) => c.notNull()).addColumn('auth', 'text', (c) => c.notNull()).addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('push_subscriptions_guardian').on('push_subscriptions').columns(['guardian_id']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('push_subscriptions').ifExists().execute();
      await db.schema.dropTable('delivery_attempts').ifExists().execute();
      await db.schema.dropIndex('outbox_due').ifExists().execute();
      for (const c of added) await db.schema.alterTable('outbox').dropColumn(c).execute();
    },
  };
}
