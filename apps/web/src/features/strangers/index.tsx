import type { Feature } from '../types.ts';

/** strangers: routes, navigation, home panels and translations. */
export const strangersFeature: Feature = {
  name: 'strangers',
  vi: {},
  en: {},
};
