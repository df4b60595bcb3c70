import { useMemo } from 'react';
import type { StudentView } from '@truongan/contracts';

/** Vietnamese-aware loose match: case and diacritics ignored, so "nguyen" finds "Nguyễn". */
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Filters students by name, personal/learner ID or a guardian's phone. */
export function useStudentSearch(students: StudentView[] | undefined, term: string): StudentView[] {
  return useMemo(() => {
    if (!students) return [];
    const q = fold(term.trim());
    if (!q) return students;
    const digits = term.replace(/\D/g, '');
    return students.filter((s) => fold(s.fullName).includes(q)
      || (s.personalId ?? '').includes(q) || fold(s.learnerId ?? '').includes(q)
      || (digits.length >= 4 && s.guardians.some((g) => (g.phone ?? '').includes(digits.replace(/^0/, '')))));
  }, [students, term]);
}
