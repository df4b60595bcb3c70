import { describe, expect, it } from 'vitest';
import type { AssentRecord, ConsentRecord } from '@truongan/contracts';
import { purposeState } from './consentState.ts';

const c = (decision: 'granted' | 'withdrawn', at: string, purpose: 'face_recognition' | 'snapshot_sharing' = 'face_recognition'): ConsentRecord =>
  ({ id: at, studentId: 's', purpose, decision, guardianId: 'g', recordedBy: 'g', channel: 'app', textVersion: 'v', at });
const a = (decision: 'granted' | 'withdrawn', at: string): AssentRecord => ({ id: at, studentId: 's', purpose: 'face_recognition', decision, recordedBy: 't', at });

describe('purposeState', () => {
  it('is never in force by default', () => {
    expect(purposeState('face_recognition', 12, [], [])).toEqual({ guardian: 'unanswered', assent: 'unanswered', inForce: false, at: null });
  });
  it('under 7 the guardian alone decides', () => {
    expect(purposeState('face_recognition', 6, [c('granted', '2026-09-01')], [])).toMatchObject({ assent: 'not_needed', inForce: true });
  });
  it('from 7 the child must assent too', () => {
    expect(purposeState('face_recognition', 7, [c('granted', '2026-09-01')], []).inForce).toBe(false);
    expect(purposeState('face_recognition', 7, [c('granted', '2026-09-01')], [a('granted', '2026-09-02')]).inForce).toBe(true);
  });
  it('the newest decision wins, whatever order rows come in', () => {
    const rows = [c('withdrawn', '2026-10-01'), c('granted', '2026-09-01')];
    expect(purposeState('face_recognition', 5, rows, []).guardian).toBe('withdrawn');
    expect(purposeState('face_recognition', 5, [...rows].reverse(), []).guardian).toBe('withdrawn');
  });
  it('purposes are independent', () => {
    expect(purposeState('snapshot_sharing', 5, [c('granted', '2026-09-01', 'face_recognition')], []).guardian).toBe('unanswered');
  });
});
