import { useRef } from 'react';
import type { GatePassage, GatePassageSummary } from '../types/api.ts';
import { useApi } from './use-api.ts';
import { useEventSource } from './use-event-source.ts';

/**
 * Today's passages at a school's gate, newest first. Each streamed passage triggers a re-read of the
 * feed (the stream carries a summary only) and is handed to `onPassage` (for the alarm sound).
 */
export function useGateFeed(schoolId: string | undefined, onPassage?: (p: GatePassageSummary) => void) {
  const base = schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/gate` : null;
  const feed = useApi<GatePassage[]>(base ? `${base}/feed?limit=100` : null);
  const cb = useRef(onPassage);
  cb.current = onPassage;
  const { connected } = useEventSource(base ? `${base}/stream` : null, {
    event: (data) => {
      feed.reload();
      try {
        cb.current?.(JSON.parse(data) as GatePassageSummary);
      } catch {
        // a malformed summary still refreshed the list
      }
    },
  });
  return { ...feed, connected };
}
