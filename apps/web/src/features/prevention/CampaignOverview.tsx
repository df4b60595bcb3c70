import { useTranslation } from 'react-i18next';
import type { Campaign } from '@truongan/contracts';
import { formatDate } from '../../lib/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { QrImage } from './QrImage.tsx';

/** What the campaign says: summary, period and the key messages everyone is asked to acknowledge. */
export function CampaignOverview({ campaign: c }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="lead">{c.summary}</p>
      <p className="small muted">{t('prevention.campaign.period', { from: formatDate(c.startsOn, i18n.language), to: formatDate(c.endsOn, i18n.language) })}</p>
      <Card title={t('prevention.campaign.keyMessages')}>
        <ol className="key-messages">{c.keyMessages.map((m) => <li key={m}>{m}</li>)}</ol>
      </Card>
    </>
  );
}

/** Materials each with its QR code (for posters and leaflets) and, for staff, the activities every school must hold. */
export function CampaignMaterials({ campaign: c, showRequired }: { campaign: Campaign; showRequired: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {c.materials.length > 0 && (
        <Card title={t('prevention.campaign.materials')}>
          <ul className="materials" aria-label={t('prevention.campaign.materials')}>
            {c.materials.map((m) => (
              <li key={m.id} className="material">
                <QrImage value={m.qrPayload} label={t('prevention.qrOf', { title: m.title })} size={120} />
                <div className="stack-tight">
                  <strong>{m.title}</strong>
                  <span className="small muted">{t(`prevention.materialKinds.${m.kind}`)}</span>
                  <a className="break small" href={m.url} target="_blank" rel="noopener noreferrer">{m.url}</a>
                  <a className="small" href={m.qrSvgPath} download>{t('prevention.campaign.qrDownload')}</a>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {showRequired && c.requiredActivities.length > 0 && (
        <Card title={t('prevention.campaign.required')}>
          <ul className="plain-list">
            {c.requiredActivities.map((r) => (
              <li key={r.key}>{r.title}{r.format && <span className="muted small"> · {t(`prevention.formats.${r.format}`)}</span>}</li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
