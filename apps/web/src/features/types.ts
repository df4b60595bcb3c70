import type { ReactElement } from 'react';
import type { Me } from '@truongan/contracts';
import type { HomeKind } from '../lib/roles.ts';

export interface NavItem { to: string; label: string }
export type Translate = (key: string) => string;

/**
 * One product area of the web app. Each feature keeps its own routes, links and translations
 * so that areas grow without editing App.tsx, AppNav or the shared dictionaries.
 * Translations live under one top-level key named after the feature (vi.cases.*, en.cases.*).
 */
export interface Feature {
  name: string;
  /** `<Route>` elements rendered inside the signed-in shell. */
  routes?: ReactElement[];
  /** `<Route>` elements reachable without signing in (public report form, verify-a-caller…). */
  publicRoutes?: ReactElement[];
  /** Extra navigation links for this user. */
  nav?: (me: Me, schoolId: string | undefined, t: Translate) => NavItem[];
  /** Panels shown under a role's home screen. */
  homePanels?: Partial<Record<HomeKind, () => ReactElement | null>>;
  vi: Record<string, unknown>;
  en: Record<string, unknown>;
}
