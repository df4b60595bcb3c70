import type { Feature } from '../types.ts';

/** family: routes, navigation, home panels and translations. */
export const familyFeature: Feature = {
  name: 'family',
  vi: {},
  en: {},
};
