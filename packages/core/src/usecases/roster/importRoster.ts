import type { Guardian, RosterImportResult } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { invalidInput, notFound } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { Repos } from '../../ports/repositories.ts';
import { auditEntry } from '../../util/audit.ts';
import { vnDate } from '../../util/dates.ts';
import { CLASS_PATTERN } from './cells.ts';
import { planRoster, type PlannedStudent } from './planRoster.ts';
import type { RawRoster } from './rawRoster.ts';
import { validateRoster } from './validateRoster.ts';

export interface RosterProgress { phase: 'validate' | 'match' | 'write'; done: number; total: number }
export interface ImportRosterInput extends RawRoster {
  schoolId: string;
  dryRun: boolean;
  /** Create missing classes named like 10A1 in the current school year instead of reporting unknown_class. */
  createClasses?: boolean;
  /** File name or other note for the audit entry. */
  source?: string;
  onProgress?: (p: RosterProgress) => void;
  /** Rows per progress step inside the write transaction. */
  batchSize?: number;
}

/**
 * Imports a school's roster. A dry run reads only and returns every problem with the counts the import would have;
 * a real run with any problem writes nothing. Writing happens in ONE transaction (reported in batches): a crash or a
 * database error halfway leaves no half roster and no write without its audit entry. The price: on SQLite other
 * requests wait for the write phase, ~1.5 s for 3,000 new pupils and near zero for a re-import (docs/roster-import.md).
 */
export async function importRoster(deps: Deps, actor: Actor, input: ImportRosterInput): Promise<RosterImportResult> {
  const located = await requireAccess(deps.repos.locator, actor, 'roster.import', [{ kind: 'school', id: input.schoolId }]);
  if (!located.has(`school:${input.schoolId}`)) throw notFound('trường / school');
  const progress = input.onProgress ?? (() => {});
  const now = deps.clock.now();
  const today = vnDate(now);
  const year = await deps.repos.org.currentSchoolYear(input.schoolId, today);
  if (input.createClasses && !year) throw invalidInput('Trường chưa có năm học hiện tại để tạo lớp / The school has no current school year to create classes in');
  const classes = year ? (await deps.repos.org.listClasses(input.schoolId)).filter((c) => c.schoolYearId === year.id) : [];

  progress({ phase: 'validate', done: 0, total: input.rows.length });
  const valid = validateRoster(input, { today, classNames: classes.map((c) => c.name), createClasses: input.createClasses });
  progress({ phase: 'validate', done: input.rows.length, total: input.rows.length });

  const classIds = new Map(classes.map((c) => [c.name, c.id]));
  const newClasses = valid.newClasses.map((name) => ({ id: deps.ids.next(), schoolId: input.schoolId, schoolYearId: year!.id, name,
    grade: Number(CLASS_PATTERN.exec(name)![1]), homeroomTeacherId: null }));
  for (const c of newClasses) classIds.set(c.name, c.id);

  progress({ phase: 'match', done: 0, total: valid.rows.length });
  const existing = await deps.repos.people.listStudents({ schoolId: input.schoolId });
  const guardiansByPhone = await knownGuardians(deps, existing.flatMap((s) => s.guardians), valid.rows.flatMap((r) => r.guardians.map((g) => g.phone)));
  const plan = planRoster({ schoolId: input.schoolId, rows: valid.rows, existing, guardiansByPhone, classIds, newId: () => deps.ids.next() });
  progress({ phase: 'match', done: valid.rows.length, total: valid.rows.length });

  const problems = [...valid.problems, ...plan.problems].sort((a, b) => a.line - b.line);
  const count = (c: PlannedStudent['change']) => plan.students.filter((s) => s.change === c).length;
  const result: RosterImportResult = {
    dryRun: input.dryRun, rows: input.rows.length, valid: plan.students.length, problems,
    created: count('create'), updated: count('update'), unchanged: count('unchanged'),
    guardiansCreated: plan.newGuardians.length, classesCreated: newClasses.length,
  };
  // All or nothing: a file with problems is fixed and imported again, never imported in part.
  if (input.dryRun || problems.length > 0) {
    return problems.length > 0 && !input.dryRun ? { ...result, created: 0, updated: 0, unchanged: 0, guardiansCreated: 0, classesCreated: 0 } : result;
  }

  const toWrite = plan.students.filter((s) => s.change !== 'unchanged');
  const batch = Math.max(1, input.batchSize ?? 250);
  const newGuardians = new Map(plan.newGuardians.map((g) => [g.id, g]));
  await deps.tx(async (r) => {
    for (const c of newClasses) await r.org.upsertClass(c);
    for (let i = 0; i < toWrite.length; i += batch) {
      for (const s of toWrite.slice(i, i + batch)) await writeStudent(r, s, newGuardians);
      progress({ phase: 'write', done: Math.min(i + batch, toWrite.length), total: toWrite.length });
    }
    await r.audit.append(auditEntry(actor, now, 'roster.imported', { kind: 'school', id: input.schoolId, schoolId: input.schoolId }, {
      source: input.source?.slice(0, 200) ?? null, rows: result.rows, created: result.created, updated: result.updated,
      unchanged: result.unchanged, guardiansCreated: result.guardiansCreated, classesCreated: result.classesCreated,
    }));
  });
  if (toWrite.length === 0) progress({ phase: 'write', done: 0, total: 0 });
  return result;
}

/** A new guardian is inserted by the first student that links it; later rows (siblings) only link. */
async function writeStudent(r: Repos, s: PlannedStudent, newGuardians: Map<string, Guardian>) {
  await r.people.upsertStudent(s.student);
  for (const l of s.links) {
    const g = newGuardians.get(l.guardianId);
    if (g) { await r.people.upsertGuardian(g); newGuardians.delete(l.guardianId); }
    await r.people.linkGuardian({ guardianId: l.guardianId, studentId: s.student.id, relationship: l.relationship, isPrimary: l.isPrimary });
  }
  for (const guardianId of s.unlinks) await r.people.unlinkGuardian(guardianId, s.student.id);
}

/** Guardians by phone: those already linked to the school's students come free; other phones are looked up across the database. */
async function knownGuardians(deps: Deps, linked: Guardian[], phones: Array<string | null>): Promise<Map<string, Guardian>> {
  const out = new Map<string, Guardian>();
  for (const g of linked) if (g.phone && !out.has(g.phone)) out.set(g.phone, g);
  for (const p of new Set(phones)) {
    if (!p || out.has(p)) continue;
    const g = await deps.repos.people.findGuardianByPhone(p);
    if (g) out.set(p, g);
  }
  return out;
}
