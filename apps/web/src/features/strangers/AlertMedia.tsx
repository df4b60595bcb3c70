import { useTranslation } from 'react-i18next';

/** The alert's snapshots and its clip, fetched with the session cookie (every read is audited on the server). */
export function AlertMedia({ alertId, snapshotIds, clipId, hasCamera }: { alertId: string; snapshotIds: string[]; clipId: string | null; hasCamera: boolean }) {
  const { t } = useTranslation();
  const base = `/api/alerts/${encodeURIComponent(alertId)}`;
  return (
    <div className="alert-media">
      {snapshotIds.length > 0 && (
        <div className="alert-snapshots" aria-label={t('strangers.snapshots')}>
          {snapshotIds.map((id, i) => <img key={id} src={`${base}/snapshots/${encodeURIComponent(id)}`} alt={`${t('strangers.snapshots')} ${i + 1}`} loading="lazy" />)}
        </div>
      )}
      {clipId ? (
        <figure className="alert-clip">
          <video controls muted playsInline preload="metadata" src={`${base}/clips/${encodeURIComponent(clipId)}`} aria-label={t('strangers.clip')} />
          <figcaption className="muted small">{t('strangers.clip')}</figcaption>
        </figure>
      ) : hasCamera && <p className="muted small">{t('strangers.clipPending')}</p>}
    </div>
  );
}
