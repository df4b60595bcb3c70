import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { B, I, T, t, createTables, dropTables, type TableSpec } from './tables.ts';


/**
 * Strangers (issue 5): the guard's alert queue with its clips and the packets escalated to ward police; unknown-face
 * sightings grouped in clusters (deleted after the rule's window by the retention job); a zone per camera
 * (gate_lane | outside | perimeter | inside) that decides which stranger rules apply. Media ids and lists are JSON text.
 */
const TABLES: TableSpec[] = [
  ['alerts', [T('id'), T('school_id'), T('kind'), T('priority'), T('status'), T('summary_vi'), T('summary_en'), t('camera_id'), T('snapshot_ids'), t('clip_id'),
    t('subject_type'), t('subject_id'), t('dedupe_key'), T('raised_at'), t('handled_by'), t('handled_at'), t('note'), t('feedback'), t('confirmed_by'),
    t('confirmed_at')], ['id']],
  ['alert_escalations', [T('id'), T('alert_id'), T('school_id'), T('ward_id'), T('escalated_by'), T('escalated_at'), t('school_note'), T('status'),
    t('acknowledged_by'), t('acknowledged_at'), t('report'), t('reported_at')], ['id']],
  ['alert_clips', [T('id'), T('school_id'), T('camera_id'), T('type'), I('bytes'), B('data_sealed'), T('created_at'), T('expires_at')], ['id']],
  ['stranger_clusters', [T('id'), T('school_id'), T('model'), B('centroid_sealed'), I('sightings'), T('days'), T('first_seen_at'), T('last_seen_at'),
    t('label'), t('returning_alerted_at')], ['id']],
  ['stranger_sightings', [T('id'), T('cluster_id'), T('school_id'), T('camera_id'), T('model'), B('embedding_sealed'), T('seen_at'), T('local_date'),
    t('snapshot_id')], ['id']],
];

export function strangers(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await createTables(db, dialect, TABLES);
      await db.schema.createIndex('alerts_school_raised').on('alerts').columns(['school_id', 'raised_at']).execute();
      await db.schema.createIndex('alerts_dedupe').on('alerts').columns(['school_id', 'dedupe_key']).execute();
      await db.schema.createIndex('alert_escalations_alert').on('alert_escalations').column('alert_id').unique().execute();
      await db.schema.createIndex('alert_escalations_ward').on('alert_escalations').columns(['ward_id', 'escalated_at']).execute();
      await db.schema.createIndex('alert_clips_expiry').on('alert_clips').column('expires_at').execute();
      await db.schema.createIndex('stranger_clusters_school').on('stranger_clusters').columns(['school_id', 'model']).execute();
      await db.schema.createIndex('stranger_sightings_seen').on('stranger_sightings').column('seen_at').execute();
      await db.schema.createIndex('stranger_sightings_cluster').on('stranger_sightings').column('cluster_id').execute();
      await db.schema.alterTable('cameras').addColumn('zone', 'text').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('cameras').dropColumn('zone').execute();
      await dropTables(db, TABLES);
    },
  };
}
