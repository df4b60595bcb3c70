import type { DispatchPatch, DispatchRow } from '../../ports/notifyRepo.ts';
import type { Deps } from '../../ports/deps.ts';
import { localTime } from '../gate/recordPassage.ts';

/**
 * A held event came due at the guardian's digest time: one digest message per guardian per day is enqueued
 * (idempotent key, so two workers racing make one), listing every event held until now; each held row is
 * then marked as carried by the digest.
 */
export async function holdForDigest(deps: Deps, row: DispatchRow, iso: string): Promise<DispatchPatch> {
  const held = await deps.repos.notify.heldForDigest(row.recipient, iso);
  const day = iso.slice(0, 10);
  const lines = held.map((h) => `${localTime(String((h.data as any).at ?? h.createdAt))} ${h.body.replace(/^Con /, '')}`);
  await deps.repos.outbox.enqueue({
    id: deps.ids.next(), idempotencyKey: `digest:${row.recipient}:${day}`, channel: 'auto', recipient: row.recipient, template: 'digest',
    body: lines.join(' · '), data: { summary: lines.join(' · '), count: held.length, carried: held.map((h) => h.id), at: iso },
    status: 'pending', createdAt: iso,
  });
  return { status: 'sent', deadReason: null, lastError: 'carried by digest' };
}
