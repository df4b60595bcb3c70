import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import type { Deps } from '../../ports/deps.ts';

/**
 * Live signals for case consoles. They carry an id and what happened, never case content: a console that hears
 * one re-reads the list through the normal, audited, access-checked route. Ward topics only hear escalations,
 * because ward roles only ever see escalated cases.
 */
export const schoolCasesTopic = (schoolId: string) => `cases:school:${schoolId}`;
export const wardCasesTopic = (wardId: string) => `cases:ward:${wardId}`;

export type CaseSignal = { type: 'created' | 'escalated' | 'updated'; caseId: string; interventionDueAt?: string | null };

/** Called after the transaction commits, so nobody is told about a case that then rolled back. */
export function signalCase(deps: Deps, c: { schoolId: string; wardId: string }, signal: CaseSignal) {
  deps.live.publish(schoolCasesTopic(c.schoolId), signal);
  if (signal.type === 'escalated') deps.live.publish(wardCasesTopic(c.wardId), signal);
}

/** The topic a reader may follow: a school (school roles) or a ward (ward police / officer). */
export async function caseTopicFor(deps: Deps, actor: Actor, scope: { kind: 'school' | 'ward'; id: string }): Promise<string> {
  await requireAccess(deps.repos.locator, actor, 'case.read', [scope]);
  return scope.kind === 'school' ? schoolCasesTopic(scope.id) : wardCasesTopic(scope.id);
}
