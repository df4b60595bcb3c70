import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '@truongan/contracts';
import { api, query } from '../lib/api.ts';

const PAGE = 50;

/** The audit log, newest first, paged backwards by sequence number. */
export function useAuditLog(schoolId: string | undefined) {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [done, setDone] = useState(false);

  const load = useCallback(async (beforeSeq?: number) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.get<AuditEntry[]>(`/api/audit${query({ schoolId, limit: PAGE, beforeSeq })}`);
      setEntries((old) => (beforeSeq === undefined ? page : [...old, ...page]));
      setDone(page.length < PAGE);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [schoolId]);

  useEffect(() => {
    void load();
  }, [load]);

  const more = useCallback(() => {
    const last = entries[entries.length - 1];
    if (last) void load(last.seq);
  }, [entries, load]);

  return { entries, error, loading, done, more, reload: () => void load() };
}
