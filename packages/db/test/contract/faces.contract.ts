import { randomBytes } from 'node:crypto';
import type { FaceTemplateRecord } from '@truongan/core';
import { buildStudent, type OpenStore, seedTree, uniqueId } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

const template = (studentId: string, schoolId: string, o: Partial<FaceTemplateRecord> = {}): FaceTemplateRecord => ({
  id: uniqueId('face'), studentId, schoolId, model: 'arcface-r100', embeddingSealed: new Uint8Array(randomBytes(528)),
  quality: 0.8734567891234, source: 'school_upload', createdBy: 'user_admin', createdAt: at(0), ...o,
});

export function facesContract(open: OpenStore) {
  describe('face templates', () => {
    const s = freshStore(open);

    it('round-trips the sealed embedding byte for byte, and the quality exactly', async () => {
      const { faces } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      // Every byte value, including NUL and 0xff, must survive blob/bytea.
      const bytes = new Uint8Array(512).map((_, i) => i % 256);
      const t = template(a.student.id, a.school.id, { embeddingSealed: bytes });
      await faces.insert(t);
      const [back] = await faces.listForStudent(a.student.id);
      expect(back).toEqual(t);
      expect(back!.embeddingSealed).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(back!.embeddingSealed).equals(Buffer.from(bytes))).toBe(true);
      expect(back!.quality).toBe(0.8734567891234);
    });

    it('lists templates for a school and model only', async () => {
      const { faces } = s().store.repos;
      const { a, b } = await seedTree(s().store.repos);
      const mine = template(a.student.id, a.school.id);
      const otherModel = template(a.student.id, a.school.id, { model: 'facenet-512' });
      const elsewhere = template(b.student.id, b.school.id);
      for (const t of [mine, otherModel, elsewhere]) await faces.insert(t);
      expect(await faces.listForSchool(a.school.id, 'arcface-r100')).toEqual([mine]);
      expect(await faces.listForSchool(a.school.id, 'facenet-512')).toEqual([otherModel]);
      expect(await faces.listForSchool(a.school.id, 'none')).toEqual([]);
    });

    it('deletes all templates of a student and says how many', async () => {
      const { faces } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      await faces.insert(template(a.student.id, a.school.id));
      await faces.insert(template(a.student.id, a.school.id, { source: 'guardian_upload' }));
      await faces.insert(template(a.otherStudent.id, a.school.id));
      expect(await faces.deleteForStudent(a.student.id)).toBe(2);
      expect(await faces.deleteForStudent(a.student.id)).toBe(0);
      expect(await faces.listForStudent(a.student.id)).toEqual([]);
      expect(await faces.listForStudent(a.otherStudent.id)).toHaveLength(1);
    });

    it('tells which of the given students have at least one template', async () => {
      const { faces } = s().store.repos;
      const { a, b } = await seedTree(s().store.repos);
      await faces.insert(template(a.student.id, a.school.id));
      await faces.insert(template(a.student.id, a.school.id, { model: 'facenet-512' }));
      await faces.insert(template(b.student.id, b.school.id));
      expect(await faces.enrolledAmong([a.student.id, a.otherStudent.id, 'no_such_student'])).toEqual([a.student.id]);
      expect((await faces.enrolledAmong([a.student.id, b.student.id])).sort()).toEqual([a.student.id, b.student.id].sort());
      expect(await faces.enrolledAmong([])).toEqual([]);
    });

    it('counts students and enrolled students per class, students without a class included', async () => {
      const { faces, people } = s().store.repos;
      const { a, b } = await seedTree(s().store.repos);
      const classmate = buildStudent({ schoolId: a.school.id, classId: a.class.id, personalId: null });
      const loose = buildStudent({ schoolId: a.school.id, classId: null, personalId: null });
      await people.upsertStudent(classmate);
      await people.upsertStudent(loose);
      // Two templates of one student still count as one enrolled student.
      await faces.insert(template(a.student.id, a.school.id));
      await faces.insert(template(a.student.id, a.school.id));
      await faces.insert(template(loose.id, a.school.id));
      await faces.insert(template(b.student.id, b.school.id));
      const rows = await faces.countByClass(a.school.id);
      const byClass = Object.fromEntries(rows.map((r) => [r.classId ?? 'none', { students: r.students, enrolled: r.enrolled }]));
      expect(byClass).toEqual({
        [a.class.id]: { students: 2, enrolled: 1 },
        [a.otherClass.id]: { students: 1, enrolled: 0 },
        none: { students: 1, enrolled: 1 },
      });
      expect(await faces.countByClass('no_such_school')).toEqual([]);
    });
  });
}
