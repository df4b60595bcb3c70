import type { Feature } from '../types.ts';

/** prevention: routes, navigation, home panels and translations. */
export const preventionFeature: Feature = {
  name: 'prevention',
  vi: {},
  en: {},
};
