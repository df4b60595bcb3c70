import type { StudentConsent } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** One child's consent state, history and the texts to read. */
export const useStudentConsent = (studentId: string | undefined) =>
  useApi<StudentConsent>(studentId ? `/api/students/${encodeURIComponent(studentId)}/consent` : null);
