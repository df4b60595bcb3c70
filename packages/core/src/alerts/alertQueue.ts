import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { alertViews } from './alertViews.ts';
import type { AlertRecord } from './ports.ts';

/** The guard's queue: alerts still being handled first-class (open, acknowledged, confirmed), newest first; `all` adds the settled ones. */
export async function listAlerts(deps: Deps, actor: Actor, input: { schoolId: string; all?: boolean; limit?: number }) {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: input.schoolId }]);
  const rows = await deps.repos.alerts.listAlerts({ schoolIds: [input.schoolId], statuses: input.all ? undefined : ['open', 'acknowledged', 'confirmed', 'escalated'],
    limit: Math.min(input.limit ?? 50, 200) });
  return alertViews(deps, rows);
}

/** Loads an alert for a school-side action; a missing alert and one of another school get the same answer. */
export async function loadAlertFor(deps: Deps, actor: Actor, alertId: string): Promise<AlertRecord> {
  const a = await deps.repos.alerts.getAlert(alertId);
  if (!a) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: a.schoolId }]);
  return a;
}

export async function getAlert(deps: Deps, actor: Actor, alertId: string) {
  const a = await loadAlertFor(deps, actor, alertId);
  return (await alertViews(deps, [a]))[0]!;
}
