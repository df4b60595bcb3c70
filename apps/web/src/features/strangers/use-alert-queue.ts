import { useEffect, useRef, useState } from 'react';
import type { Alert } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useEventSource } from '../../hooks/use-event-source.ts';

/**
 * A school's alert queue, live: the stream sends the whole queue whenever an alert is raised or changes, so the list is
 * simply replaced. `onNew` gets alerts not seen before that are still open (the alarm sound).
 */
export function useAlertQueue(schoolId: string | undefined, opts: { all?: boolean; onNew?: (a: Alert) => void } = {}) {
  const base = schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/alerts` : null;
  const fetched = useApi<Alert[]>(base ? `${base}${opts.all ? '?all=1' : ''}` : null);
  const [live, setLive] = useState<Alert[]>();
  const known = useRef<Set<string> | null>(null);
  const onNew = useRef(opts.onNew);
  onNew.current = opts.onNew;
  const { reload } = fetched;
  const { connected } = useEventSource(base ? `${base}/stream` : null, {
    snapshot: (data) => {
      try {
        const list = JSON.parse(data) as Alert[];
        if (known.current) for (const a of list) if (!known.current.has(a.id) && a.status === 'open') onNew.current?.(a);
        known.current = new Set(list.map((a) => a.id));
        if (opts.all) reload(); else setLive(list);
      } catch {
        reload();
      }
    },
  });
  useEffect(() => { setLive(undefined); known.current = null; }, [base, opts.all]);
  const data = opts.all ? fetched.data : live ?? fetched.data;
  const refresh = () => { setLive(undefined); reload(); };
  return { data, error: fetched.error, loading: fetched.loading && !data, reload: refresh, connected };
}
