import { query } from '../lib/api.ts';
import type { ConsentOverview } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** Who has consented, withdrawn or not answered, for a school or one class. */
export const useConsentOverview = (schoolId: string | undefined, classId?: string) =>
  useApi<ConsentOverview>(schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/consent${query({ classId })}` : null);
