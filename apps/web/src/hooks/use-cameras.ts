import { useEffect } from 'react';
import type { CameraWithState } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** A school's cameras with their live state, re-read every `refreshMs` (the state has no stream of its own). */
export function useCameras(schoolId: string | undefined, refreshMs = 4_000) {
  const cams = useApi<CameraWithState[]>(schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/cameras` : null);
  const { reload } = cams;
  useEffect(() => {
    if (!schoolId || refreshMs <= 0) return;
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [schoolId, refreshMs, reload]);
  return cams;
}
