import type { SettingRow } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** A school's settings (versioned; changes are audited by the server). */
export const useSettings = (schoolId: string | undefined) =>
  useApi<SettingRow[]>(schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/settings` : null);
