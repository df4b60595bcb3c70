import { buildGuardian, buildGuardianLink, buildSchool, buildStudent, type OpenStore, seedTree } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { freshStore } from './fresh.ts';

export function peopleContract(open: OpenStore) {
  describe('people', () => {
    const s = freshStore(open);

    it('upserts a student idempotently: re-importing updates the row and never adds one', async () => {
      const { people } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      const moved = { ...a.student, classId: a.otherClass.id, fullName: 'Nguyễn Thị Ngọc Ánh', status: 'left' as const };
      await people.upsertStudent(moved);
      await people.upsertStudent(moved);
      expect(await people.getStudent(a.student.id)).toEqual(moved);
      expect(await people.countStudents(a.school.id)).toBe(2);
      expect(await people.getStudent('no_such_student')).toBeUndefined();
      expect(await people.countStudents('no_such_school')).toBe(0);
    });

    it('finds a student by personal ID, then learner ID, then name and birth date, within one school', async () => {
      const { people, org } = s().store.repos;
      const { a, b } = await seedTree(s().store.repos);
      const byLearner = buildStudent({ schoolId: a.school.id, personalId: null, learnerId: 'HS0123456789' });
      const byName = buildStudent({ schoolId: a.school.id, personalId: null, learnerId: null, fullName: 'Đặng Bảo Châu', birthDate: '2011-12-01' });
      await people.upsertStudent(byLearner);
      await people.upsertStudent(byName);
      const none = { personalId: null, learnerId: null, fullName: 'x', birthDate: '2000-01-01' };
      expect(await people.findStudentByIdentity(a.school.id, { ...none, personalId: a.student.personalId })).toEqual(a.student);
      expect(await people.findStudentByIdentity(a.school.id, { ...none, learnerId: 'HS0123456789' })).toEqual(byLearner);
      expect(await people.findStudentByIdentity(a.school.id, { ...none, fullName: 'Đặng Bảo Châu', birthDate: '2011-12-01' })).toEqual(byName);
      expect(await people.findStudentByIdentity(a.school.id, { ...none, fullName: 'Đặng Bảo Châu', birthDate: '2011-12-02' })).toBeUndefined();
      // The same personal ID in another school is another school's business.
      expect(await people.findStudentByIdentity(b.school.id, { ...none, personalId: a.student.personalId })).toBeUndefined();
      const another = buildSchool({ wardId: a.ward.id });
      await org.upsertSchool(another);
      expect(await people.findStudentByIdentity(another.id, { ...none, learnerId: 'HS0123456789' })).toBeUndefined();
    });

    it('refuses a second student with the same personal ID in one school', async () => {
      const { people } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      await expect(people.upsertStudent(buildStudent({ schoolId: a.school.id, personalId: a.student.personalId }))).rejects.toThrow();
      // Unknown personal IDs (null) are not duplicates of each other.
      await people.upsertStudent(buildStudent({ schoolId: a.school.id, personalId: null }));
      await people.upsertStudent(buildStudent({ schoolId: a.school.id, personalId: null }));
      expect(await people.countStudents(a.school.id)).toBe(4);
    });

    it('lists a school\'s students with class name and guardians, primary contact first', async () => {
      const { people } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      const grandma = buildGuardian({ fullName: 'Bùi Thị Hương', phone: null, email: 'huong.bui@example.vn' });
      await people.upsertGuardian(grandma);
      await people.linkGuardian(buildGuardianLink({ guardianId: grandma.id, studentId: a.student.id, relationship: 'grandparent', isPrimary: false }));
      const list = await people.listStudents({ schoolId: a.school.id });
      expect(list.map((x) => x.id).sort()).toEqual([a.student.id, a.otherStudent.id].sort());
      const view = list.find((x) => x.id === a.student.id)!;
      expect(view).toEqual({
        ...a.student, className: '10A1',
        guardians: [{ ...a.guardian, relationship: 'mother', isPrimary: true }, { ...grandma, relationship: 'grandparent', isPrimary: false }],
      });
    });

    it('filters students by class and by id, and an empty filter list means nobody', async () => {
      const { people } = s().store.repos;
      const { a, b } = await seedTree(s().store.repos);
      const ids = async (f: Omit<Parameters<typeof people.listStudents>[0], 'schoolId'>) =>
        (await people.listStudents({ schoolId: a.school.id, ...f })).map((x) => x.id);
      expect(await ids({ classIds: [a.otherClass.id] })).toEqual([a.otherStudent.id]);
      expect(await ids({ studentIds: [a.student.id, b.student.id] })).toEqual([a.student.id]);
      expect(await ids({ classIds: [a.class.id], studentIds: [a.otherStudent.id] })).toEqual([]);
      expect(await ids({ classIds: [] })).toEqual([]);
      expect(await ids({ studentIds: [] })).toEqual([]);
      expect(await ids({ classIds: [b.class.id] })).toEqual([]);
    });

    it('lists students in class order, those without a class last, on every engine', async () => {
      const { people } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      const loose = buildStudent({ schoolId: a.school.id, classId: null, fullName: 'Vũ Minh Khánh' });
      await people.upsertStudent(loose);
      const list = await people.listStudents({ schoolId: a.school.id });
      expect(list.map((x) => [x.className, x.id])).toEqual([['10A1', a.student.id], ['11A2', a.otherStudent.id], [null, loose.id]]);
      expect(list[2]!.guardians).toEqual([]);
    });

    it('lists students of a class in Vietnamese alphabetical order on every engine', async () => {
      const { people } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      const names = ['Vũ Minh Khánh', 'Đặng Bảo Châu', 'Dương Thu Hà', 'Ánh Nguyệt Lê', 'Bùi Thị Hương'];
      for (const fullName of names) await people.upsertStudent(buildStudent({ schoolId: a.school.id, classId: a.otherClass.id, fullName }));
      const list = await people.listStudents({ schoolId: a.school.id, classIds: [a.otherClass.id] });
      expect(list.map((x) => x.fullName)).toEqual(['Ánh Nguyệt Lê', 'Bùi Thị Hương', 'Dương Thu Hà', 'Đặng Bảo Châu', 'Vũ Minh Khánh',
        a.otherStudent.fullName].sort(new Intl.Collator('vi').compare));
    });

    it('upserts guardians and finds them by id and phone', async () => {
      const { people } = s().store.repos;
      const g = buildGuardian({ fullName: 'Trần Văn Dũng', phone: '84912345678' });
      await people.upsertGuardian(g);
      await people.upsertGuardian({ ...g, email: 'dung.tran@example.vn' });
      expect(await people.getGuardian(g.id)).toEqual({ ...g, email: 'dung.tran@example.vn' });
      expect(await people.findGuardianByPhone('84912345678')).toEqual({ ...g, email: 'dung.tran@example.vn' });
      expect(await people.findGuardianByPhone('84900000000')).toBeUndefined();
      expect(await people.getGuardian('no_such_guardian')).toBeUndefined();
    });

    it('links guardians to children idempotently, both ways', async () => {
      const { people } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      // One parent of two children in two classes; linking twice updates the relationship.
      await people.linkGuardian(buildGuardianLink({ guardianId: a.guardian.id, studentId: a.otherStudent.id, relationship: 'guardian', isPrimary: false }));
      await people.linkGuardian(buildGuardianLink({ guardianId: a.guardian.id, studentId: a.otherStudent.id, relationship: 'mother', isPrimary: false }));
      expect((await people.studentIdsOfGuardian(a.guardian.id)).sort()).toEqual([a.student.id, a.otherStudent.id].sort());
      const of = await people.guardiansOf(a.otherStudent.id);
      expect(of.sort((x, y) => Number(y.isPrimary) - Number(x.isPrimary))).toEqual([
        { ...a.otherGuardian, relationship: 'father', isPrimary: true }, { ...a.guardian, relationship: 'mother', isPrimary: false },
      ]);
      expect(await people.guardiansOf('no_such_student')).toEqual([]);
      expect(await people.studentIdsOfGuardian('no_such_guardian')).toEqual([]);
    });
  });
}
