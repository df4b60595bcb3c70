import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../hooks/use-me.ts';
import { Card } from '../../components/ui/Card.tsx';
import { canManageCampaigns, isParticipant, isStudent } from './roles.ts';

/** The home screen's way into prevention: campaigns, safety lessons and counselling, as large tiles for a phone. */
export function PreventionPanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return null;
  const area = canManageCampaigns(me);
  return (
    <Card title={t('prevention.panel.title')} className="prevention-panel">
      <div className="tiles">
        <Link className="tile tile-primary" to="/campaigns">{t(isParticipant(me) ? 'prevention.panel.campaignsToDo' : 'prevention.panel.campaigns')}</Link>
        {area && <Link className="tile" to="/campaigns/new">{t('prevention.campaigns.create')}</Link>}
        {!area && <Link className="tile" to="/lessons">{t('prevention.nav.lessons')}</Link>}
        {!area && <Link className="tile" to="/counselling">{t(isStudent(me) ? 'prevention.panel.askCounselling' : 'prevention.nav.counselling')}</Link>}
      </div>
    </Card>
  );
}
