import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '@truongan/contracts';
import { formatDateTime } from '../../../lib/format.ts';

/** Notes, replies or agency exchanges, oldest first, each with who and when. */
export function EventList({ events, label, empty, describe }: { events: CaseEvent[]; label: string; empty: string; describe?: (e: CaseEvent) => string | null }) {
  const { i18n } = useTranslation();
  if (events.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="cases-events" aria-label={label}>
      {events.map((e) => (
        <li key={e.id}>
          <span className="small muted">{formatDateTime(e.at, i18n.language)} · {e.actorName}{describe?.(e) ? ` · ${describe(e)}` : ''}</span>
          {e.body && <p>{e.body}</p>}
        </li>
      ))}
    </ol>
  );
}
