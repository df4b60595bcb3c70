import { useTranslation } from 'react-i18next';
import type { CameraZone } from '@truongan/contracts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';

interface CameraZoneRow { cameraId: string; name: string; role: string; zone: CameraZone; zoneSet: boolean }
const ZONES: CameraZone[] = ['gate_lane', 'outside', 'perimeter', 'inside'];

/** Principal: where each camera looks, which decides its stranger rules (only gate-lane cameras count attendance). */
export function CameraZones({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const rows = useApi<CameraZoneRow[]>(`/api/schools/${encodeURIComponent(schoolId)}/camera-zones`);
  const submit = useSubmit();
  const change = (cameraId: string, zone: CameraZone) => submit.run(async () => {
    await api.put(`/api/schools/${encodeURIComponent(schoolId)}/cameras/${encodeURIComponent(cameraId)}/zone`, { zone });
    rows.reload();
  });
  if (!rows.data?.length) return <ErrorMessage error={rows.error} onRetry={rows.reload} />;
  return (
    <Card title={t('strangers.zones.title')} level={3}>
      <p className="muted small">{t('strangers.zones.help')}</p>
      <ul className="cards">
        {rows.data.map((c) => (
          <li key={c.cameraId} className="row-between">
            <label htmlFor={`zone-${c.cameraId}`}>{c.name}</label>
            <select id={`zone-${c.cameraId}`} value={c.zone} disabled={submit.busy} onChange={(e) => change(c.cameraId, e.target.value as CameraZone)}>
              {ZONES.map((z) => <option key={z} value={z}>{t(`strangers.zone.${z}`)}</option>)}
            </select>
          </li>
        ))}
      </ul>
      <ErrorMessage error={submit.error} />
    </Card>
  );
}
