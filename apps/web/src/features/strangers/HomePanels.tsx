import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Alert, PolicePacket } from '@truongan/contracts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useMe } from '../../hooks/use-me.ts';
import { hasRole } from '../../lib/roles.ts';

/** Principal's home: how many alerts wait, one tap to the queue. */
export function SchoolAlertsPanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  const schoolId = me && hasRole(me, 'school_admin') ? me.grants.find((g) => g.role === 'school_admin')?.scopeId : undefined;
  const alerts = useApi<Alert[]>(schoolId ? `/api/schools/${schoolId}/alerts` : null);
  if (!schoolId) return null;
  const open = alerts.data?.filter((a) => a.status === 'open' || a.status === 'acknowledged').length ?? 0;
  return (
    <Card title={t('strangers.title')}>
      <p>{t('strangers.status.open')}: <strong>{open}</strong> · {t('strangers.queue')}: <strong>{alerts.data?.length ?? 0}</strong></p>
      <ErrorMessage error={alerts.error} onRetry={alerts.reload} />
      <div className="actions"><Link className="btn btn-primary" to={`/schools/${schoolId}/alerts`}>{t('strangers.nav.alerts')}</Link></div>
    </Card>
  );
}

/** Ward police home: packets not yet acknowledged. */
export function PoliceAlertsPanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  const police = !!me && hasRole(me, 'ward_police');
  const packets = useApi<PolicePacket[]>(police ? '/api/police/alerts' : null);
  if (!police) return null;
  const waiting = packets.data?.filter((p) => p.status === 'sent').length ?? 0;
  return (
    <Card title={t('strangers.portal.title')}>
      <p>{t('strangers.police.sent')}: <strong>{waiting}</strong></p>
      <ErrorMessage error={packets.error} onRetry={packets.reload} />
      <div className="actions"><Link className="btn btn-primary" to="/police/alerts">{t('strangers.nav.police')}</Link></div>
    </Card>
  );
}
