import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Campaign } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useMe } from '../../hooks/use-me.ts';
import { formatDate, todayIso } from '../../lib/format.ts';
import { Badge } from '../../components/ui/Badge.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { AnsweredBadge } from './AnsweredBadge.tsx';
import { canManageCampaigns, isParticipant } from './roles.ts';

/** `/campaigns`: campaigns addressed to the schools this person may see (staff) or to their school (students, guardians). */
export function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const list = useApi<Campaign[]>('/api/campaigns');
  const today = todayIso();
  const phase = (c: Campaign) => (today < c.startsOn ? 'upcoming' : today > c.endsOn ? 'ended' : 'running');
  return (
    <div className="stack">
      <div className="row-between">
        <h1>{t('prevention.campaigns.title')}</h1>
        {me && canManageCampaigns(me) && <Link className="btn btn-primary" to="/campaigns/new">{t('prevention.campaigns.create')}</Link>}
      </div>
      <p className="lead">{t('prevention.campaigns.lead')}</p>
      {list.loading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.length === 0 && <Notice>{t('prevention.campaigns.none')}</Notice>}
      {list.data && list.data.length > 0 && (
        <ul className="cards" aria-label={t('prevention.campaigns.title')}>
          {list.data.map((c) => (
            <li key={c.id}>
              <div className="row-between">
                <Link to={`/campaigns/${c.id}`} className="campaign-title"><strong>{c.title}</strong></Link>
                <Badge tone={phase(c) === 'running' ? 'ok' : phase(c) === 'upcoming' ? 'info' : 'neutral'}>{t(`prevention.campaigns.phase.${phase(c)}`)}</Badge>
              </div>
              <p className="small muted">
                {formatDate(c.startsOn, i18n.language)} – {formatDate(c.endsOn, i18n.language)} · {t('prevention.campaigns.schools', { count: c.schoolIds.length })}
              </p>
              <p className="small">{c.summary}</p>
              {me && isParticipant(me) && <AnsweredBadge campaignId={c.id} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
