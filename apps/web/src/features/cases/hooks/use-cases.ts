import { useCallback, useRef } from 'react';
import type { CaseListItem, CaseStatus, Me } from '@truongan/contracts';
import { useApi } from '../../../hooks/use-api.ts';
import { useEventSource } from '../../../hooks/use-event-source.ts';
import { query } from '../../../lib/api.ts';

/** The live scope of a reader: their school, or their ward for the ward police and officers. */
export function caseScopeOf(me: Me): string | null {
  const g = me.grants.find((x) => ['school_admin', 'counsellor'].includes(x.role) && x.scopeKind === 'school')
    ?? me.grants.find((x) => ['ward_police', 'ward_officer'].includes(x.role) && x.scopeKind === 'ward');
  return g ? `${g.scopeKind}:${g.scopeId}` : null;
}

/**
 * The cases this reader may see, re-read whenever the server signals a change in their school or ward
 * (the signal carries no content; the list comes back through the audited route).
 */
export function useCases(me: Me, status?: CaseStatus) {
  const state = useApi<CaseListItem[]>(`/api/cases${query({ status })}`);
  const reload = useRef(state.reload);
  reload.current = state.reload;
  const onEvent = useCallback(() => reload.current(), []);
  const scope = caseScopeOf(me);
  const { connected } = useEventSource(scope ? `/api/cases/stream${query({ scope })}` : null, { event: onEvent });
  return { ...state, connected, live: scope !== null };
}
