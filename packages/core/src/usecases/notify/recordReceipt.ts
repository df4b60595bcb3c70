import type { ChannelName } from '../../ports/notify.ts';
import type { Deps } from '../../ports/deps.ts';

/**
 * A provider reports what happened to a message (Zalo's user_received_message event, an SMS gateway's
 * delivery callback). Delivered: the attempt and its message are done, and the receipt deadline no longer
 * triggers a fallback. Failed: the deadline is brought forward so the next channel is tried at once.
 */
export async function recordReceipt(deps: Deps, r: { channel: ChannelName; trackingId?: string; providerId?: string; delivered: boolean; detail?: string }): Promise<{ matched: boolean }> {
  const attempt = await deps.repos.notify.findAttempt({ id: r.trackingId, providerId: r.providerId, channel: r.channel });
  if (!attempt) return { matched: false };
  const now = deps.clock.now().toISOString();
  await deps.repos.notify.finishAttempt(attempt.id, { status: r.delivered ? 'delivered' : 'failed', providerId: attempt.providerId ?? r.providerId ?? null, detail: r.detail ?? null, finishedAt: now });
  await deps.repos.notify.settleAwaiting(attempt.outboxId, attempt.chainPos, r.delivered ? { status: 'sent' } : { status: 'awaiting', nextAttemptAt: now });
  return { matched: true };
}
