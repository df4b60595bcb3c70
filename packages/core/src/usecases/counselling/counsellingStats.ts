import type { CounsellingStats } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { actorMay, requireAccess } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';

/** A homeroom teacher sees the school's counselling counts too (the issue: teachers and the principal see only counts). */
async function teachesAt(deps: Deps, actor: Actor, schoolId: string): Promise<boolean> {
  const classes = actor.grants.filter((g) => g.role === 'homeroom_teacher' && g.scopeKind === 'class');
  if (actor.kind !== 'user' || !classes.length) return false;
  const located = await deps.repos.locator.locate(classes.map((g) => ({ kind: 'class' as const, id: g.scopeId })));
  return [...located.values()].some((l) => l.schoolId === schoolId);
}

/**
 * What leaves the counselling room: counts by channel, status and content group, nothing else — no names, no text,
 * no per-student rows. Readable with stats.read (principal, ward, department) or counselling.read (the counsellor).
 */
export async function counsellingStats(deps: Deps, actor: Actor, input: { schoolId: string; from: string; to: string }): Promise<CounsellingStats> {
  const loc = (await deps.repos.locator.locate([{ kind: 'school', id: input.schoolId }])).get(`school:${input.schoolId}`);
  const counsellor = !!loc && actor.kind === 'user' && actorMay(actor, 'counselling.read', loc);
  if (counsellor) await requireAccess(deps.repos.locator, actor, 'counselling.read', [{ kind: 'school', id: input.schoolId }]);
  else if (!(await teachesAt(deps, actor, input.schoolId))) await requireAccess(deps.repos.locator, actor, 'stats.read', [{ kind: 'school', id: input.schoolId }]);
  if (!loc) throw forbidden();
  const c = await deps.repos.prevention.counsellingCounts(input.schoolId, input.from, input.to);
  const tally = (rows: Array<{ k: string; n: number }>) => rows.reduce<Record<string, number>>((o, r) => ({ ...o, [r.k]: (o[r.k] ?? 0) + r.n }), {});
  return {
    schoolId: input.schoolId, from: input.from, to: input.to, requests: c.requests.reduce((s, r) => s + r.n, 0),
    bySource: tally(c.requests.map((r) => ({ k: r.source, n: r.n }))), byStatus: tally(c.requests.map((r) => ({ k: r.status, n: r.n }))),
    sessions: c.sessions, notesByGroup: tally(c.notesByGroup.map((r) => ({ k: r.group, n: r.n }))), casesOpened: c.casesOpened,
  };
}
