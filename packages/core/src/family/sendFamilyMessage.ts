import { NewFamilyMessage, NewFamilyThread, type FamilyAudience } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { forbidden, invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import type { Repos } from '../ports/repositories.ts';
import type { MessageRecord, ThreadRecord } from './familyRepo.ts';
import { threadViewer } from './familyAccess.ts';
import { newVerifyCode } from './verifyCode.ts';

interface Member { guardianId: string; studentId: string | null }

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, v: unknown): T {
  const r = schema.safeParse(v);
  if (!r.success) throw invalidInput('Tin nhắn không hợp lệ / Invalid message', r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return r.data;
}

/** Resolves an audience to its school, class and member families, after checking the sender may reach them. */
async function resolveAudience(deps: Deps, actor: Actor, a: FamilyAudience) {
  const { people, org } = deps.repos;
  if (a.kind === 'guardian') {
    await requireAccess(deps.repos.locator, actor, 'messages.send', [{ kind: 'student', id: a.studentId }]);
    const student = (await people.getStudent(a.studentId))!;
    const g = (await people.guardiansOf(a.studentId)).find((x) => x.id === a.guardianId);
    if (!g) throw forbidden();
    return { schoolId: student.schoolId, classId: student.classId, studentId: student.id, label: `${g.fullName} (${student.fullName})`,
      members: [{ guardianId: g.id, studentId: student.id }] };
  }
  if (a.kind === 'class') {
    await requireAccess(deps.repos.locator, actor, 'messages.send', [{ kind: 'class', id: a.classId }]);
    const cls = (await org.getClass(a.classId))!;
    return { schoolId: cls.schoolId, classId: cls.id, studentId: null, label: `Lớp ${cls.name}`, members: await familiesOf(deps.repos, cls.schoolId, [cls.id]) };
  }
  await requireAccess(deps.repos.locator, actor, 'messages.send', [{ kind: 'school', id: a.schoolId }]);
  const school = (await org.getSchool(a.schoolId))!;
  return { schoolId: school.id, classId: null, studentId: null, label: school.name, members: await familiesOf(deps.repos, school.id) };
}

/** Every guardian of the students (once each, with the first child found, which names the school in notifications). */
async function familiesOf(repos: Repos, schoolId: string, classIds?: string[]): Promise<Member[]> {
  const students = (await repos.people.listStudents({ schoolId, classIds })).filter((s) => s.status === 'active');
  const members = new Map<string, Member>();
  for (const s of students) for (const g of await repos.people.guardiansOf(s.id)) if (!members.has(g.id)) members.set(g.id, { guardianId: g.id, studentId: s.id });
  return [...members.values()];
}

/**
 * Writes an official message and, in the same transaction, one outbox row per recipient family (template
 * `announcement`), so every guardian is told through their own channels and nothing is sent twice.
 */
async function writeOfficial(deps: Deps, r: Repos, thread: ThreadRecord, m: MessageRecord, recipients: Member[], schoolName: string) {
  await r.family.insertMessage(m, recipients.map((x) => x.guardianId));
  await r.family.touchThread(thread.id, m.createdAt);
  const short = m.body.length > 280 ? `${m.body.slice(0, 277)}…` : m.body;
  for (const x of recipients) {
    await r.outbox.enqueue({
      id: deps.ids.next(), idempotencyKey: `announcement:${m.id}:${x.guardianId}`, channel: 'auto', recipient: x.guardianId, template: 'announcement',
      body: `${schoolName} – ${m.authorName}: ${thread.subject}. ${short} Mã xác thực: ${m.verifyCode}`,
      data: { messageId: m.id, threadId: thread.id, guardianId: x.guardianId, studentId: x.studentId, verifyCode: m.verifyCode, at: m.createdAt },
      status: 'pending', createdAt: m.createdAt,
    });
  }
}

/** A teacher or the principal starts a conversation with one family, a class, or the whole school. */
export async function startFamilyThread(deps: Deps, actor: Actor, input: unknown): Promise<{ threadId: string; messageId: string; recipients: number; verifyCode: string }> {
  const body = parse(NewFamilyThread, input);
  const aud = await resolveAudience(deps, actor, body.audience);
  if (!aud.members.length) throw invalidInput('Không có phụ huynh nào nhận tin này / Nobody would receive this message');
  const school = (await deps.repos.org.getSchool(aud.schoolId))!;
  const at = deps.clock.now().toISOString();
  const thread: ThreadRecord = { id: deps.ids.next(), schoolId: aud.schoolId, classId: aud.classId, studentId: aud.studentId, audienceKind: body.audience.kind,
    audienceLabel: aud.label, subject: body.subject, createdBy: actor.userId, createdByName: actor.displayName, createdAt: at, lastAt: at };
  const msg: MessageRecord = { id: deps.ids.next(), threadId: thread.id, authorKind: 'staff', authorId: actor.userId, authorName: actor.displayName,
    guardianId: null, body: body.body, verifyCode: newVerifyCode((n) => deps.secrets.randomDigits(n)), createdAt: at };
  await deps.tx(async (r) => {
    await r.family.insertThread(thread, aud.members);
    await writeOfficial(deps, r, thread, msg, aud.members, school.name);
  });
  return { threadId: thread.id, messageId: msg.id, recipients: aud.members.length, verifyCode: msg.verifyCode! };
}

/**
 * A message in an existing thread. A guardian's reply is private to their family and the school's staff.
 * Staff may answer everyone in the thread or one family (toGuardianId); staff messages are official and notified.
 */
export async function postFamilyMessage(deps: Deps, actor: Actor, input: { threadId: string; message: unknown }): Promise<{ messageId: string }> {
  const thread = await deps.repos.family.getThread(input.threadId);
  const viewer = await threadViewer(deps, actor, thread);
  const body = parse(NewFamilyMessage, input.message);
  const at = deps.clock.now().toISOString();
  const id = deps.ids.next();
  if (!viewer.staff) {
    if (body.toGuardianId) throw invalidInput('Phụ huynh chỉ trả lời nhà trường / Guardians reply to the school only');
    const g = (await deps.repos.people.getGuardian(viewer.guardianId!))!;
    await deps.tx(async (r) => {
      await r.family.insertMessage({ id, threadId: thread!.id, authorKind: 'guardian', authorId: actor.userId, authorName: g.fullName, guardianId: g.id,
        body: body.body, verifyCode: null, createdAt: at }, []);
      await r.family.touchThread(thread!.id, at);
    });
    return { messageId: id };
  }
  const members = await deps.repos.family.members(thread!.id);
  const recipients = body.toGuardianId ? members.filter((m) => m.guardianId === body.toGuardianId) : members;
  if (!recipients.length) throw invalidInput('Phụ huynh này không ở trong cuộc trao đổi / This guardian is not in the conversation');
  const school = (await deps.repos.org.getSchool(thread!.schoolId))!;
  const msg: MessageRecord = { id, threadId: thread!.id, authorKind: 'staff', authorId: actor.userId, authorName: actor.displayName,
    guardianId: body.toGuardianId ?? null, body: body.body, verifyCode: newVerifyCode((n) => deps.secrets.randomDigits(n)), createdAt: at };
  await deps.tx((r) => writeOfficial(deps, r, thread!, msg, recipients, school.name));
  return { messageId: id };
}
