import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/** Visitors (pre-registration, check-in with CCCD name + last 4 digits, photo, badge, check-out) and authorised pick-up lists (issue 5). */
export function visitors(dialect: Dialect) {
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
