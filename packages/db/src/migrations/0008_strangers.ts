import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/** Stranger sightings and clusters of unknown faces, watchlists, guard alerts with snapshots and clips, escalation packets to ward police (issue 5). */
export function strangers(dialect: Dialect) {
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
