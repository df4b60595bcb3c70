import { backoffMs } from '../../notify/backoff.ts';
import { resolveChain } from '../../notify/chain.ts';
import { nextLocalTime, releaseTime } from '../../notify/quietHours.ts';
import type { ChannelName, SendOutcome } from '../../ports/notify.ts';
import type { DispatchPatch, DispatchRow } from '../../ports/notifyRepo.ts';
import type { Deps } from '../../ports/deps.ts';
import { addressRow } from './renderFor.ts';
import type { DispatchRuntime } from './runtime.ts';
import { holdForDigest } from './digest.ts';

const PREFERENCE_EVENTS = new Set(['passage_entry', 'passage_exit', 'late', 'absent', 'announcement']);
export type DispatchResult = 'sent' | 'awaiting' | 'retry' | 'dead' | 'held' | 'skipped' | 'lost_lease';

/**
 * Moves one leased outbox row one step along its channel chain. The attempt is written (status 'sending')
 * BEFORE the provider is called, so a worker killed mid-call leaves a trace the next worker sees: it resends
 * only on a channel whose provider de-duplicates (same dedup key), and otherwise waits for a receipt and then
 * falls back instead of resending blindly.
 */
export async function dispatchMessage(deps: Deps, rt: DispatchRuntime, row: DispatchRow): Promise<DispatchResult> {
  const repos = deps.repos;
  const now = deps.clock.now();
  const iso = now.toISOString();
  const done = async (patch: DispatchPatch, result: DispatchResult): Promise<DispatchResult> =>
    (await repos.notify.release(row.id, rt.owner, patch)) ? result : 'lost_lease';
  const addressed = await addressRow(repos, rt, row);
  const { recipient, prefs } = addressed;

  if (row.chain === null) {
    // First time through: the guardian's choices decide whether, when and how this event goes out.
    if (prefs && PREFERENCE_EVENTS.has(row.template) && !prefs.events.includes(row.template as never)) return done({ status: 'skipped' }, 'skipped');
    if (prefs?.digest && PREFERENCE_EVENTS.has(row.template) && row.status !== 'held') {
      return done({ status: 'held', nextAttemptAt: nextLocalTime(now, prefs.digestAt).toISOString() }, 'held');
    }
    if (row.status === 'held') return done(await holdForDigest(deps, row, iso), 'held');
    const release = releaseTime(now, prefs?.quietHours ?? null);
    if (release > now) return done({ status: 'pending', nextAttemptAt: release.toISOString() }, 'retry');
    const configured = new Set(rt.channels.keys());
    const chain = resolveChain(row.channel, prefs?.channels ?? [], configured).filter((c) => rt.channels.get(c)!.reaches(recipient));
    if (!chain.length) return done({ status: 'dead', chain: [], deadReason: 'no_reachable_channel: người nhận không có kênh nào liên lạc được / recipient has no reachable channel' }, 'dead');
    row = { ...row, chain, chainPos: 0, tryNo: 0 };
  }
  const chain = row.chain!;
  const next = (reason: string): { patch: DispatchPatch; result: DispatchResult } => row.chainPos + 1 >= chain.length
    ? { patch: { status: 'dead', chain, deadReason: `chain_exhausted: ${reason}`, lastError: reason }, result: 'dead' }
    : { patch: { status: 'pending', chain, chainPos: row.chainPos + 1, tryNo: 0, nextAttemptAt: iso, lastError: reason }, result: 'retry' };

  const history = await repos.notify.attemptsOf([row.id]);
  const here = history.filter((a) => a.chainPos === row.chainPos);
  if (row.status === 'awaiting') {
    // The receipt deadline passed with no delivery report: do not trust the channel, try the next one.
    for (const a of here.filter((a) => a.status === 'accepted' || a.status === 'uncertain')) {
      await repos.notify.finishAttempt(a.id, { status: 'no_receipt', providerId: a.providerId, detail: a.detail, finishedAt: iso });
    }
    const n = next(`no_receipt from ${chain[row.chainPos]}`);
    return done(n.patch, n.result);
  }
  const channel = rt.channels.get(chain[row.chainPos]!)!;
  const orphan = here.find((a) => a.status === 'sending');
  if (orphan) await repos.notify.finishAttempt(orphan.id, { status: 'uncertain', providerId: null, detail: 'worker stopped during the call', finishedAt: iso });
  // Any unsettled attempt on this channel — an orphan just found, or one a previous worker marked uncertain
  // and then died before moving the row on — may have reached the provider: wait for its receipt, never resend.
  // The provider accepted it, but the worker died before moving the row on: finish that step, don't resend.
  const accepted = here.find((a) => a.status === 'accepted');
  if (accepted) {
    const handedAt = row.handedAt ?? accepted.finishedAt ?? iso;
    if (channel.providerDedup) return done({ status: 'sent', chain, handedAt }, 'sent');
    const deadline = new Date(new Date(accepted.finishedAt ?? iso).getTime() + rt.policy.receiptTimeoutMs).toISOString();
    return done({ status: 'awaiting', chain, handedAt, nextAttemptAt: deadline }, 'awaiting');
  }
  const unsettled = here.find((a) => a.status === 'sending' || a.status === 'uncertain');
  if (unsettled && !channel.providerDedup) {
    const deadline = new Date(new Date(unsettled.startedAt).getTime() + rt.policy.receiptTimeoutMs).toISOString();
    return done({ status: 'awaiting', chain, nextAttemptAt: deadline, lastError: 'uncertain after crash' }, 'awaiting');
  }

  // Renew the lease right before the call, so the call (capped well below the lease) cannot outlive it and
  // no other worker can take the row over meanwhile. A lease already lost means another worker owns the row.
  const renewAt = deps.clock.now();
  if (!(await repos.notify.renew(row.id, rt.owner, renewAt.toISOString(), new Date(renewAt.getTime() + rt.leaseMs).toISOString()))) return 'lost_lease';
  const attemptId = deps.ids.next();
  const written = await repos.notify.insertAttemptIfOwner({ id: attemptId, outboxId: row.id, channel: channel.name, chainPos: row.chainPos, tryNo: row.tryNo,
    status: 'sending', providerId: null, detail: null, startedAt: iso, finishedAt: null }, rt.owner, deps.clock.now().toISOString());
  if (!written) return 'lost_lease'; // stalled past the lease: the new owner decides, this worker must not call
  let outcome: SendOutcome;
  try {
    outcome = await channel.send({ attemptId, dedupKey: `${row.id}:${channel.name}`, recipient, message: addressed.message });
  } catch (e) {
    outcome = { kind: 'uncertain', reason: `adapter error: ${(e as Error).message}` };
  }
  const after = deps.clock.now().toISOString();
  const base: DispatchPatch = { chain, attempts: row.attempts + 1 };
  const failed = async (status: 'failed' | 'uncertain', detail: string) => repos.notify.finishAttempt(attemptId, { status, providerId: null, detail, finishedAt: after });
  const retry = (reason: string, hintMs?: number) => {
    if (row.tryNo + 1 >= rt.policy.triesPerChannel) return next(`${channel.name}: ${reason}`);
    const wait = backoffMs(row.tryNo + 1, rt.policy, rt.random, hintMs);
    return { patch: { status: 'pending', chainPos: row.chainPos, tryNo: row.tryNo + 1, nextAttemptAt: new Date(Date.parse(after) + wait).toISOString(), lastError: reason } as DispatchPatch, result: 'retry' as DispatchResult };
  };
  let step: { patch: DispatchPatch; result: DispatchResult };
  switch (outcome.kind) {
    case 'accepted': {
      await repos.notify.finishAttempt(attemptId, { status: 'accepted', providerId: outcome.providerId, detail: outcome.detail ?? null, finishedAt: after });
      const handedAt = row.handedAt ?? after;
      step = outcome.awaitReceipt
        ? { patch: { status: 'awaiting', handedAt, nextAttemptAt: new Date(Date.parse(after) + rt.policy.receiptTimeoutMs).toISOString() }, result: 'awaiting' }
        : { patch: { status: 'sent', handedAt }, result: 'sent' };
      break;
    }
    case 'retry': await failed('failed', outcome.reason); step = retry(outcome.reason, outcome.retryAfterMs); break;
    case 'fallback': await failed('failed', outcome.reason); step = next(`${channel.name}: ${outcome.reason}`); break;
    case 'give_up': await failed('failed', outcome.reason); step = { patch: { status: 'dead', deadReason: `${channel.name}: ${outcome.reason}` }, result: 'dead' }; break;
    case 'uncertain':
      await failed('uncertain', outcome.reason);
      step = channel.providerDedup ? retry(outcome.reason)
        : { patch: { status: 'awaiting', nextAttemptAt: new Date(Date.parse(after) + rt.policy.receiptTimeoutMs).toISOString(), lastError: outcome.reason }, result: 'awaiting' };
      break;
  }
  return done({ ...base, ...step.patch }, step.result);
}

export type { ChannelName };
