import type { Generated } from 'kysely';

/**
 * Table types shared by SQLite and PostgreSQL. Portable column types on purpose: times are ISO-8601 UTC
 * text (sorts correctly, same value on both engines), booleans are 0/1 integers, JSON is text, and
 * binary is blob/bytea (both arrive as Buffer). See docs/architecture.md, "Storage".
 */
export interface DB {
  areas: { id: string; kind: string; parent_id: string | null; name: string; code: string | null };
  organisations: { id: string; kind: string; area_id: string; name: string };
  schools: { id: string; ward_id: string; name: string; level: string; code: string | null; address: string | null; hotline: string | null };
  school_years: { id: string; school_id: string; name: string; starts_on: string; ends_on: string };
  day_sessions: { id: string; school_id: string; name: string; starts_at: string; ends_at: string; late_after_minutes: number; absent_after_minutes: number };
  classes: { id: string; school_id: string; school_year_id: string; name: string; grade: number; homeroom_teacher_id: string | null };
  students: {
    id: string; school_id: string; class_id: string | null; full_name: string; birth_date: string; sex: string;
    personal_id: string | null; learner_id: string | null; status: string; created_at: string; updated_at: string;
  };
  guardians: { id: string; full_name: string; phone: string | null; email: string | null; created_at: string };
  guardian_students: { guardian_id: string; student_id: string; relationship: string; is_primary: number };
  users: {
    id: string; kind: string; display_name: string; username: string | null; phone: string | null; password_hash: string | null;
    totp_secret_sealed: string | null; totp_enabled: number; guardian_id: string | null; student_id: string | null;
    locale: string; disabled: number; created_at: string;
  };
  role_grants: { user_id: string; role: string; scope_kind: string; scope_id: string };
  auth_sessions: { id: string; user_id: string; created_at: string; expires_at: string; mfa_passed: number; csrf_token: string };
  otp_codes: { id: string; phone: string; code_hash: string; expires_at: string; attempts: number; consumed_at: string | null; created_at: string };
  login_throttle: { key: string; failures: number; locked_until: string | null; updated_at: string };
  consents: { id: string; student_id: string; purpose: string; decision: string; guardian_id: string | null; recorded_by: string; channel: string; text_version: string; at: string };
  assents: { id: string; student_id: string; purpose: string; decision: string; recorded_by: string; at: string };
  face_templates: { id: string; student_id: string; school_id: string; model: string; embedding_sealed: Buffer; quality: number; source: string; created_by: string; created_at: string };
  audit_log: {
    seq: number; at: string; actor_id: string; actor_name: string; action: string; target_kind: string | null; target_id: string | null;
    school_id: string | null; detail: string; prev_hash: string; hash: string;
  };
  audit_head: { id: number; seq: number; hash: string; mac: string };
  settings: { scope_id: string; key: string; value: string; version: number; updated_by: string; updated_at: string };
  outbox: {
    id: string; idempotency_key: string; channel: string; recipient: string; template: string; body: string; data: string;
    status: string; attempts: Generated<number>; created_at: string;
    chain: string | null; chain_pos: Generated<number>; try_no: Generated<number>; next_attempt_at: Generated<string>;
    lease_owner: string | null; lease_until: string | null; handed_at: string | null; dead_reason: string | null; last_error: string | null;
  };
  delivery_attempts: {
    id: string; outbox_id: string; channel: string; chain_pos: number; try_no: number; status: string; provider_id: string | null;
    detail: string | null; started_at: string; finished_at: string | null;
  };
  push_subscriptions: { id: string; guardian_id: string; endpoint: string; p256dh: string; auth: string; created_at: string };
  cameras: {
    id: string; school_id: string; name: string; kind: string; role: string; url: string; username: string | null; password_sealed: string | null;
    lane: string | null; direction: string | null; fps: number; enabled: number; created_at: string;
  };
  passages: {
    id: string; school_id: string; camera_id: string; track_id: string; decision: string; student_id: string | null; candidates: string;
    score: number; margin: number; votes: number; frames: number; quality: number; liveness: number | null; direction: string;
    first_seen_at: string; decided_at: string; local_date: string; snapshot_id: string | null; context_snapshot_id: string | null;
    confirmed_by: string | null; created_at: string;
  };
  attendance_corrections: { id: string; student_id: string; local_date: string; session_name: string; status: string; reason: string; corrected_by: string; at: string };
  excused_absences: { id: string; student_id: string; from_date: string; to_date: string; reason: string; recorded_by: string; at: string };
  snapshots: { id: string; school_id: string; camera_id: string | null; kind: string; path: string; bytes: number; created_at: string; expires_at: string };
  cases: {
    id: string; code: string; school_id: string; ward_id: string; province_id: string; source: string; category: string; status: string; priority: string;
    confidentiality: string; distribution: string; reporter_visible_to: string; reporter_kind: string; reporter_sealed: string | null;
    reporter_digest: string | null; passphrase_hash: string | null; description_sealed: string; location_sealed: string | null; occurred_at: string | null;
    subject_sealed: string | null; subject_user_id: string | null; subject_student_id: string | null; assignee_id: string | null;
    first_response_due_at: string; resolve_due_at: string; intervention_due_at: string | null; first_response_at: string | null;
    resolved_at: string | null; closed_at: string | null; close_reason: string | null; created_by: string; created_at: string; updated_at: string;
  };
  case_events: { id: string; case_id: string; at: string; actor_id: string; actor_name: string; kind: string; audience: string; body_sealed: string | null; data: string };
  case_tasks: { id: string; case_id: string; title: string; assignee_id: string | null; due_at: string | null; done_at: string | null; created_by: string; created_at: string };
  case_agencies: { case_id: string; agency: string; ward_id: string; status: string; notified_at: string; acknowledged_at: string | null; closed_at: string | null; updated_at: string };
  case_attachments: { id: string; case_id: string; name: string; type: string; size: number; sha256: string; data_sealed: Buffer; created_by: string; created_at: string };
  intake_challenges: { id: string; used_at: string };
}
