import type { Feature } from '../types.ts';

/** cases: routes, navigation, home panels and translations. */
export const casesFeature: Feature = {
  name: 'cases',
  vi: {},
  en: {},
};
