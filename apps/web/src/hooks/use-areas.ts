import type { AreaView } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** Wards/provinces in scope, each with its organisations and schools. */
export const useAreas = () => useApi<AreaView[]>('/api/areas');
