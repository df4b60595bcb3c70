import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicePacket } from '@truongan/contracts';
import { Badge } from '../../components/ui/Badge.tsx';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { AlertMedia } from './AlertMedia.tsx';

/** One packet as the ward police read it — what, where, when, evidence, who confirmed — with acknowledge and report back. */
export function PacketCard({ packet, onChanged }: { packet: PolicePacket; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const submit = useSubmit();
  const [report, setReport] = useState('');
  const base = `/api/police/alerts/${encodeURIComponent(packet.id)}`;
  const when = (iso: string | null) => formatDateTime(iso, i18n.language);
  return (
    <li className={`alert-item alert-item-${packet.what.priority}`} data-packet-id={packet.id} data-status={packet.status}>
      <div className="row-between">
        <strong>{packet.schoolName}</strong>
        <Badge tone={packet.status === 'sent' ? 'bad' : 'ok'}>{t(`strangers.police.${packet.status}`)}</Badge>
      </div>
      {packet.schoolAddress && <p className="muted small">{packet.schoolAddress}</p>}
      <dl className="packet-facts">
        <dt>{t('strangers.portal.what')}</dt>
        <dd>{t(`strangers.kind.${packet.what.kind}`)} — {en ? packet.what.summaryEn : packet.what.summaryVi}</dd>
        <dt>{t('strangers.portal.where')}</dt>
        <dd>{packet.where.cameraName ?? '—'}{packet.where.zone && <> ({t(`strangers.zone.${packet.where.zone}`)})</>}</dd>
        <dt>{t('strangers.portal.when')}</dt>
        <dd>{t('strangers.portal.raisedAt')} {when(packet.when.raisedAt)} · {t('strangers.portal.confirmedAt')} {when(packet.when.confirmedAt)} · {t('strangers.portal.escalatedAt')} {when(packet.when.escalatedAt)}</dd>
        <dt>{t('strangers.confirmedBy')}</dt>
        <dd>{packet.confirmedBy}</dd>
        {packet.schoolNote && <><dt>{t('strangers.portal.schoolNote')}</dt><dd>{packet.schoolNote}</dd></>}
        {packet.acknowledgedBy && <><dt>{t('strangers.portal.acknowledgedBy')}</dt><dd>{packet.acknowledgedBy}, {when(packet.acknowledgedAt)}</dd></>}
        {packet.report && <><dt>{t('strangers.portal.reportBack')}</dt><dd>{packet.report}</dd></>}
      </dl>
      <AlertMedia alertId={packet.alertId} snapshotIds={packet.snapshotIds} clipId={packet.clipId} hasCamera={false} />
      {packet.status === 'sent' && (
        <div className="actions">
          <Button disabled={submit.busy} onClick={() => submit.run(async () => { await api.post(`${base}/acknowledge`, {}); onChanged(); })}>{t('strangers.portal.acknowledge')}</Button>
        </div>
      )}
      <form className="stack-tight" onSubmit={(e) => { e.preventDefault(); if (report.trim()) void submit.run(async () => { await api.post(`${base}/report`, { report: report.trim() }); setReport(''); onChanged(); }); }}>
        <label className="field">
          <span>{t('strangers.portal.report')}</span>
          <textarea rows={3} maxLength={2000} value={report} aria-label={t('strangers.portal.reportLabel')} onChange={(e) => setReport(e.target.value)} />
        </label>
        <div className="actions"><Button type="submit" variant="secondary" disabled={submit.busy || !report.trim()}>{t('strangers.portal.sendReport')}</Button></div>
      </form>
      <ErrorMessage error={submit.error} />
    </li>
  );
}
