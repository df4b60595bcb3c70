import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useThreads } from './hooks.ts';

/** Under the guardian's home: messages (with the unread count), the ledger, notification settings, verify a caller. */
export function GuardianShortcuts() {
  const { t } = useTranslation();
  const threads = useThreads();
  // The guardian app works offline as a shell once opened: register the service worker from the guardian's home.
  useEffect(() => { if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined); }, []);
  const unread = threads.data?.reduce((n, th) => n + th.unread, 0) ?? 0;
  return (
    <nav className="tiles family-tiles" aria-label={t('family.home.shortcuts')}>
      <Link className="tile tile-primary" to="/messages">{t('family.home.messages')}{unread > 0 && <span className="badge badge-warn">{t('family.home.unread', { n: unread })}</span>}</Link>
      <Link className="tile" to="/ledger">{t('family.home.ledger')}</Link>
      <Link className="tile" to="/settings/notifications">{t('family.home.settings')}</Link>
      <Link className="tile" to="/verify">{t('family.home.verify')}</Link>
    </nav>
  );
}
