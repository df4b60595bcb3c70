import { useTranslation } from 'react-i18next';
import type { Activity, Campaign } from '@truongan/contracts';
import { formatDate, formatNumber } from '../../lib/format.ts';

/** Activities the schools recorded, with their evidence photos (served only to those who may see the campaign). */
export function ActivityList({ campaign, activities, schoolNames }: { campaign: Campaign; activities: Activity[]; schoolNames: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  if (!activities.length) return <p className="muted">{t('prevention.activity.none')}</p>;
  const requiredTitle = (key: string | null) => campaign.requiredActivities.find((r) => r.key === key)?.title;
  return (
    <ul className="cards" aria-label={t('prevention.activity.list')}>
      {activities.map((a) => (
        <li key={a.id} className="activity">
          <div className="row-between">
            <strong>{formatDate(a.heldOn, i18n.language)} · {t(`prevention.formats.${a.format}`)}</strong>
            <span className="small">{t('prevention.activity.participantsN', { n: formatNumber(a.participants, i18n.language) })}</span>
          </div>
          <span className="small muted">{schoolNames.get(a.schoolId) ?? a.schoolId}{requiredTitle(a.requiredKey) && ` · ${requiredTitle(a.requiredKey)}`}</span>
          {a.note && <p className="small">{a.note}</p>}
          {a.photoIds.length > 0 && (
            <div className="evidence">
              {a.photoIds.map((p, i) => (
                <a key={p} href={`/api/campaigns/${campaign.id}/photos/${p}`} target="_blank" rel="noreferrer">
                  <img className="thumb thumb-large" src={`/api/campaigns/${campaign.id}/photos/${p}`} alt={t('prevention.activity.photoAlt', { n: i + 1 })} loading="lazy" />
                </a>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
