import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import type { Me } from '@truongan/contracts';
import { hasRole } from '../lib/roles.ts';
import { FEATURES } from '../features/registry.ts';

interface Item { to: string; label: string }

/** Links for what this user's roles can open; the server still decides every request. */
export function AppNav({ me, schoolId }: { me: Me; schoolId: string | undefined }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the strip scrolls sideways: keep the current screen's link in view.
  useEffect(() => {
    ref.current?.querySelector('a.active')?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [pathname]);
  const items: Item[] = [{ to: '/', label: t('nav.home') }];
  if (schoolId && hasRole(me, 'school_admin', 'counsellor')) {
    const base = `/schools/${schoolId}`;
    items.push({ to: `${base}/roster`, label: t('nav.roster') });
    if (hasRole(me, 'school_admin')) {
      // Consent needs consent.read, which the counsellor does not hold.
      items.push({ to: `${base}/consent`, label: t('nav.consent') }, { to: `${base}/gate`, label: t('nav.gate') }, { to: `${base}/cameras`, label: t('nav.cameras') }, { to: `${base}/enrolment`, label: t('nav.enrolment') },
        { to: `${base}/import`, label: t('nav.import') }, { to: `${base}/audit`, label: t('nav.audit') }, { to: `${base}/settings`, label: t('nav.settings') });
    }
  }
  const homeroom = me.grants.find((g) => g.role === 'homeroom_teacher' && g.scopeKind === 'class');
  if (homeroom) items.push({ to: `/classes/${encodeURIComponent(homeroom.scopeId)}/board`, label: t('nav.attendance') });
  if (hasRole(me, 'system_admin')) items.push({ to: '/audit', label: t('nav.audit') });
  for (const f of FEATURES) items.push(...(f.nav?.(me, schoolId, (k) => t(k)) ?? []));
  if (items.length < 2) return null;
  return (
    <nav ref={ref} className="app-nav" aria-label={t('app.mainNav')}>
      <ul>
        {items.map((i) => (
          <li key={i.to}><NavLink to={i.to} end>{i.label}</NavLink></li>
        ))}
      </ul>
    </nav>
  );
}
