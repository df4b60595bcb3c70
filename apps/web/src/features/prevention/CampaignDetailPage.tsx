import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Activity, Campaign, School } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useMe } from '../../hooks/use-me.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { ActivityList } from './ActivityList.tsx';
import { CampaignMaterials, CampaignOverview } from './CampaignOverview.tsx';
import { ReachDashboard } from './ReachDashboard.tsx';
import { RespondCard } from './RespondCard.tsx';
import { isParticipant, readsCampaignReach, recordsActivities, schoolGrantOf } from './roles.ts';

/** `/campaigns/:campaignId`: the campaign, then what this person does with it: answer, record, or follow reach. */
export function CampaignDetailPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const { me } = useMe();
  const campaign = useApi<Campaign>(`/api/campaigns/${encodeURIComponent(campaignId)}`);
  const staff = !!me && readsCampaignReach(me);
  const activities = useApi<Activity[]>(staff ? `/api/campaigns/${encodeURIComponent(campaignId)}/activities` : null);
  const schools = useApi<School[]>(staff ? '/api/schools' : null);
  const [version, setVersion] = useState(0);
  if (!me) return null;
  const c = campaign.data;
  const mySchool = schoolGrantOf(me);
  const names = new Map((schools.data ?? []).map((s) => [s.id, s.name]));
  const saved = () => { activities.reload(); setVersion((v) => v + 1); };
  return (
    <div className="stack">
      <Link to="/campaigns" className="small">← {t('prevention.campaigns.title')}</Link>
      {campaign.loading && <Loading />}
      <ErrorMessage error={campaign.error} onRetry={campaign.reload} />
      {c && (
        <>
          <h1>{c.title}</h1>
          <CampaignOverview campaign={c} />
          {isParticipant(me) && <RespondCard campaign={c} />}
          <CampaignMaterials campaign={c} showRequired={staff} />
          {recordsActivities(me) && mySchool && c.schoolIds.includes(mySchool) && (
            <Card title={t('prevention.activity.title')}>
              <ActivityForm campaign={c} schoolId={mySchool} onSaved={saved} />
            </Card>
          )}
          {staff && <ReachDashboard key={version} campaignId={c.id} />}
          {staff && (
            <Card title={t('prevention.activity.list')}>
              <ErrorMessage error={activities.error} />
              {activities.data && <ActivityList campaign={c} activities={activities.data} schoolNames={names} />}
            </Card>
          )}
        </>
      )}
    </div>
  );
}
