import { createContext } from 'react';
import type { Me } from '@truongan/contracts';

export interface MeState {
  /** null: not signed in (or not yet known while `loading`). */
  me: Me | null;
  loading: boolean;
  setMe: (me: Me | null) => void;
  refresh: () => Promise<Me | null>;
  signOut: () => Promise<void>;
}

export const MeContext = createContext<MeState | null>(null);

/** Signed in fully: password accepted and, where the role needs it, the second factor too. */
export const isSignedIn = (me: Me | null): boolean => !!me && (!me.mfa.required || me.mfa.passed);
