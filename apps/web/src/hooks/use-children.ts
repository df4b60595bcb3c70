import type { StudentView } from '@truongan/contracts';
import { useApi } from './use-api.ts';

/** A guardian's own children. */
export const useChildren = () => useApi<StudentView[]>('/api/me/children');
