import type { Agency, CaseAudience } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { CATEGORY_POLICY, INTERVENTION_HOURS } from '../../cases/policy.ts';
import type { CaseAgencyRecord, CaseRecord } from '../../ports/cases.ts';
import type { Deps } from '../../ports/deps.ts';
import type { Repos } from '../../ports/repositories.ts';
import { auditEntry } from '../../util/audit.ts';
import { normalisePhone } from '../../util/phone.ts';

export const ESCALATION_AGENCIES: Agency[] = ['ward_police', 'ward_committee'];
/** The account role that acts for each agency in a ward. */
const OFFICER_ROLE: Record<Agency, string> = { ward_police: 'ward_police', ward_committee: 'ward_officer' };
const AGENCY_NAME: Record<Agency, string> = { ward_police: 'Công an phường', ward_committee: 'UBND phường' };

/** Why a case reached the agencies: filed as abuse/grooming, re-categorised so at triage, or by hand. */
export type EscalationTrigger = 'filed' | 'recategorised' | 'manual';

export const interventionDue = (c: Pick<CaseRecord, 'interventionDueAt'>, now: Date) =>
  c.interventionDueAt ?? new Date(now.getTime() + INTERVENTION_HOURS * 3_600_000).toISOString();

export const escalatedDistribution = (d: CaseAudience[]): CaseAudience[] => [...new Set<CaseAudience>([...d, 'ward_police', 'ward_committee'])];

/** HH:mm dd/MM in Vietnam time, the way a deadline is read on a phone. */
function vnClock(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}`;
}

/**
 * Writes an escalation inside the caller's transaction: the agency parts, the 'escalated' event, the audit row,
 * and one outbox message per ward officer with a mobile number (SMS/Zalo by the notify pipeline). The message
 * carries the case code, the school and the 12-hour deadline only: it crosses a carrier and sits on a lock
 * screen, so what happened, who reported it and who the child is stay in the audited portal.
 * Organisations have no contact of their own in the data model; officers without a phone see the case in the app only.
 */
export async function writeEscalation(deps: Deps, r: Repos, actor: Actor, c: CaseRecord, opts: {
  now: Date; existing: CaseAgencyRecord[]; interventionDueAt: string; trigger: EscalationTrigger; note?: string; schoolName: string;
}) {
  const at = opts.now.toISOString();
  const added = ESCALATION_AGENCIES.filter((a) => !opts.existing.some((e) => e.agency === a));
  for (const agency of added) {
    await r.cases.upsertAgency({ caseId: c.id, agency, wardId: c.wardId, status: 'notified', notifiedAt: at, acknowledgedAt: null, closedAt: null, updatedAt: at });
  }
  let messaged = 0;
  let withoutPhone = 0;
  for (const agency of added) {
    for (const o of await r.cases.peopleWithRoles({ kind: 'ward', id: c.wardId }, [OFFICER_ROLE[agency]])) {
      const phone = o.phone ? normalisePhone(o.phone) : null;
      if (!phone) { withoutPhone++; continue; }
      messaged++;
      await r.outbox.enqueue({ id: deps.ids.next(), idempotencyKey: `case_escalated:${c.id}:${agency}:${o.userId}`, channel: 'auto', recipient: phone, template: 'case_escalated',
        body: `[Trường An] Hồ sơ khẩn ${c.code} của ${opts.schoolName} đã chuyển đến ${AGENCY_NAME[agency]}. Cần can thiệp trước ${vnClock(opts.interventionDueAt)}. Xem chi tiết trên Trường An.`,
        data: { caseId: c.id, code: c.code, schoolId: c.schoolId, agency, at, interventionDueAt: opts.interventionDueAt }, status: 'pending', createdAt: at });
    }
  }
  const automatic = opts.trigger !== 'manual';
  await r.cases.insertEvent({ id: deps.ids.next(), caseId: c.id, at, actorId: actor.userId, actorName: automatic ? 'Trường An' : actor.displayName, kind: 'escalated', audience: 'agency',
    bodySealed: opts.note ? deps.secrets.sealText(opts.note) : null,
    data: { agencies: ESCALATION_AGENCIES, suggest111: true, interventionDueAt: opts.interventionDueAt, automatic, trigger: opts.trigger,
      categorySuggests111: CATEGORY_POLICY[c.category].suggest111, officersMessaged: messaged, officersWithoutPhone: withoutPhone } });
  await r.audit.append(auditEntry(actor, opts.now, 'case.escalated', { kind: 'case', id: c.id, schoolId: c.schoolId },
    { automatic, trigger: opts.trigger, category: c.category, officersMessaged: messaged, officersWithoutPhone: withoutPhone }));
}
