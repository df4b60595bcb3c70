import { useTranslation } from 'react-i18next';
import type { PolicePacket } from '@truongan/contracts';
import { LiveIndicator } from '../../components/LiveIndicator.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useEventSource } from '../../hooks/use-event-source.ts';
import { PacketCard } from './PacketCard.tsx';

/** The ward police portal: confirmed alerts the schools of the ward escalated, newest first, live. */
export function PolicePortalPage() {
  const { t } = useTranslation();
  const packets = useApi<PolicePacket[]>('/api/police/alerts');
  const { reload } = packets;
  const { connected } = useEventSource('/api/police/alerts/stream', { snapshot: () => reload() });
  return (
    <div className="stack">
      <div className="row-between">
        <h1>{t('strangers.portal.title')}</h1>
        <LiveIndicator connected={connected} live={t('strangers.live')} offline={t('strangers.offline')} />
      </div>
      <p className="lead">{t('strangers.portal.lead')}</p>
      {packets.loading && !packets.data && <Loading />}
      <ErrorMessage error={packets.error} onRetry={reload} />
      {packets.data?.length === 0 && <p className="muted">{t('strangers.portal.empty')}</p>}
      {packets.data && packets.data.length > 0 && (
        <ul className="alert-list" aria-label={t('strangers.portal.title')}>
          {packets.data.map((p) => <PacketCard key={p.id} packet={p} onChanged={reload} />)}
        </ul>
      )}
    </div>
  );
}
