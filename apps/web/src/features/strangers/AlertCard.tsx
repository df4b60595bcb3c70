import { useTranslation } from 'react-i18next';
import type { Alert } from '@truongan/contracts';
import { Badge, type Tone } from '../../components/ui/Badge.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { AlertActions } from './AlertActions.tsx';
import { AlertMedia } from './AlertMedia.tsx';

const STATUS_TONE: Record<Alert['status'], Tone> = { open: 'bad', acknowledged: 'warn', confirmed: 'warn', false_alarm: 'neutral', escalated: 'info' };

/** One alert: what and where, the evidence, who handled it, the police's answer, and the actions left. */
export function AlertCard({ alert, onChanged }: { alert: Alert; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  return (
    <li className={`alert-item alert-item-${alert.priority}`} data-alert-id={alert.id} data-status={alert.status}>
      <div className="row-between">
        <strong>{t(`strangers.kind.${alert.kind}`)}</strong>
        <span className="alert-badges">
          {alert.priority === 'high' && <Badge tone="bad">{t('strangers.priority.high')}</Badge>}
          <Badge tone={STATUS_TONE[alert.status]}>{t(`strangers.status.${alert.status}`)}</Badge>
        </span>
      </div>
      <p>{en ? alert.summaryEn : alert.summaryVi}</p>
      <p className="muted small">
        {t('strangers.at')} <time dateTime={alert.raisedAt}>{formatDateTime(alert.raisedAt, i18n.language)}</time>
        {alert.cameraName && <> · {t('strangers.camera')}: {alert.cameraName}</>}
        {alert.zone && <> · {t(`strangers.zone.${alert.zone}`)}</>}
      </p>
      <AlertMedia alertId={alert.id} snapshotIds={alert.snapshotIds} clipId={alert.clipId} hasCamera={!!alert.cameraId} />
      {(alert.confirmedBy || alert.handledBy || alert.note) && (
        <p className="small">
          {alert.confirmedBy ? <>{t('strangers.confirmedBy')}: {alert.confirmedBy}</> : alert.handledBy && <>{t('strangers.handledBy')}: {alert.handledBy}</>}
          {alert.note && <> · {t('strangers.note')}: {alert.note}</>}
          {alert.feedback && <> · {t(`strangers.falseAlarm.${alert.feedback}`)}</>}
        </p>
      )}
      {alert.police && (
        <div className={`alert alert-${alert.police.status === 'sent' ? 'warn' : 'ok'} police-status`} role="status">
          <strong>{t(`strangers.police.${alert.police.status}`)}</strong>
          {alert.police.acknowledgedBy && <> — {alert.police.acknowledgedBy}, {formatDateTime(alert.police.acknowledgedAt, i18n.language)}</>}
          {alert.police.report && <p className="small">{t('strangers.portal.reportBack')}: {alert.police.report}</p>}
        </div>
      )}
      <AlertActions alert={alert} onDone={onChanged} />
    </li>
  );
}
