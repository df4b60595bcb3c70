import { useContext } from 'react';
import { MeContext, type MeState } from '../lib/me-context.ts';

/** The signed-in user and the session actions; only inside <MeProvider>. */
export function useMe(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMe outside MeProvider');
  return state;
}
