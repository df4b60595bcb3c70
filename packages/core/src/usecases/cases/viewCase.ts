import type { CaseListItem, CaseStatus, CaseView, ReporterView } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess, scopesWith } from '../../access/requireAccess.ts';
import { grantedAudiences } from '../../cases/visibility.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { loadCaseFor, placeOf } from './caseAccess.ts';
import { buildView, listItem } from './caseView.ts';

const schoolName = async (deps: Deps, id: string) => (await deps.repos.org.getSchool(id))?.name ?? id;

/** One case as this reader may see it. Every view is written to the audit log, with the audiences it was shown under. */
export async function getCase(deps: Deps, actor: Actor, caseId: string): Promise<CaseView> {
  const loaded = await loadCaseFor(deps, actor, caseId);
  const view = await buildView(deps, loaded, await schoolName(deps, loaded.record.schoolId));
  await deps.repos.audit.append(auditEntry(actor, deps.clock.now(), 'case.viewed', { kind: 'case', id: caseId, schoolId: loaded.record.schoolId }, { as: loaded.audiences }));
  return view;
}

/** Cases in the reader's scopes that their distribution lets them see; ward roles only see what was escalated to them. */
export async function listCases(deps: Deps, actor: Actor, filter: { status?: CaseStatus; limit?: number } = {}): Promise<CaseListItem[]> {
  await requireAccess(deps.repos.locator, actor, 'case.read', []);
  const grants = scopesWith(actor, 'case.read');
  const ids = (k: string) => grants.filter((g) => g.scopeKind === k).map((g) => g.scopeId);
  const records = await deps.repos.cases.listCases({ schoolIds: ids('school'), wardIds: ids('ward'), provinceIds: ids('province'), status: filter.status, limit: Math.min(filter.limit ?? 200, 1000) });
  const agencies = await deps.repos.cases.listAgencies(records.map((r) => r.id));
  const names = new Map<string, string>();
  const out: CaseListItem[] = [];
  const now = deps.clock.now();
  for (const r of records) {
    const mine = agencies.filter((a) => a.caseId === r.id);
    if (grantedAudiences(actor, placeOf(r, mine)).length === 0) continue;
    if (!names.has(r.schoolId)) names.set(r.schoolId, await schoolName(deps, r.schoolId));
    out.push(listItem(r, mine, names.get(r.schoolId)!, now));
  }
  await deps.repos.audit.append(auditEntry(actor, now, 'case.viewed', { kind: 'case_list' }, { count: out.length, ids: out.map((c) => c.id) }));
  return out;
}

/**
 * The reporter's identity: only audiences the case lists in reporterVisibleTo (by default the principal and the
 * counsellor), never the person reported. Every read is audited with the reason given.
 */
export async function readReporter(deps: Deps, actor: Actor, caseId: string, reason: string): Promise<ReporterView> {
  const loaded = await loadCaseFor(deps, actor, caseId);
  const c = loaded.record;
  if (!loaded.audiences.some((a) => c.reporterVisibleTo.includes(a))) throw forbidden();
  await deps.repos.audit.append(auditEntry(actor, deps.clock.now(), 'case.reporter_read', { kind: 'case', id: caseId, schoolId: c.schoolId }, { reason }));
  if (c.reporterKind === 'anonymous' || !c.reporterSealed) return { kind: 'anonymous', name: null, phone: null, userId: null };
  const r = JSON.parse(deps.secrets.openText(c.reporterSealed)) as { name: string | null; phone: string | null; userId: string | null };
  return { kind: 'named', name: r.name, phone: r.phone, userId: r.userId };
}

/** An attachment's bytes, for readers who may see attachments on this case. Audited. */
export async function readAttachment(deps: Deps, actor: Actor, caseId: string, attachmentId: string) {
  const loaded = await loadCaseFor(deps, actor, caseId);
  const view = await buildView(deps, loaded, '');
  const a = await deps.repos.cases.getAttachment(attachmentId);
  if (!view.attachments || !a || a.caseId !== caseId) throw forbidden();
  await deps.repos.audit.append(auditEntry(actor, deps.clock.now(), 'case.viewed', { kind: 'case_attachment', id: attachmentId, schoolId: loaded.record.schoolId }, { caseId }));
  return { type: a.type, name: a.name, data: deps.secrets.open(a.dataSealed) };
}
