import type { StudentView } from '@truongan/contracts';
import { query } from '../lib/api.ts';
import { useApi } from './use-api.ts';

/** Students of a school, or of one class, with guardians joined in. */
export const useStudents = (schoolId: string | undefined, classId?: string) =>
  useApi<StudentView[]>(schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/students${query({ classId })}` : null);
