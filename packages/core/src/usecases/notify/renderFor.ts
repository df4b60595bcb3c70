import { localTime } from '../gate/recordPassage.ts';
import { renderMessage } from '../../notify/templates.ts';
import type { Recipient, RenderedMessage } from '../../ports/notify.ts';
import type { DispatchRow } from '../../ports/notifyRepo.ts';
import type { Repos } from '../../ports/repositories.ts';
import { vnDate } from '../../util/dates.ts';
import type { NotifyPreferences } from '@truongan/contracts';
import { type DispatchRuntime, loadPreferences, loadTemplates } from './runtime.ts';

export interface Addressed { recipient: Recipient; prefs: NotifyPreferences | null; message: RenderedMessage }

/**
 * Who the row goes to and what it says, read at send time so a guardian's new phone number or language
 * applies to messages still waiting. Sign-in codes are addressed to a phone number, not a guardian.
 */
export async function addressRow(repos: Repos, rt: DispatchRuntime, row: DispatchRow): Promise<Addressed> {
  const guardian = /^84\d{9}$/.test(row.recipient) ? undefined : await repos.people.getGuardian(row.recipient);
  const recipient: Recipient = guardian
    ? { guardianId: guardian.id, phone: guardian.phone, email: guardian.email, push: await repos.notify.pushSubscriptions(guardian.id) }
    : { guardianId: null, phone: row.recipient, email: null, push: [] };
  const prefs = guardian ? await loadPreferences(repos, guardian.id) : null;
  const d = row.data as { studentId?: string; at?: string; snapshotId?: string | null; summary?: string };
  const student = d.studentId ? await repos.people.getStudent(d.studentId) : undefined;
  const cls = student?.classId ? await repos.org.getClass(student.classId) : undefined;
  const school = student ? await repos.org.getSchool(student.schoolId) : undefined;
  const at = new Date(d.at ?? row.createdAt);
  const vars = {
    student: student?.fullName ?? '', class: cls?.name ?? '', school: school?.name ?? '', time: localTime(at.toISOString()),
    date: vnDate(at).split('-').reverse().join('/'), summary: d.summary ?? '',
  };
  const link = d.snapshotId && rt.links && guardian ? rt.links.snapshotLink(d.snapshotId, guardian.id, rt.linkTtlMs) : null;
  const message = renderMessage({
    kind: row.template, locale: prefs?.locale ?? 'vi', fallbackBody: row.body, vars, link, data: row.data,
    templates: await loadTemplates(repos, student?.schoolId), znsTemplateIds: rt.znsTemplateIds, sms: rt.sms,
  });
  return { recipient, prefs, message };
}
