import { useTranslation } from 'react-i18next';
import type { GatePassage } from '../../types/api.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { LiveIndicator } from '../../components/LiveIndicator.tsx';
import { PassageItem } from './PassageItem.tsx';

/** Today's passages, newest first, as they arrive. */
export function PassageList({ passages, connected, error, loading, reload, cameraNames }: {
  passages: GatePassage[] | undefined; connected: boolean; error: unknown; loading: boolean; reload: () => void; cameraNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <section className="stack-tight" aria-labelledby="gate-passages">
      <div className="row-between">
        <h2 id="gate-passages">{t('gate.passages')}</h2>
        <LiveIndicator connected={connected} live={t('gate.live')} offline={t('gate.offline')} />
      </div>
      {loading && !passages && <Loading />}
      {!passages && <ErrorMessage error={error} onRetry={reload} />}
      {passages?.length === 0 && <p className="muted">{t('gate.noPassages')}</p>}
      {passages && passages.length > 0 && (
        <ul className="passages" aria-label={t('gate.passages')}>
          {passages.map((p) => <PassageItem key={p.id} passage={p} cameraName={cameraNames.get(p.cameraId)} onSettled={reload} />)}
        </ul>
      )}
    </section>
  );
}
