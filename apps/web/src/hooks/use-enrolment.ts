import type { EnrolmentCoverage } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** Face enrolment coverage per class of a school. */
export const useEnrolment = (schoolId: string | undefined) =>
  useApi<EnrolmentCoverage[]>(schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/enrolment` : null);
