import type { Guardian, Relationship, RosterProblem, RosterRow, Student, StudentView } from '@truongan/contracts';
import { fold } from './rawRoster.ts';

export interface PlannedLink { guardianId: string; relationship: Relationship; isPrimary: boolean }
/** `unlinks`: guardians linked today that the file no longer lists (a corrected phone): they lose access to the child. */
export interface PlannedStudent { line: number; student: Student; change: 'create' | 'update' | 'unchanged'; links: PlannedLink[]; unlinks: string[] }
export interface RosterPlan {
  students: PlannedStudent[];
  /** Guardians to insert: a phone seen for the first time in the whole database, or a phone-less guardian new to the student. */
  newGuardians: Guardian[];
  /** Rows that would land on a student another row already took: reported, never merged. */
  problems: RosterProblem[];
}

export interface PlanInput {
  schoolId: string;
  rows: RosterRow[];
  /** The school's students as stored, with their guardians. */
  existing: StudentView[];
  /** Guardians already in the database, by phone (any school: one parent, one account, whatever the school). */
  guardiansByPhone: Map<string, Guardian>;
  classIds: Map<string, string>;
  newId: () => string;
}

const nameKey = (name: string, birth: string) => `${fold(name)}|${birth}`;

/**
 * Decides, without touching storage, what each valid row does. A row is matched to a stored student by personal ID,
 * then learner ID, then name + birth date, so a re-import (even after the school added IDs) updates instead of duplicating.
 */
export function planRoster(input: PlanInput): RosterPlan {
  const byPid = new Map<string, StudentView>(), byLearner = new Map<string, StudentView>(), byName = new Map<string, StudentView>();
  for (const s of input.existing) {
    if (s.personalId) byPid.set(s.personalId, s);
    if (s.learnerId) byLearner.set(s.learnerId, s);
    if (!byName.has(nameKey(s.fullName, s.birthDate))) byName.set(nameKey(s.fullName, s.birthDate), s);
  }
  const claimed = new Map<string, number>();
  const guardians = new Map(input.guardiansByPhone);
  // Guardians already linked to the school's students are known without a lookup.
  for (const s of input.existing) for (const g of s.guardians) if (g.phone && !guardians.has(g.phone)) guardians.set(g.phone, g);
  const plan: RosterPlan = { students: [], newGuardians: [], problems: [] };

  for (const row of input.rows) {
    // A weaker match never overrides a stronger identifier: two different personal IDs are two different children.
    const fits = (s: StudentView | undefined) => s && !(row.personalId && s.personalId && s.personalId !== row.personalId)
      && !(row.learnerId && s.learnerId && s.learnerId !== row.learnerId) ? s : undefined;
    const found = (row.personalId ? byPid.get(row.personalId) : undefined)
      ?? (row.learnerId ? fits(byLearner.get(row.learnerId)) : undefined)
      ?? fits(byName.get(nameKey(row.fullName, row.birthDate)));
    if (found && claimed.has(found.id)) {
      plan.problems.push({ line: row.line, column: null, reason: 'duplicate_id', value: row.fullName,
        message: `Trùng với học sinh đã có ở dòng ${claimed.get(found.id)} / Matches the same stored student as line ${claimed.get(found.id)}` });
      continue;
    }
    // A stored student keeps an identifier the file leaves blank: a file without IDs must not erase them.
    const student: Student = {
      id: found?.id ?? input.newId(), schoolId: input.schoolId, classId: input.classIds.get(row.className) ?? null, fullName: row.fullName,
      birthDate: row.birthDate, sex: row.sex, personalId: row.personalId ?? found?.personalId ?? null,
      learnerId: row.learnerId ?? found?.learnerId ?? null, status: 'active',
    };
    if (found) claimed.set(found.id, row.line);

    const links: PlannedLink[] = [];
    let linksChanged = false;
    const primaryIndex = Math.max(0, row.guardians.findIndex((g) => g.phone));
    row.guardians.forEach((g, i) => {
      const current = found?.guardians ?? [];
      let guardian = g.phone ? guardians.get(g.phone) : current.find((c) => !c.phone && c.relationship === g.relationship && fold(c.fullName) === fold(g.fullName));
      if (!guardian) {
        guardian = { id: input.newId(), fullName: g.fullName, phone: g.phone, email: null };
        plan.newGuardians.push(guardian);
        if (g.phone) guardians.set(g.phone, guardian);
      }
      const link = { guardianId: guardian.id, relationship: g.relationship, isPrimary: i === primaryIndex };
      const stored = current.find((c) => c.id === guardian.id);
      if (!stored || stored.relationship !== link.relationship || stored.isPrimary !== link.isPrimary) linksChanged = true;
      links.push(link);
    });

    // The school's file is the source of truth for a child's guardians whenever it lists any.
    const unlinks = row.guardians.length === 0 ? [] : (found?.guardians ?? []).filter((c) => !links.some((l) => l.guardianId === c.id)).map((c) => c.id);
    if (unlinks.length) linksChanged = true;
    const same = found && found.classId === student.classId && found.fullName === student.fullName && found.birthDate === student.birthDate
      && found.sex === student.sex && found.personalId === student.personalId && found.learnerId === student.learnerId && found.status === 'active';
    plan.students.push({ line: row.line, student, links, unlinks, change: !found ? 'create' : same && !linksChanged ? 'unchanged' : 'update' });
  }
  return plan;
}
