import { BulletinInput, SchoolContactInput, type Bulletin, type SchoolContact, type VerifyAnswer } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { canonicalCode, phoneKey } from './verifyCode.ts';

const ROLE_LABEL: Record<string, string> = {
  hotline: 'Đường dây nóng của trường / School hotline', principal: 'Ban giám hiệu / Principal', homeroom_teacher: 'Giáo viên chủ nhiệm / Homeroom teacher',
  staff: 'Cán bộ nhà trường / School staff', security: 'Bảo vệ / Security',
};
const NOT_REGISTERED: VerifyAnswer = { registered: false, kind: null, schoolName: null, schoolHotline: null, label: null, role: null, sentAt: null };

/**
 * The public "verify a caller" check: is this number a contact the school registered, or this code one printed
 * under an official message? Answers only the school, the role and when — never a message's content or a
 * family's name — so the page is safe to leave open to anyone (the HTTP edge rate-limits it).
 */
export async function verifyCaller(deps: Deps, input: { value: string }): Promise<VerifyAnswer> {
  const code = /[a-z]/i.test(input.value) ? canonicalCode(input.value) : null;
  if (code) {
    const m = await deps.repos.family.messageByCode(code);
    if (!m || m.authorKind !== 'staff') return { ...NOT_REGISTERED, kind: 'code' };
    const school = await deps.repos.org.getSchool(m.schoolId);
    return { registered: true, kind: 'code', schoolName: school?.name ?? null, schoolHotline: school?.hotline ?? null, label: m.authorName, role: null, sentAt: m.createdAt };
  }
  const key = phoneKey(input.value);
  if (!key) throw invalidInput('Hãy nhập số điện thoại hoặc mã xác thực / Enter a phone number or a verification code');
  const [c] = await deps.repos.family.contactsByPhone(key);
  if (!c) return { ...NOT_REGISTERED, kind: 'phone' };
  const school = await deps.repos.org.getSchool(c.schoolId);
  return { registered: true, kind: 'phone', schoolName: school?.name ?? null, schoolHotline: school?.hotline ?? null, label: c.label, role: ROLE_LABEL[c.role] ?? c.role, sentAt: null };
}

export async function listSchoolContacts(deps: Deps, actor: Actor, schoolId: string): Promise<SchoolContact[]> {
  await requireAccess(deps.repos.locator, actor, 'school.read', [{ kind: 'school', id: schoolId }]);
  const order = Object.keys(ROLE_LABEL);
  return (await deps.repos.family.contacts(schoolId)).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role)).map((c) => ({ id: c.id, schoolId: c.schoolId, phone: c.phone, label: c.label, role: c.role as SchoolContact['role'], createdAt: c.createdAt }));
}

/** The principal registers a number parents may be called from (hotline, staff). Audited as a settings change. */
export async function addSchoolContact(deps: Deps, actor: Actor, input: { schoolId: string; contact: unknown }): Promise<SchoolContact> {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const p = SchoolContactInput.safeParse(input.contact);
  if (!p.success) throw invalidInput('Liên hệ không hợp lệ / Invalid contact', p.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const key = phoneKey(p.data.phone);
  if (!key) throw invalidInput('Số điện thoại không hợp lệ / Invalid phone number', [{ path: 'phone', message: 'phone' }]);
  const now = deps.clock.now();
  const rec = { id: deps.ids.next(), schoolId: input.schoolId, phoneKey: key, phone: p.data.phone, label: p.data.label, role: p.data.role, createdAt: now.toISOString() };
  await deps.tx(async (r) => {
    if (!(await r.family.insertContact(rec))) throw invalidInput('Số này đã được đăng ký / This number is already registered', [{ path: 'phone', message: 'duplicate' }]);
    await r.audit.append(auditEntry(actor, now, 'settings.changed', { kind: 'school', id: input.schoolId, schoolId: input.schoolId }, { key: 'family.contacts', added: p.data.phone }));
  });
  return { id: rec.id, schoolId: rec.schoolId, phone: rec.phone, label: rec.label, role: p.data.role, createdAt: rec.createdAt };
}

export async function removeSchoolContact(deps: Deps, actor: Actor, input: { schoolId: string; id: string }) {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.family.deleteContact(input.schoolId, input.id);
    await r.audit.append(auditEntry(actor, now, 'settings.changed', { kind: 'school', id: input.schoolId, schoolId: input.schoolId }, { key: 'family.contacts', removed: input.id }));
  });
}

/** Public: the newest warnings of every school (or one school), for the verify page. */
export async function publicBulletins(deps: Deps, input: { schoolId?: string } = {}): Promise<Bulletin[]> {
  const rows = await deps.repos.family.bulletins(input.schoolId ? { schoolIds: [input.schoolId] } : {}, 20);
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((b) => b.schoolId))) names.set(id, (await deps.repos.org.getSchool(id))?.name ?? '');
  return rows.map((b) => ({ id: b.id, schoolId: b.schoolId, schoolName: names.get(b.schoolId)!, kind: b.kind as Bulletin['kind'], title: b.title, body: b.body,
    publishedBy: b.publishedBy, publishedAt: b.publishedAt }));
}

/** The principal warns families about a scam going round (fake teacher, fake police, "your child is in hospital"). */
export async function publishBulletin(deps: Deps, actor: Actor, input: { schoolId: string; bulletin: unknown }): Promise<Bulletin> {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const p = BulletinInput.safeParse(input.bulletin);
  if (!p.success) throw invalidInput('Cảnh báo không hợp lệ / Invalid bulletin', p.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const now = deps.clock.now();
  const rec = { id: deps.ids.next(), schoolId: input.schoolId, ...p.data, publishedBy: actor.displayName, publishedAt: now.toISOString() };
  await deps.tx(async (r) => {
    await r.family.insertBulletin(rec);
    await r.audit.append(auditEntry(actor, now, 'settings.changed', { kind: 'school', id: input.schoolId, schoolId: input.schoolId }, { key: 'family.bulletins', added: rec.id }));
  });
  const school = await deps.repos.org.getSchool(input.schoolId);
  return { ...rec, schoolName: school?.name ?? '' };
}

export async function removeBulletin(deps: Deps, actor: Actor, input: { schoolId: string; id: string }) {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.family.deleteBulletin(input.schoolId, input.id);
    await r.audit.append(auditEntry(actor, now, 'settings.changed', { kind: 'school', id: input.schoolId, schoolId: input.schoolId }, { key: 'family.bulletins', removed: input.id }));
  });
}
