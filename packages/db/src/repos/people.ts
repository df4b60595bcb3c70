import type { PeopleRepo } from '@truongan/core';
import type { Guardian, GuardianLink, Student, StudentView } from '@truongan/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { vietnameseOrder } from './collate.ts';

const toStudent = (r: DB['students']): Student => ({
  id: r.id, schoolId: r.school_id, classId: r.class_id, fullName: r.full_name, birthDate: r.birth_date, sex: r.sex as Student['sex'],
  personalId: r.personal_id, learnerId: r.learner_id, status: r.status as Student['status'],
});
const toGuardian = (r: Pick<DB['guardians'], 'id' | 'full_name' | 'phone' | 'email'>): Guardian => ({ id: r.id, fullName: r.full_name, phone: r.phone, email: r.email });

export function peopleRepo(db: Kysely<DB>, now: () => string): PeopleRepo {
  return {
    async upsertStudent(s) {
      const t = now();
      const row = { school_id: s.schoolId, class_id: s.classId, full_name: s.fullName, birth_date: s.birthDate, sex: s.sex,
        personal_id: s.personalId, learner_id: s.learnerId, status: s.status, updated_at: t };
      await db.insertInto('students').values({ id: s.id, ...row, created_at: t }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    },
    async getStudent(id) { const r = await db.selectFrom('students').selectAll().where('id', '=', id).executeTakeFirst(); return r && toStudent(r); },
    async findStudentByIdentity(schoolId, ids) {
      // Re-imports match on the strongest identifier the school gave: personal ID, then learner ID, then name + birth date.
      const q = db.selectFrom('students').selectAll().where('school_id', '=', schoolId);
      const r = ids.personalId ? await q.where('personal_id', '=', ids.personalId).executeTakeFirst()
        : ids.learnerId ? await q.where('learner_id', '=', ids.learnerId).executeTakeFirst()
          : await q.where('full_name', '=', ids.fullName).where('birth_date', '=', ids.birthDate).executeTakeFirst();
      return r && toStudent(r);
    },
    async listStudents(f) {
      let q = db.selectFrom('students').leftJoin('classes', 'classes.id', 'students.class_id').selectAll('students').select('classes.name as class_name')
        .where('students.school_id', '=', f.schoolId);
      if (f.classIds) q = f.classIds.length ? q.where('students.class_id', 'in', f.classIds) : q.where(({ lit }) => lit(false));
      if (f.studentIds) q = f.studentIds.length ? q.where('students.id', 'in', f.studentIds) : q.where(({ lit }) => lit(false));
      // Sorted in JS (see collate.ts): class, then name, students without a class last, the same on both engines.
      const rows = (await q.execute()).sort(vietnameseOrder((r) => r.class_name, (r) => r.full_name, (r) => r.id));
      const links = rows.length === 0 ? [] : await db.selectFrom('guardian_students').innerJoin('guardians', 'guardians.id', 'guardian_students.guardian_id')
        .select(['guardian_students.student_id', 'guardian_students.relationship', 'guardian_students.is_primary', 'guardians.id', 'guardians.full_name', 'guardians.phone', 'guardians.email'])
        .where('guardian_students.student_id', 'in', rows.map((r) => r.id)).execute();
      const byStudent = new Map<string, StudentView['guardians']>();
      for (const l of links) {
        const list = byStudent.get(l.student_id) ?? [];
        list.push({ ...toGuardian(l), relationship: l.relationship as GuardianLink['relationship'], isPrimary: l.is_primary === 1 });
        byStudent.set(l.student_id, list);
      }
      return rows.map((r) => ({ ...toStudent(r), className: r.class_name, guardians: (byStudent.get(r.id) ?? []).sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)) }));
    },
    async countStudents(schoolId) {
      const r = await db.selectFrom('students').select((eb) => eb.fn.countAll<number>().as('n')).where('school_id', '=', schoolId).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async upsertGuardian(g) {
      const row = { full_name: g.fullName, phone: g.phone, email: g.email };
      await db.insertInto('guardians').values({ id: g.id, ...row, created_at: now() }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    },
    async findGuardianByPhone(phone) {
      const r = await db.selectFrom('guardians').selectAll().where('phone', '=', phone).orderBy('created_at').executeTakeFirst();
      return r && toGuardian(r);
    },
    async getGuardian(id) { const r = await db.selectFrom('guardians').selectAll().where('id', '=', id).executeTakeFirst(); return r && toGuardian(r); },
    async linkGuardian(l) {
      const row = { relationship: l.relationship, is_primary: l.isPrimary ? 1 : 0 };
      await db.insertInto('guardian_students').values({ guardian_id: l.guardianId, student_id: l.studentId, ...row })
        .onConflict((oc) => oc.columns(['guardian_id', 'student_id']).doUpdateSet(row)).execute();
    },
    async unlinkGuardian(guardianId, studentId) {
      await db.deleteFrom('guardian_students').where('guardian_id', '=', guardianId).where('student_id', '=', studentId).execute();
    },
    async guardiansOf(studentId) {
      const rows = await db.selectFrom('guardian_students').innerJoin('guardians', 'guardians.id', 'guardian_students.guardian_id')
        .select(['guardians.id', 'guardians.full_name', 'guardians.phone', 'guardians.email', 'guardian_students.relationship', 'guardian_students.is_primary'])
        .where('guardian_students.student_id', '=', studentId).execute();
      return rows.map((r) => ({ ...toGuardian(r), relationship: r.relationship as GuardianLink['relationship'], isPrimary: r.is_primary === 1 }));
    },
    async studentIdsOfGuardian(guardianId) {
      return (await db.selectFrom('guardian_students').select('student_id').where('guardian_id', '=', guardianId).execute()).map((r) => r.student_id);
    },
  };
}
