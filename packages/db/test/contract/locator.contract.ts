import { buildStudent, type OpenStore, seedTree } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { freshStore } from './fresh.ts';

export function locatorContract(open: OpenStore) {
  describe('locator', () => {
    const s = freshStore(open);

    it('places provinces, wards, schools, classes and students in the tree in one call', async () => {
      const { repos } = s().store;
      const { a, b } = await seedTree(repos);
      const found = await repos.locator.locate([
        { kind: 'province', id: a.province.id }, { kind: 'ward', id: a.ward.id }, { kind: 'school', id: b.school.id },
        { kind: 'class', id: a.otherClass.id }, { kind: 'student', id: b.student.id },
      ]);
      expect(Object.fromEntries(found)).toEqual({
        [`province:${a.province.id}`]: { provinceId: a.province.id, wardId: '' },
        [`ward:${a.ward.id}`]: { provinceId: a.province.id, wardId: a.ward.id },
        [`school:${b.school.id}`]: { provinceId: b.province.id, wardId: b.ward.id, schoolId: b.school.id },
        [`class:${a.otherClass.id}`]: { provinceId: a.province.id, wardId: a.ward.id, schoolId: a.school.id, classId: a.otherClass.id },
        [`student:${b.student.id}`]: { provinceId: b.province.id, wardId: b.ward.id, schoolId: b.school.id, classId: b.class.id, studentId: b.student.id },
      });
    });

    it('leaves a student without a class without a classId', async () => {
      const { repos } = s().store;
      const { a } = await seedTree(repos);
      const loose = buildStudent({ schoolId: a.school.id, classId: null });
      await repos.people.upsertStudent(loose);
      const found = await repos.locator.locate([{ kind: 'student', id: loose.id }]);
      expect(found.get(`student:${loose.id}`)).toEqual({ provinceId: a.province.id, wardId: a.ward.id, schoolId: a.school.id, studentId: loose.id });
    });

    it('omits unknown ids and ids asked for as the wrong kind', async () => {
      const { repos } = s().store;
      const { a } = await seedTree(repos);
      const found = await repos.locator.locate([
        { kind: 'student', id: 'no_such_student' }, { kind: 'school', id: a.student.id }, { kind: 'province', id: a.ward.id },
        { kind: 'ward', id: a.province.id }, { kind: 'class', id: a.school.id }, { kind: 'school', id: a.school.id },
      ]);
      expect([...found.keys()]).toEqual([`school:${a.school.id}`]);
      expect((await repos.locator.locate([])).size).toBe(0);
    });
  });
}
