import type { School } from '@truongan/contracts';
import { useApi } from './use-api.ts';

/** Schools in the signed-in user's scope. */
export const useSchools = () => useApi<School[]>('/api/schools');
