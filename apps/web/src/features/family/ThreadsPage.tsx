import type { FamilyThreadSummary } from '@truongan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/Badge.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { useMe } from '../../hooks/use-me.ts';
import { formatDateTime } from '../../lib/format.ts';
import { hasRole } from '../../lib/roles.ts';
import { Call111 } from './Call111.tsx';
import { ComposeMessage } from './ComposeMessage.tsx';
import { useThreads } from './hooks.ts';

/** `/messages`: a guardian's conversations with the school, or (staff) every conversation of their class or school plus a new message form. */
export function ThreadsPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const threads = useThreads();
  const staff = !!me && hasRole(me, 'homeroom_teacher', 'school_admin');
  return (
    <div className="stack">
      <div className="row-between">
        <h1>{t(staff ? 'family.threads.staffTitle' : 'family.threads.title')}</h1>
        {!staff && <Call111 />}
      </div>
      {staff && <ComposeMessage onSent={threads.reload} />}
      {threads.loading && !threads.data && <Loading />}
      <ErrorMessage error={threads.error} onRetry={threads.reload} />
      {threads.data?.length === 0 && <p>{t('family.threads.none')}</p>}
      {threads.data && threads.data.length > 0 && (
        <ul className="cards thread-list" aria-label={t('family.threads.list')}>
          {threads.data.map((th) => <ThreadItem key={th.id} thread={th} staff={staff} />)}
        </ul>
      )}
    </div>
  );
}

function ThreadItem({ thread, staff }: { thread: FamilyThreadSummary; staff: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`thread-item${thread.unread ? ' thread-unread' : ''}`}>
      <Link to={`/messages/${encodeURIComponent(thread.id)}`} className="thread-link"><strong>{thread.subject}</strong></Link>
      <div className="small muted">
        {staff ? t('family.threads.to', { label: thread.audienceLabel }) : t('family.threads.by', { name: thread.createdByName })} · {t('family.threads.last', { at: formatDateTime(thread.lastAt, i18n.language) })}
      </div>
      <div className="badges">
        <Badge tone="info">{t(`family.threads.audience.${thread.audienceKind}`)}</Badge>
        {staff && <Badge>{t('family.threads.members', { n: thread.members })}</Badge>}
        {thread.replies > 0 && <Badge>{t('family.threads.replies', { n: thread.replies })}</Badge>}
        {thread.unread > 0 && <Badge tone="warn">{t('family.threads.unread', { n: thread.unread })}</Badge>}
      </div>
    </li>
  );
}
