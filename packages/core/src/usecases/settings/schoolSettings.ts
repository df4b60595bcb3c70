import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';

/** School settings live in the database, validated here, versioned, and every change is audited. */
export const SCHOOL_SETTINGS = {
  'attendance.lateAfterMinutes': z.number().int().min(0).max(120).default(1),
  'attendance.absentAfterMinutes': z.number().int().min(1).max(240).default(15),
  'retention.snapshotDays': z.number().int().min(1).max(90).default(30),
  'retention.unknownFaceDays': z.number().int().min(1).max(30).default(14),
  'school.hotline': z.string().regex(/^[0-9 ]{3,15}$/).nullable().default(null),
} as const;
export type SchoolSettingKey = keyof typeof SCHOOL_SETTINGS;

export async function getSchoolSettings(deps: Deps, actor: Actor, schoolId: string) {
  await requireAccess(deps.repos.locator, actor, 'school.read', [{ kind: 'school', id: schoolId }]);
  const stored = new Map((await deps.repos.settings.list(schoolId)).map((s) => [s.key, s]));
  return Object.entries(SCHOOL_SETTINGS).map(([key, schema]) => {
    const s = stored.get(key);
    return { key, value: s ? s.value : schema.parse(undefined), version: s?.version ?? 0, updatedAt: s?.updatedAt ?? null };
  });
}

export async function changeSchoolSetting(deps: Deps, actor: Actor, input: { schoolId: string; key: string; value: unknown; expectedVersion?: number }) {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const schema = SCHOOL_SETTINGS[input.key as SchoolSettingKey];
  if (!schema) throw invalidInput(`Không có cài đặt "${input.key}" / Unknown setting`, [{ path: 'key', message: 'unknown setting' }]);
  const parsed = schema.safeParse(input.value);
  if (!parsed.success) throw invalidInput('Giá trị không hợp lệ / Invalid value', parsed.error.issues.map((i) => ({ path: 'value', message: i.message })));
  const now = deps.clock.now();
  return deps.tx(async (r) => {
    const current = await r.settings.get(input.schoolId, input.key);
    const version = (current?.version ?? 0) + 1;
    if (input.expectedVersion !== undefined && input.expectedVersion !== (current?.version ?? 0)) {
      throw invalidInput('Cài đặt vừa được người khác thay đổi, hãy tải lại / The setting changed meanwhile, reload');
    }
    await r.settings.put({ scopeId: input.schoolId, key: input.key, value: parsed.data, version, updatedBy: actor.userId, updatedAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'settings.changed', { kind: 'school', id: input.schoolId, schoolId: input.schoolId },
      { key: input.key, from: current?.value ?? null, to: parsed.data, version }));
    return { key: input.key, value: parsed.data, version };
  });
}
