import type { CaseReport, CaseStats, School, StatsQuery } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { aggregateCases } from '../../cases/stats.ts';
import { invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';

/** Report periods are calendar days in Vietnam (UTC+7), both ends included. */
export function periodInstants(from: string, to: string) {
  if (to < from) throw invalidInput('Ngày kết thúc trước ngày bắt đầu / End date before start date');
  const start = new Date(`${from}T00:00:00+07:00`).toISOString();
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000).toISOString();
  return { start, end };
}

async function schoolsOf(deps: Deps, actor: Actor, q: StatsQuery): Promise<School[]> {
  await requireAccess(deps.repos.locator, actor, 'stats.read', [{ kind: q.level, id: q.scopeId }]);
  const filter = q.level === 'school' ? { schoolIds: [q.scopeId] } : q.level === 'ward' ? { wardIds: [q.scopeId] } : { provinceIds: [q.scopeId] };
  return deps.repos.org.listSchools(filter);
}

/** Aggregate figures only: no case text, no names. Any role with stats.read over the area. */
export async function caseStats(deps: Deps, actor: Actor, q: StatsQuery): Promise<CaseStats & { schools: Array<{ id: string; name: string }> }> {
  const schools = await schoolsOf(deps, actor, q);
  const { start, end } = periodInstants(q.from, q.to);
  const { rows } = await deps.repos.cases.statsRows({ schoolIds: schools.map((s) => s.id), from: start, to: end });
  return { ...aggregateCases(rows), schools: schools.map((s) => ({ id: s.id, name: s.name })) };
}

const ISSUER_KINDS: Record<string, string[]> = { ward_police: ['ward_police'], ward_officer: ['culture_society_office', 'ward_committee'], department_officer: ['education_department'] };

/** The office that issues the report: the school's name, else the actor's own office in that area. */
async function issuerName(deps: Deps, actor: Actor, q: StatsQuery): Promise<string> {
  if (q.level === 'school') return (await deps.repos.org.getSchool(q.scopeId))?.name ?? q.scopeId;
  const orgs = await deps.repos.org.listOrganisations([q.scopeId]);
  for (const g of actor.grants) {
    const org = orgs.find((o) => (ISSUER_KINDS[g.role] ?? []).includes(o.kind));
    if (org) return org.name;
  }
  return (await deps.repos.org.getArea(q.scopeId))?.name ?? q.scopeId;
}

/** The model of a periodic report; @truongan/reports renders it. Its figures and its query come from the same call. */
export async function buildCaseReport(deps: Deps, actor: Actor, q: StatsQuery): Promise<CaseReport> {
  const schools = await schoolsOf(deps, actor, q);
  const { start, end } = periodInstants(q.from, q.to);
  const { rows, sql, params } = await deps.repos.cases.statsRows({ schoolIds: schools.map((s) => s.id), from: start, to: end });
  const now = deps.clock.now();
  await deps.repos.audit.append(auditEntry(actor, now, 'case.report_generated', { kind: q.level, id: q.scopeId }, { from: q.from, to: q.to, rows: rows.length }));
  return {
    title: 'Báo cáo tình hình an ninh, an toàn trường học và bạo lực học đường', issuer: await issuerName(deps, actor, q),
    period: { from: q.from, to: q.to }, generatedAt: now.toISOString(), schools: schools.map((s) => ({ id: s.id, name: s.name })),
    stats: aggregateCases(rows), query: { sql, params },
  };
}
