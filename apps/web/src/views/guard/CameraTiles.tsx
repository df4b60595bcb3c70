import { useTranslation } from 'react-i18next';
import type { ApiState } from '../../hooks/use-api.ts';
import type { CameraWithState } from '../../types/api.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { CameraTile } from './CameraTile.tsx';

/** The school's cameras at a glance for the guard, refreshed every few seconds. */
export function CameraTiles({ cams }: { cams: ApiState<CameraWithState[]> }) {
  const { t } = useTranslation();
  return (
    <section className="stack-tight" aria-labelledby="gate-cameras">
      <h2 id="gate-cameras">{t('gate.cameras')}</h2>
      {cams.loading && !cams.data && <Loading />}
      {!cams.data && <ErrorMessage error={cams.error} onRetry={cams.reload} />}
      {cams.data?.length === 0 && <p className="muted">{t('gate.noCameras')}</p>}
      {cams.data && cams.data.length > 0 && (
        <ul className="camera-tiles" aria-label={t('gate.cameras')}>
          {cams.data.map((c) => <CameraTile key={c.id} camera={c} />)}
        </ul>
      )}
    </section>
  );
}
