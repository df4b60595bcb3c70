import { useEffect, useState } from 'react';
import type { ClassBoard } from '@truongan/contracts';
import { useApi } from './use-api.ts';
import { useEventSource } from './use-event-source.ts';

/**
 * Today's board of one class, kept live: the server sends the whole board on connect and again on
 * every passage of the class. The plain GET gives a readable error when the stream is refused, and
 * `reload` re-reads after a correction (corrections are not streamed).
 */
export function useClassBoard(classId: string | undefined) {
  const base = classId ? `/api/classes/${encodeURIComponent(classId)}/board` : null;
  const fetched = useApi<ClassBoard>(base);
  const [board, setBoard] = useState<ClassBoard>();
  useEffect(() => { if (fetched.data) setBoard(fetched.data); }, [fetched.data]);
  const { connected } = useEventSource(base ? `${base}/stream` : null, {
    snapshot: (data) => setBoard(JSON.parse(data) as ClassBoard),
  });
  return { board, connected, error: board ? undefined : fetched.error, loading: !board && fetched.loading, reload: fetched.reload };
}
