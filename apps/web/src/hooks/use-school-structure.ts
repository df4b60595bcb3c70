import type { SchoolStructure } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** A school with its sessions and the classes the user may see (with head counts). */
export const useSchoolStructure = (schoolId: string | undefined) =>
  useApi<SchoolStructure>(schoolId ? `/api/schools/${encodeURIComponent(schoolId)}` : null);
