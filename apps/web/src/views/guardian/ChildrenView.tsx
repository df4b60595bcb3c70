import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useChildren } from '../../hooks/use-children.ts';
import { formatDate } from '../../lib/format.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { HotlineLink } from '../../components/HotlineLink.tsx';
import { Call111 } from '../../features/family/Call111.tsx';

/** A guardian's home: their own children only, each with their timeline, consent and face photo; 111 one tap away. */
export function ChildrenView() {
  const { t, i18n } = useTranslation();
  const children = useChildren();
  return (
    <div className="stack">
      <div className="row-between"><h1>{t('guardian.title')}</h1><Call111 /></div>
      {children.loading && <Loading />}
      <ErrorMessage error={children.error} onRetry={children.reload} />
      {children.data?.length === 0 && <p>{t('guardian.noChildren')}</p>}
      {children.data && children.data.length > 0 && (
        <ul className="cards" aria-label={t('guardian.title')}>
          {children.data.map((c) => (
            <li key={c.id} className="student">
              <strong className="student-name">{c.fullName}</strong>
              <div className="small muted">
                {t('roster.className')}: {c.className ?? '—'} · {t('roster.birthDate')}: {formatDate(c.birthDate, i18n.language)}
              </div>
              <div className="actions">
                <Link className="btn btn-primary" to={`/children/${encodeURIComponent(c.id)}/timeline`}>{t('family.home.timeline')}</Link>
                <Link className="btn btn-secondary" to={`/children/${encodeURIComponent(c.id)}/consent`}>{t('guardian.openConsent')}</Link>
                <Link className="btn btn-secondary" to={`/children/${encodeURIComponent(c.id)}/face`}>{t('guardian.openFace')}</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      <HotlineLink />
      <Notice tone="warn">{t('guardian.scamNote')}</Notice>
    </div>
  );
}
