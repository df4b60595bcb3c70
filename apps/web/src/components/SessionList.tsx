import { useTranslation } from 'react-i18next';
import type { DaySession } from '@truongan/contracts';

/** Morning/afternoon sessions with their times and the late threshold. */
export function SessionList({ sessions }: { sessions: DaySession[] }) {
  const { t } = useTranslation();
  if (sessions.length === 0) return <p className="muted">{t('app.none')}</p>;
  return (
    <ul className="plain-list sessions">
      {sessions.map((s) => (
        <li key={s.id}>
          <strong>{t(`sessions.${s.name}`)}</strong>
          <span>{t('sessions.time', { from: s.startsAt, to: s.endsAt })}</span>
          <span className="muted small">{t('sessions.late', { n: s.lateAfterMinutes })}</span>
        </li>
      ))}
    </ul>
  );
}
