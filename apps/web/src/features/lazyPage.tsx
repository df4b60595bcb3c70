import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/ui/Loading.tsx';

/**
 * A route's page loaded on first visit: each feature's screens become their own chunk, so a parent's phone
 * downloads the guardian screens, not the police dashboards. Named exports, as every page here has.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return <Suspense fallback={<Loading />}><Page /></Suspense>;
}
