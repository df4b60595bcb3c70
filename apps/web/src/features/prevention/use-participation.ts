import type { Participation } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';

/** Whom a student or guardian answers for; `enabled` false for staff (they have no such list). */
export const useParticipation = (enabled: boolean) => useApi<Participation>(enabled ? '/api/prevention/participation' : null);
