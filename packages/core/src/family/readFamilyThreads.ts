import type { FamilyMessage, FamilyThread, FamilyThreadSummary, LedgerEntry } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { actorHoldsAnywhere } from '../access/requireAccess.ts';
import { forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import type { ThreadRecord } from './familyRepo.ts';
import { guardianOf, messagingScopes, threadViewer } from './familyAccess.ts';

async function summaries(deps: Deps, threads: ThreadRecord[], guardianId?: string): Promise<FamilyThreadSummary[]> {
  const stats = await deps.repos.family.stats(threads.map((t) => t.id), guardianId);
  return threads.map((t) => {
    const s = stats.get(t.id)!;
    return { id: t.id, schoolId: t.schoolId, classId: t.classId, studentId: t.studentId, audienceKind: t.audienceKind, audienceLabel: t.audienceLabel,
      subject: t.subject, createdByName: t.createdByName, createdAt: t.createdAt, lastAt: t.lastAt, members: s.members, unread: s.unread, replies: s.replies };
  });
}

/**
 * The threads the actor may see: a guardian's own conversations, or for staff every thread of the classes and
 * schools where they may message families (the principal sees the whole school's).
 */
export async function listFamilyThreads(deps: Deps, actor: Actor, input: { limit?: number } = {}): Promise<FamilyThreadSummary[]> {
  const limit = Math.min(input.limit ?? 100, 300);
  const g = await guardianOf(deps, actor);
  if (g) return summaries(deps, await deps.repos.family.threadsOfGuardian(g.id, limit), g.id);
  if (!actorHoldsAnywhere(actor, 'messages.send')) throw forbidden();
  return summaries(deps, await deps.repos.family.listThreads(messagingScopes(actor), limit));
}

/**
 * One thread with the messages the actor may read. A guardian sees the school's messages to everyone and to
 * their own family, and their own replies — never another family's — and opening it marks them read.
 * Staff see every message with its read receipts (first read time per recipient).
 */
export async function openFamilyThread(deps: Deps, actor: Actor, threadId: string): Promise<FamilyThread> {
  const thread = await deps.repos.family.getThread(threadId);
  const viewer = await threadViewer(deps, actor, thread);
  const all = await deps.repos.family.messages(threadId);
  const mine = viewer.staff ? all : all.filter((m) => m.guardianId === null || m.guardianId === viewer.guardianId);
  if (!viewer.staff) await deps.repos.family.markRead(threadId, viewer.guardianId!, deps.clock.now().toISOString());
  let receipts = new Map<string, FamilyMessage['receipts']>();
  if (viewer.staff) {
    const rows = await deps.repos.family.receipts(mine.filter((m) => m.authorKind === 'staff').map((m) => m.id));
    const names = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.guardianId))) names.set(id, (await deps.repos.people.getGuardian(id))?.fullName ?? '—');
    receipts = new Map(mine.map((m) => [m.id, rows.filter((r) => r.messageId === m.id).map((r) => ({ guardianId: r.guardianId, guardianName: names.get(r.guardianId)!, readAt: r.readAt }))]));
  }
  const [summary] = await summaries(deps, [thread!], viewer.guardianId ?? undefined);
  return {
    ...summary!,
    messages: mine.map((m) => ({ id: m.id, threadId: m.threadId, authorKind: m.authorKind, authorName: m.authorName, guardianId: m.guardianId, body: m.body,
      createdAt: m.createdAt, verifyCode: m.verifyCode, ...(viewer.staff && m.authorKind === 'staff' ? { receipts: receipts.get(m.id) ?? [] } : {}) })),
  };
}

/** Scam defence: every official message the school sent this guardian, with its verification code. */
export async function familyLedger(deps: Deps, actor: Actor): Promise<LedgerEntry[]> {
  const g = await guardianOf(deps, actor);
  if (!g) throw forbidden('Chỉ dành cho phụ huynh / For guardians only');
  const rows = await deps.repos.family.ledger(g.id, 500);
  const schools = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.schoolId))) schools.set(id, (await deps.repos.org.getSchool(id))?.name ?? '');
  return rows.map((r) => ({ messageId: r.id, threadId: r.threadId, schoolName: schools.get(r.schoolId)!, authorName: r.authorName, subject: r.subject, body: r.body,
    verifyCode: r.verifyCode!, createdAt: r.createdAt, readAt: r.readAt }));
}
