import { useTranslation } from 'react-i18next';
import type { ConsentRecord } from '@truongan/contracts';
import { formatDateTime } from '../../lib/format.ts';
import { ConsentStateBadge } from '../../components/ConsentStateBadge.tsx';

/** Every decision for this purpose, newest first: when, what, which text version, through which channel. */
export function ConsentHistory({ records }: { records: ConsentRecord[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...records].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0) return <p className="muted small">{t('guardian.historyEmpty')}</p>;
  return (
    <ol className="history" aria-label={t('guardian.history')}>
      {sorted.map((r) => (
        <li key={r.id} className="small">
          <time dateTime={r.at}>{formatDateTime(r.at, i18n.language)}</time> · <ConsentStateBadge state={r.decision} />
          {' '}· {t('guardian.version', { v: r.textVersion })} · {t(`guardian.channels.${r.channel}`)}
        </li>
      ))}
    </ol>
  );
}
