import { useEffect, useRef } from 'react';
import type { GatePassage, GatePassageSummary } from '../types/api.ts';
import { useApi } from './use-api.ts';
import { useEventSource } from './use-event-source.ts';

/**
 * Today's passages at a school's gate, newest first. A streamed passage triggers a re-read of the feed
 * (the stream carries a summary only), coalesced over 400 ms for the morning rush, and is handed to
 * `onPassage` at once (for the alarm sound).
 */
export function useGateFeed(schoolId: string | undefined, onPassage?: (p: GatePassageSummary) => void) {
  const base = schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/gate` : null;
  const feed = useApi<GatePassage[]>(base ? `${base}/feed?limit=100` : null);
  const cb = useRef(onPassage);
  cb.current = onPassage;
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (pending.current) clearTimeout(pending.current); }, []);
  const { reload } = feed;
  const { connected } = useEventSource(base ? `${base}/stream` : null, {
    event: (data) => {
      pending.current ??= setTimeout(() => { pending.current = null; reload(); }, 400);
      try {
        cb.current?.(JSON.parse(data) as GatePassageSummary);
      } catch {
        // a malformed summary still refreshed the list
      }
    },
  });
  return { ...feed, connected };
}
