import type { ReactNode } from 'react';

/** A calm note (not an error): explanations, placeholders for modules that are not there yet. */
export function Notice({ tone = 'info', children }: { tone?: 'info' | 'ok' | 'warn'; children: ReactNode }) {
  return <div className={`alert alert-${tone}`} role={tone === 'ok' ? 'status' : undefined}>{children}</div>;
}
