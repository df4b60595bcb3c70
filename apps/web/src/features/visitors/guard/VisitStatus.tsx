import { useTranslation } from 'react-i18next';
import type { Visit } from '@truongan/contracts';

const TONE: Record<Visit['status'], string> = { expected: 'badge-info', checked_in: 'badge-ok', checked_out: 'badge-neutral', held: 'badge-bad', cancelled: 'badge-bad' };

/** A visit's state as a coloured word; an overstay shows on top of "inside". */
export function VisitStatus({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      <span className={`badge ${TONE[visit.status]}`}>{t(`visitors.status.${visit.status}`)}</span>
      {visit.overstay && <span className="badge badge-warn">{t('visitors.status.overstay')}</span>}
    </span>
  );
}
