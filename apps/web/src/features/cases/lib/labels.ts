import { CaseCategory, CasePriority, CaseStatus, type CaseListItem, type DisciplineOutcome } from '@truongan/contracts';
import type { Tone } from '../../../components/ui/Badge.tsx';

export const CATEGORIES = CaseCategory.options;
export const STATUSES = CaseStatus.options;
export const PRIORITIES = CasePriority.options;

/** Abuse and grooming go to the ward at once (policy.ts on the server): the form says so before sending. */
export const ESCALATED_AT_ONCE = new Set<string>(['abuse_physical', 'abuse_sexual', 'neglect', 'online_grooming']);

/** The next statuses a case may move to, mirroring packages/core/src/cases/workflow.ts (the server still decides). */
export const NEXT_STATUS: Record<CaseStatus, CaseStatus[]> = {
  new: ['triaged'], triaged: ['in_progress'], in_progress: ['resolved'], resolved: ['in_progress'], closed: [],
};

/** Thông tư 19/2025: primary pupils get a reminder or an apology; older pupils a reminder, criticism or a self-assessment. */
export const outcomesFor = (schoolLevel: string | undefined): DisciplineOutcome[] =>
  schoolLevel === 'primary' ? ['reminder', 'apology'] : ['reminder', 'criticism', 'self_assessment'];

export const priorityTone: Record<CasePriority, Tone> = { low: 'neutral', normal: 'info', high: 'warn', urgent: 'bad' };
export const statusTone: Record<CaseStatus, Tone> = { new: 'warn', triaged: 'info', in_progress: 'info', resolved: 'ok', closed: 'neutral' };

/** A case whose clocks still run: the intervention clock stops when the case is resolved or closed. */
export const isOpen = (c: Pick<CaseListItem, 'status'>) => c.status !== 'resolved' && c.status !== 'closed';
