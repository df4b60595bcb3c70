import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '@truongan/contracts';
import { api, setCsrfToken, setUnauthenticatedHandler } from '../lib/api.ts';
import { MeContext } from '../lib/me-context.ts';

/** Loads /api/me once and keeps the CSRF token in step with the session. */
export function MeProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const setMe = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setMeState(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const next = await api.get<Me>('/api/me');
      setMe(next);
      return next;
    } catch {
      setMe(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, [setMe]);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setMe(null);
    }
  }, [setMe]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // An expired session anywhere sends the person back to sign-in instead of leaving a broken screen.
  useEffect(() => {
    setUnauthenticatedHandler(() => setMe(null));
    return () => setUnauthenticatedHandler(null);
  }, [setMe]);

  const value = useMemo(() => ({ me, loading, setMe, refresh, signOut }), [me, loading, setMe, refresh, signOut]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}
