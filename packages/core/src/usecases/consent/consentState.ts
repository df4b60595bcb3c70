import type { AssentRecord, ConsentPurpose, ConsentRecord, ConsentState } from '@truongan/contracts';
import { ASSENT_AGE } from './texts.ts';

export interface PurposeState {
  guardian: ConsentState;
  assent: ConsentState | 'not_needed';
  inForce: boolean;
  at: string | null;
}

/**
 * Consent is in force only when the newest guardian decision is "granted" and, from age 7, the newest
 * assent of the child is "granted" too. Never by default: no decision means not in force.
 */
export function purposeState(purpose: ConsentPurpose, age: number, consents: ConsentRecord[], assents: AssentRecord[]): PurposeState {
  const newest = <T extends { purpose: ConsentPurpose; at: string }>(rows: T[]) =>
    rows.filter((r) => r.purpose === purpose).sort((a, b) => b.at.localeCompare(a.at))[0];
  const c = newest(consents);
  const a = newest(assents);
  const guardian: ConsentState = c ? c.decision : 'unanswered';
  const assent: PurposeState['assent'] = age < ASSENT_AGE ? 'not_needed' : a ? a.decision : 'unanswered';
  const inForce = guardian === 'granted' && (assent === 'not_needed' || assent === 'granted');
  return { guardian, assent, inForce, at: c?.at ?? null };
}
