import type { FaceQualityIssue } from '../../ports/faceEngine.ts';

/** One face crop from the gate camera that passed the quality gate, waiting for a teacher to say "this is the pupil". */
export interface CaptureCandidate { id: string; image: Uint8Array; quality: number; frame: number }

/** What one press of "Chụp" produced. Never a template: templates exist only after confirmation. */
export interface CaptureSession {
  id: string; studentId: string; schoolId: string; cameraId: string;
  createdBy: string; createdAt: string; expiresAt: string;
  candidates: CaptureCandidate[];
}

/** Where candidates wait for confirmation. The HTTP role keeps them in memory; nothing reaches the disk. */
export interface CaptureSessionStore {
  put(session: CaptureSession, now: Date): void;
  get(id: string, now: Date): CaptureSession | undefined;
  delete(id: string): boolean;
  /** Sessions still alive; tests use it to show that discarding leaves nothing behind. */
  size(now: Date): number;
}

/** Candidates live ten minutes at most: long enough to confirm at the gate, short enough not to become a photo archive. */
export const CAPTURE_TTL_MS = 10 * 60_000;
const MAX_SESSIONS = 200;

export function memoryCaptureStore(): CaptureSessionStore {
  const sessions = new Map<string, CaptureSession>();
  const prune = (now: Date) => {
    for (const [id, s] of sessions) if (Date.parse(s.expiresAt) <= now.getTime()) sessions.delete(id);
  };
  return {
    put(session, now) {
      prune(now);
      // A new capture of the same pupil by the same person replaces the previous one rather than piling up.
      for (const [id, s] of sessions) if (s.createdBy === session.createdBy && s.studentId === session.studentId) sessions.delete(id);
      if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      sessions.set(session.id, session);
    },
    get(id, now) { prune(now); return sessions.get(id); },
    delete: (id) => sessions.delete(id),
    size(now) { prune(now); return sessions.size; },
  };
}

/** Why a frame gave no candidate, for the teacher: one line per frame. */
export interface FrameRefusal { frame: number; issues: FaceQualityIssue[] }
