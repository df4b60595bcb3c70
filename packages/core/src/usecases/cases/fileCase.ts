import { createHash, randomInt } from 'node:crypto';
import type { CaseCategory, CasePriority, CaseSource } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { CATEGORY_POLICY, caseClocks, DEFAULT_REPORTER_AUDIENCES, defaultDistribution } from '../../cases/policy.ts';
import { DomainError, forbidden, invalidInput } from '../../errors.ts';
import type { CaseRecord } from '../../ports/cases.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { signalCase } from './caseEvents.ts';
import { writeEscalation } from './escalation.ts';

/** Unambiguous characters only: a code is read out over the phone and typed on a phone. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const pick = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
export const newTrackingCode = () => `TA-${pick(4)}-${pick(4)}`;
/** 4 groups of 4 from 32 symbols = 80 bits: not guessable even without the per-code throttle. */
export const newPassphrase = () => Array.from({ length: 4 }, () => pick(4).toLowerCase()).join('-');

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export interface NewCase {
  schoolId: string; source: CaseSource; category: CaseCategory; what: string; where?: string; when?: string; priority?: CasePriority;
  reporter: { kind: 'anonymous' } | { kind: 'named'; name: string | null; phone: string | null; userId: string | null };
  subject?: string; subjectStudentId?: string | null;
  attachments?: Array<{ name: string; type: string; dataBase64: string }>;
  /** Public and member reports get a code and passphrase for the anonymous follow-up chat. */
  withPassphrase: boolean;
}

/** Type, size and EXIF/GPS scrubbing for every photo, from the public form or from staff. */
export async function scrubAttachments(deps: Deps, list: NewCase['attachments'] = []) {
  const out: Array<{ name: string; type: string; data: Uint8Array }> = [];
  for (const [i, a] of list.entries()) {
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(a.type)) {
      throw invalidInput(`Chỉ nhận ảnh JPEG, PNG, WebP, HEIC / Only JPEG, PNG, WebP or HEIC images are accepted`, [{ path: `attachments.${i}.type`, message: `got ${a.type}` }]);
    }
    const raw = Buffer.from(a.dataBase64, 'base64');
    if (raw.length > MAX_ATTACHMENT_BYTES) throw new DomainError('payload_too_large', `Ảnh quá 5 MB / An image is over 5 MB (attachment ${i + 1})`);
    if (!deps.media) throw invalidInput('Máy chủ chưa hỗ trợ nhận ảnh / This server cannot accept images');
    // Re-encoding drops EXIF and GPS; a file that is not really an image fails here and is refused.
    const clean = await deps.media.scrubImage(raw, a.type).catch(() => { throw invalidInput('Tệp không phải ảnh hợp lệ / Not a valid image', [{ path: `attachments.${i}`, message: 'unreadable image' }]); });
    out.push({ name: a.name, type: clean.type, data: clean.data });
  }
  return out;
}

/**
 * Files a case from any channel. Abuse and grooming are escalated in the same transaction (Decree 56/2017 Art 25):
 * there is no moment at which such a case exists without the ward police and People's Committee on it.
 */
export async function fileCase(deps: Deps, actor: Actor, input: NewCase): Promise<{ caseId: string; code: string; passphrase: string | null; suggest111: boolean }> {
  const loc = (await deps.repos.locator.locate([{ kind: 'school', id: input.schoolId }])).get(`school:${input.schoolId}`);
  if (!loc?.schoolId) throw forbidden('Không tìm thấy trường / Unknown school');
  const files = await scrubAttachments(deps, input.attachments);
  const schoolName = (await deps.repos.org.getSchool(loc.schoolId))?.name ?? '';
  const now = deps.clock.now();
  const at = now.toISOString();
  const policy = CATEGORY_POLICY[input.category];
  const passphrase = input.withPassphrase ? newPassphrase() : null;
  const { secrets } = deps;
  const reporter = input.reporter.kind === 'named' ? input.reporter : null;
  const record: CaseRecord = {
    id: deps.ids.next(), code: newTrackingCode(), schoolId: loc.schoolId, wardId: loc.wardId, provinceId: loc.provinceId,
    source: input.source, category: input.category, status: 'new', priority: input.priority ?? policy.priority,
    confidentiality: policy.confidentiality, distribution: defaultDistribution(input.category), reporterVisibleTo: DEFAULT_REPORTER_AUDIENCES,
    reporterKind: input.reporter.kind, reporterSealed: reporter ? secrets.sealText(JSON.stringify(reporter)) : null,
    reporterDigest: reporter?.userId ? secrets.digest(`reporter:${reporter.userId}`) : null,
    passphraseHash: passphrase ? await deps.passwords.hash(passphrase) : null,
    descriptionSealed: secrets.sealText(input.what), locationSealed: input.where ? secrets.sealText(input.where) : null, occurredAt: input.when ?? null,
    subjectSealed: input.subject ? secrets.sealText(input.subject) : null, subjectUserId: null, subjectStudentId: input.subjectStudentId ?? null,
    assigneeId: null, ...caseClocks(input.category, now), firstResponseAt: null, resolvedAt: null, closedAt: null, closeReason: null,
    createdBy: actor.userId, createdAt: at, updatedAt: at,
  };
  await deps.tx(async (r) => {
    await r.cases.insertCase(record);
    for (const f of files) {
      await r.cases.insertAttachment({ id: deps.ids.next(), caseId: record.id, name: f.name, type: f.type, size: f.data.length,
        sha256: createHash('sha256').update(f.data).digest('hex'), dataSealed: secrets.seal(f.data), createdBy: actor.userId, createdAt: at });
    }
    await r.audit.append(auditEntry(actor, now, 'case.created', { kind: 'case', id: record.id, schoolId: record.schoolId }, { source: record.source, category: record.category }));
    // Abuse and grooming: the agencies, the event and the officers' messages are written with the case itself.
    if (policy.escalate) await writeEscalation(deps, r, actor, record, { now, existing: [], interventionDueAt: record.interventionDueAt!, trigger: 'filed', schoolName });
  });
  signalCase(deps, record, { type: policy.escalate ? 'escalated' : 'created', caseId: record.id, interventionDueAt: record.interventionDueAt });
  return { caseId: record.id, code: record.code, passphrase, suggest111: policy.suggest111 };
}
