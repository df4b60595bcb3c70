import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { Badge } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { formatDateTime } from '../../../lib/format.ts';

/**
 * The visitor badge, sized like a lanyard card. On screen it sits under the print button; on paper (@media print)
 * only the card is printed. The QR is drawn by the server as SVG (no script, from our own data), so it is safe inline.
 */
export function BadgePage() {
  const { t, i18n } = useTranslation();
  const { visitId = '' } = useParams();
  const navigate = useNavigate();
  const badge = useApi<Badge>(`/api/visits/${visitId}/badge`);
  const v = badge.data?.visit;
  return (
    <div className="stack visitors-badge-page">
      <div className="actions visitors-no-print">
        <Button onClick={() => window.print()}>🖨 {t('visitors.badge.print')}</Button>
        <Button variant="secondary" onClick={() => navigate(-1)}>{t('visitors.badge.back')}</Button>
      </div>
      {badge.loading && <Loading />}
      <ErrorMessage error={badge.error} onRetry={badge.reload} />
      {v && badge.data && (
        <article className="visitors-badge" aria-label={t('visitors.badge.title')}>
          <p className="visitors-badge-school">{badge.data.schoolName}</p>
          <h1 className="visitors-badge-title">{t('visitors.badge.title')}</h1>
          <p className="visitors-badge-name">{v.fullName}</p>
          <dl className="visitors-badge-facts">
            <dt>{t('visitors.badge.purpose')}</dt><dd>{v.purpose}</dd>
            {v.hostName && <><dt>{t('visitors.badge.host')}</dt><dd>{v.hostName}</dd></>}
            <dt>{t('visitors.badge.until')}</dt><dd><strong>{formatDateTime(v.validUntil, i18n.language)}</strong></dd>
          </dl>
          <div className="visitors-badge-qr" dangerouslySetInnerHTML={{ __html: badge.data.qrSvg }} />
          <p className="visitors-badge-note">{t('visitors.badge.note')}</p>
        </article>
      )}
    </div>
  );
}
