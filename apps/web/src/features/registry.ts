import { captureFeature } from './capture/index.tsx';
import { casesFeature } from './cases/index.tsx';
import { familyFeature } from './family/index.tsx';
import { preventionFeature } from './prevention/index.tsx';
import { strangersFeature } from './strangers/index.tsx';
import { visitorsFeature } from './visitors/index.tsx';
import type { Feature } from './types.ts';

export const FEATURES: Feature[] = [familyFeature, casesFeature, preventionFeature, visitorsFeature, strangersFeature, captureFeature];

/** Feature dictionaries merged into one language's resources, each under its own key. */
export function featureTranslations(lang: 'vi' | 'en'): Record<string, unknown> {
  return Object.assign({}, ...FEATURES.map((f) => (Object.keys(f[lang]).length ? { [f.name]: f[lang] } : {})));
}
