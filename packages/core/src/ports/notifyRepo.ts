import type { ChannelName, PushSubscriptionRecord } from './notify.ts';
import type { OutboxMessage } from './repositories.ts';

/**
 * An outbox row as the dispatcher sees it. Statuses: pending (due at nextAttemptAt), awaiting (handed to a
 * channel that reports delivery later; due again at the receipt deadline), sent, held (quiet hours/digest),
 * dead (chain exhausted or unusable; an admin may retry), skipped (the guardian opted out of this event).
 */
export interface DispatchRow extends Omit<OutboxMessage, 'status'> {
  status: 'pending' | 'awaiting' | 'sent' | 'held' | 'dead' | 'skipped' | 'failed';
  attempts: number; chain: ChannelName[] | null; chainPos: number; tryNo: number; nextAttemptAt: string;
  leaseOwner: string | null; leaseUntil: string | null; handedAt: string | null; deadReason: string | null; lastError: string | null;
}
export type DispatchPatch = Partial<Pick<DispatchRow, 'status' | 'attempts' | 'chain' | 'chainPos' | 'tryNo' | 'nextAttemptAt' | 'handedAt' | 'deadReason' | 'lastError'>>;

/** One call to one provider. Written with status 'sending' BEFORE the call, finished after it. */
export interface AttemptRecord {
  id: string; outboxId: string; channel: ChannelName; chainPos: number; tryNo: number;
  status: 'sending' | 'accepted' | 'delivered' | 'failed' | 'uncertain' | 'no_receipt';
  providerId: string | null; detail: string | null; startedAt: string; finishedAt: string | null;
}

export interface NotifyRepo {
  /** Leases up to `limit` due rows to `owner` (PostgreSQL: FOR UPDATE SKIP LOCKED). An expired lease is fair game. */
  claimDue(owner: string, now: string, leaseUntil: string, limit: number): Promise<DispatchRow[]>;
  /** Leases one row by id if it is due and unleased (work arriving through NATS). */
  claimOne(id: string, owner: string, now: string, leaseUntil: string): Promise<DispatchRow | undefined>;
  /** Applies the patch and releases the lease, only if `owner` still holds it (a fence against a stale worker). */
  release(id: string, owner: string, patch: DispatchPatch): Promise<boolean>;
  /** Extends a lease still held by `owner` (just before a provider call, so the call has the whole lease). */
  renew(id: string, owner: string, now: string, leaseUntil: string): Promise<boolean>;
  get(id: string): Promise<DispatchRow | undefined>;
  insertAttempt(a: AttemptRecord): Promise<void>;
  /**
   * Fencing: writes the attempt only if `owner` still holds the row's lease at `now`, in one statement.
   * A worker that stalled past its lease (GC, an overloaded machine) finds it lost here and must not call the
   * provider; one that wrote its attempt in time leaves a trace the next owner treats as an orphan.
   */
  insertAttemptIfOwner(a: AttemptRecord, owner: string, now: string): Promise<boolean>;
  finishAttempt(id: string, patch: Pick<AttemptRecord, 'status' | 'providerId' | 'detail' | 'finishedAt'>): Promise<void>;
  attemptsOf(outboxIds: string[]): Promise<AttemptRecord[]>;
  /** For receipts: the attempt a provider's tracking id or message id points at. */
  findAttempt(by: { id?: string; providerId?: string; channel?: ChannelName }): Promise<AttemptRecord | undefined>;
  /** A receipt arrived: settles the row if it is still waiting on that chain position (no lease needed). */
  settleAwaiting(id: string, chainPos: number, patch: Pick<DispatchPatch, 'status' | 'nextAttemptAt'>): Promise<boolean>;
  listDead(limit: number): Promise<DispatchRow[]>;
  /** Dead → pending from the start of a fresh chain (admin retry). */
  revive(id: string, now: string): Promise<boolean>;
  /** Rows that became due (held until the end of quiet hours, or never claimed) for the publisher in NATS mode. */
  dueIds(now: string, limit: number): Promise<string[]>;
  heldForDigest(guardianId: string, until: string): Promise<DispatchRow[]>;
  putPushSubscription(s: PushSubscriptionRecord): Promise<void>;
  pushSubscriptions(guardianId: string): Promise<PushSubscriptionRecord[]>;
  deletePushSubscription(endpoint: string): Promise<void>;
}
