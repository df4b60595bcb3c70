import { useTranslation } from 'react-i18next';
import type { MyCampaignResponse } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { Badge } from '../../components/ui/Badge.tsx';

/** For a student or guardian: whether this campaign still waits for their acknowledgement. */
export function AnsweredBadge({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const mine = useApi<MyCampaignResponse>(`/api/campaigns/${campaignId}/my-response`);
  if (!mine.data) return null;
  return mine.data.responded ? <Badge tone="ok">{t('prevention.campaigns.answered')}</Badge> : <Badge tone="warn">{t('prevention.campaigns.toAnswer')}</Badge>;
}
