import type { CaseAudience, CaseCategory, CasePriority, Confidentiality } from '@truongan/contracts';

const HOUR = 3_600_000;

interface CategoryPolicy {
  /** Hours to a first response and to resolution: the SLA clocks shown on the case. */
  firstResponseHours: number; resolveHours: number;
  priority: CasePriority; confidentiality: Confidentiality;
  /** Law on Children Art 51, Decree 56/2017 Art 25: reported at once to the ward police and People's Committee. */
  escalate: boolean;
  /** Show the national child-protection line 111 to the reporter and staff. */
  suggest111: boolean;
}

const P = (firstResponseHours: number, resolveHours: number, priority: CasePriority, confidentiality: Confidentiality, escalate = false, suggest111 = false): CategoryPolicy =>
  ({ firstResponseHours, resolveHours, priority, confidentiality, escalate, suggest111 });

/** Tighter clocks where a child may be in danger now; the school can still raise a case's priority by hand. */
export const CATEGORY_POLICY: Record<CaseCategory, CategoryPolicy> = {
  violence_physical: P(4, 72, 'high', 'restricted'),
  violence_verbal: P(24, 120, 'normal', 'restricted'),
  cyberbullying: P(24, 120, 'normal', 'restricted'),
  abuse_physical: P(1, 72, 'urgent', 'secret', true, true),
  abuse_sexual: P(1, 72, 'urgent', 'secret', true, true),
  neglect: P(4, 120, 'high', 'secret', true, true),
  online_grooming: P(1, 72, 'urgent', 'secret', true, true),
  scam: P(24, 120, 'normal', 'standard'),
  drugs: P(4, 72, 'high', 'restricted'),
  weapons: P(1, 24, 'urgent', 'restricted'),
  gate_traffic: P(48, 240, 'low', 'standard'),
  stranger: P(2, 48, 'high', 'standard'),
  self_harm: P(1, 48, 'urgent', 'secret', false, true),
  other: P(48, 240, 'normal', 'standard'),
};

/** Decree 56/2017 Art 26: emergency intervention within 12 hours of the report when the risk is serious. */
export const INTERVENTION_HOURS = 12;

export function caseClocks(category: CaseCategory, createdAt: Date) {
  const p = CATEGORY_POLICY[category];
  return {
    firstResponseDueAt: new Date(createdAt.getTime() + p.firstResponseHours * HOUR).toISOString(),
    resolveDueAt: new Date(createdAt.getTime() + p.resolveHours * HOUR).toISOString(),
    interventionDueAt: p.escalate ? new Date(createdAt.getTime() + INTERVENTION_HOURS * HOUR).toISOString() : null,
  };
}

/** Who may see a new case before anyone changes it. Escalated cases include both ward agencies. */
export function defaultDistribution(category: CaseCategory): CaseAudience[] {
  const base: CaseAudience[] = ['school_leadership', 'counsellor'];
  return CATEGORY_POLICY[category].escalate ? [...base, 'ward_police', 'ward_committee'] : base;
}

/** The reporter's identity: by default only the principal and the counsellor (designated roles). */
export const DEFAULT_REPORTER_AUDIENCES: CaseAudience[] = ['school_leadership', 'counsellor'];

export function overdueClocks(c: { status: string; firstResponseAt: string | null; closedAt: string | null; resolvedAt: string | null },
  clocks: { firstResponseDueAt: string; resolveDueAt: string; interventionDueAt: string | null }, now: Date): string[] {
  const n = now.toISOString();
  const out: string[] = [];
  if (!c.firstResponseAt && n > clocks.firstResponseDueAt) out.push('first_response');
  if (!c.resolvedAt && !c.closedAt && n > clocks.resolveDueAt) out.push('resolve');
  if (clocks.interventionDueAt && !c.resolvedAt && !c.closedAt && n > clocks.interventionDueAt) out.push('intervention');
  return out;
}
