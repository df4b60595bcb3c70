import type { CaseStatus, DisciplineOutcome } from '@truongan/contracts';
import { invalidInput } from '../errors.ts';

/** Forward one step at a time; a resolved case may be reopened; any open case may be closed (with a reason). */
const NEXT: Record<CaseStatus, CaseStatus[]> = {
  new: ['triaged', 'closed'],
  triaged: ['in_progress', 'closed'],
  in_progress: ['resolved', 'closed'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

export function assertTransition(from: CaseStatus, to: CaseStatus, closeReason?: string) {
  if (from === to) return;
  if (!NEXT[from].includes(to)) {
    throw invalidInput(`Không thể chuyển từ "${from}" sang "${to}" / Cannot move a case from ${from} to ${to}`, [{ path: 'status', message: `allowed: ${NEXT[from].join(', ') || 'none'}` }]);
  }
  if (to === 'closed' && !closeReason?.trim()) {
    throw invalidInput('Đóng hồ sơ phải ghi lý do / A case is closed with a reason', [{ path: 'closeReason', message: 'required when closing' }]);
  }
}

const ALLOWED: Record<'primary' | 'other', DisciplineOutcome[]> = {
  primary: ['reminder', 'apology'],
  other: ['reminder', 'criticism', 'self_assessment'],
};

/**
 * Thông tư 19/2025/TT-BGDĐT: primary pupils get a reminder or an apology; others a reminder, criticism or a
 * written self-assessment. Suspension and expulsion no longer exist, so anything else is refused by name.
 */
export function assertDiscipline(outcome: string, schoolLevel: string): DisciplineOutcome {
  const band = schoolLevel === 'primary' ? 'primary' : 'other';
  const allowed = ALLOWED[band];
  if (!(allowed as string[]).includes(outcome)) {
    throw invalidInput(
      `Hình thức "${outcome}" không có trong Thông tư 19/2025/TT-BGDĐT cho cấp này; được phép: ${allowed.join(', ')} (không đình chỉ, không đuổi học) / ` +
      `"${outcome}" is not a TT 19/2025 outcome for this level; allowed: ${allowed.join(', ')} (no suspension, no expulsion)`,
      [{ path: 'outcome', message: `allowed: ${allowed.join(', ')}` }]);
  }
  return outcome as DisciplineOutcome;
}
