import { CaseCategory, CounsellingGroup, CounsellingRisk } from '@truongan/contracts';

/** The content groups of Thông tư 18/2025 as the API defines them; labels come from the dictionaries. */
export const GROUPS = CounsellingGroup.options;
export const RISKS = CounsellingRisk.options;
export const CASE_CATEGORIES = CaseCategory.options;

/** The start of the current school year (5 September), for counts "this school year". */
export function schoolYearStart(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return `${m >= 8 ? y : y - 1}-09-01`;
}
