import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/**
 * Row types of migration 0005 (prevention). Kept beside the repository rather than in schema.ts so that this feature's
 * tables live in its own files; the repository widens the shared Kysely handle with them.
 */
export interface PreventionTables {
  campaigns: { id: string; title: string; summary: string; starts_on: string; ends_on: string; owner_kind: string; owner_id: string; key_messages: string;
    required_activities: string; quiz: string; created_by: string; created_at: string };
  campaign_schools: { campaign_id: string; school_id: string; ward_id: string; province_id: string };
  campaign_materials: { id: string; campaign_id: string; kind: string; title: string; url: string; position: number };
  campaign_activities: { id: string; campaign_id: string; school_id: string; held_on: string; format: string; class_ids: string; participants: number;
    required_key: string | null; note: string | null; recorded_by: string; created_at: string };
  campaign_evidence: { id: string; activity_id: string; campaign_id: string; school_id: string; type: string; size: number; sha256: string; data_sealed: Buffer; created_at: string };
  campaign_responses: { campaign_id: string; person_id: string; person_kind: string; school_id: string; student_id: string; acknowledged_at: string | null;
    quiz_score: number | null; quiz_total: number | null; answers: string | null; answered_at: string | null };
  lessons: { id: string; slug: string; audience: string; topic: string; title: string; body: string; key_points: string; position: number };
  lesson_acks: { lesson_id: string; person_id: string; person_kind: string; school_id: string; at: string };
  counselling_requests: { id: string; school_id: string; ward_id: string; province_id: string; source: string; student_id: string | null; requested_by: string | null;
    reply_handle_digest: string | null; topic: string | null; message_sealed: string; status: string; case_id: string | null; created_at: string; updated_at: string };
  counselling_sessions: { id: string; request_id: string; school_id: string; scheduled_at: string; place: string; counsellor_id: string; status: string; created_at: string };
  counselling_notes: { id: string; request_id: string; session_id: string | null; school_id: string; content_group: string; risk: string; body_sealed: string;
    written_by: string; created_at: string };
}
export type PDB = DB & PreventionTables;
export const widen = (db: Kysely<DB>) => db as unknown as Kysely<PDB>;
