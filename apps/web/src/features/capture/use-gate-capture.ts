import { useCallback, useState } from 'react';
import { api } from '../../lib/api.ts';
import type { FaceIssue } from '../../lib/face-refusal.ts';
import { useSubmit } from '../../hooks/use-submit.ts';

export interface CaptureCandidate { id: string; quality: number; frame: number; image: string }
export interface CaptureResult {
  captureId: string | null; expiresAt: string | null; frames: number;
  candidates: CaptureCandidate[]; refusals: Array<{ frame: number; issues: FaceIssue[] }>;
}
export interface ConfirmResult {
  studentId: string;
  enrolled: Array<{ candidateId: string; templateId: string; quality: number }>;
  refused: Array<{ candidateId: string; code: string; message: string }>;
}
export type CaptureOutcome = { kind: 'enrolled'; result: ConfirmResult } | { kind: 'discarded' };

/** One pupil's capture at the gate: grab → candidates → confirm or discard. The server holds the crops meanwhile. */
export function useGateCapture(studentId: string) {
  const [result, setResult] = useState<CaptureResult>();
  const [outcome, setOutcome] = useState<CaptureOutcome>();
  const { busy, error, run } = useSubmit();
  const [phase, setPhase] = useState<'idle' | 'capturing' | 'confirming' | 'discarding'>('idle');

  const step = useCallback(async (p: typeof phase, work: () => Promise<void>) => {
    setPhase(p);
    await run(work);
    setPhase('idle');
  }, [run]);

  const capture = (cameraId: string) => step('capturing', async () => {
    setOutcome(undefined);
    setResult(undefined);
    setResult(await api.post<CaptureResult>(`/api/students/${encodeURIComponent(studentId)}/gate-capture`, { cameraId }));
  });
  const confirm = (candidateIds: string[]) => step('confirming', async () => {
    if (!result?.captureId) return;
    const r = await api.post<ConfirmResult>(`/api/gate-captures/${encodeURIComponent(result.captureId)}/confirm`, { candidateIds });
    setResult(undefined);
    setOutcome({ kind: 'enrolled', result: r });
  });
  const discard = () => step('discarding', async () => {
    if (!result?.captureId) return;
    await api.del(`/api/gate-captures/${encodeURIComponent(result.captureId)}`);
    setResult(undefined);
    setOutcome({ kind: 'discarded' });
  });
  return { result, outcome, busy, phase, error, capture, confirm, discard };
}
