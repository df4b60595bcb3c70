import { systemActor } from '../access/actor.ts';
import type { Deps } from '../ports/deps.ts';
import type { AlertInput, AlertSink } from '../ports/premises.ts';
import { auditEntry } from '../util/audit.ts';
import type { AlertRecord } from './ports.ts';

/** Topic of a school's alert queue on the live events bus (the guard console and the principal listen to it). */
export const alertTopic = (schoolId: string) => `school:${schoolId}:alerts`;

/**
 * The guard's alert queue as the rest of the system sees it: the camera rules, the visitor desk and the pick-up check
 * raise alerts here. A raise with the dedupe key of an alert still being handled returns that alert instead of a copy,
 * so a stranger standing at the gate for ten minutes is one alert, not six hundred. Raising is a system act, audited.
 */
export function makeAlertSink(deps: Deps): AlertSink {
  return {
    async raise(input: AlertInput) {
      if (input.dedupeKey) {
        const open = await deps.repos.alerts.findOpenByDedupe(input.schoolId, input.dedupeKey);
        if (open) return { id: open.id, created: false };
      }
      const now = deps.clock.now();
      const alert: AlertRecord = {
        id: deps.ids.next(), schoolId: input.schoolId, kind: input.kind, priority: input.priority, status: 'open',
        summaryVi: input.summaryVi, summaryEn: input.summaryEn, cameraId: input.cameraId ?? null, snapshotIds: input.snapshotIds ?? [],
        clipId: input.clipId ?? null, subjectType: input.subject?.type ?? null, subjectId: input.subject?.id ?? null, dedupeKey: input.dedupeKey ?? null,
        raisedAt: now.toISOString(), handledBy: null, handledAt: null, note: null, feedback: null, confirmedBy: null, confirmedAt: null,
      };
      await deps.tx(async (r) => {
        await r.alerts.insertAlert(alert);
        await r.audit.append(auditEntry(systemActor('alerts'), now, 'alert.raised', { kind: 'alert', id: alert.id, schoolId: alert.schoolId },
          { kind: alert.kind, priority: alert.priority, cameraId: alert.cameraId, subject: input.subject ?? null }));
      });
      deps.live.publish(alertTopic(alert.schoolId), { type: 'raised', alertId: alert.id, kind: alert.kind, priority: alert.priority });
      return { id: alert.id, created: true };
    },
  };
}

/** Media found after the raise (the clip needs t+5 s of recording) are attached later; the console refreshes on the event. */
export async function attachAlertMedia(deps: Deps, alertId: string, media: { snapshotIds?: string[]; clipId?: string | null }) {
  const a = await deps.repos.alerts.getAlert(alertId);
  if (!a) return;
  await deps.repos.alerts.updateAlert(alertId, {
    ...(media.snapshotIds ? { snapshotIds: [...new Set([...a.snapshotIds, ...media.snapshotIds])] } : {}),
    ...(media.clipId !== undefined ? { clipId: media.clipId } : {}),
  });
  deps.live.publish(alertTopic(a.schoolId), { type: 'media', alertId });
}
