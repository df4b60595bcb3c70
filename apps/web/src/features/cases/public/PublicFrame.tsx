import type { ReactNode } from 'react';
import { AppHeader } from '../../../components/AppHeader.tsx';

/** Public pages (no sign-in): the product header and a narrow, phone-first column. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main id="main" className="page narrow cases-public">{children}</main>
    </>
  );
}
