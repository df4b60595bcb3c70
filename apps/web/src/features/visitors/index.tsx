import type { Feature } from '../types.ts';

/** visitors: routes, navigation, home panels and translations. */
export const visitorsFeature: Feature = {
  name: 'visitors',
  vi: {},
  en: {},
};
