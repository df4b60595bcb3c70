import { useTranslation } from 'react-i18next';
import type { WatchlistEntry } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useMe } from '../../../hooks/use-me.ts';
import { useSchools } from '../../../hooks/use-schools.ts';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';
import { WatchlistForm } from './WatchlistForm.tsx';

const TONE = { pending: 'badge-warn', active: 'badge-bad', revoked: 'badge-neutral' } as const;

/** The watchlist of the schools in scope (school admin: their school; ward police: the ward's schools). */
export function WatchlistPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const schools = useSchools();
  const list = useApi<WatchlistEntry[]>('/api/watchlist');
  const act = useSubmit();
  const names = new Map(schools.data?.map((s) => [s.id, s.name]));
  const mine = (e: WatchlistEntry) => e.requestedByName === me.me?.displayName;
  const run = (e: WatchlistEntry, what: 'approve' | 'revoke') => void act.run(async () => { await api.post(`/api/watchlist/${e.id}/${what}`); list.reload(); });
  return (
    <div className="stack">
      <h1>{t('visitors.watch.title')}</h1>
      <p className="alert alert-info">{t('visitors.watch.twoPeople')}</p>
      {list.loading && !list.data && <Loading />}
      <ErrorMessage error={list.error ?? act.error} onRetry={list.reload} />
      {list.data?.length === 0 && <p className="muted">{t('visitors.watch.empty')}</p>}
      <ul className="plain-list visitors-list">
        {list.data?.map((e) => (
          <li key={e.id} className="visitors-item">
            <div className="row-between">
              <strong>{e.fullName}{e.idLast4 && <span className="muted small"> …{e.idLast4}</span>}</strong>
              <span className={`badge ${TONE[e.status]}`}>{t(`visitors.watch.${e.status}`)}</span>
            </div>
            <p className="small">{t(`visitors.watch.reasons.${e.reasonKind}`)} · {e.source}{e.hasFace ? ` · ${t('visitors.watch.face')}` : ''}</p>
            <p className="small muted">
              {names.get(e.schoolId) ?? e.schoolId} · {t('visitors.watch.requested')}: {e.requestedByName}
              {e.approvedByName && <> · {t('visitors.watch.approved')}: {e.approvedByName}</>} · {t('visitors.watch.expires')} {formatDate(e.expiresAt.slice(0, 10), i18n.language)}
            </p>
            <div className="actions">
              {e.status === 'pending' && !mine(e) && <Button className="btn-small" disabled={act.busy} onClick={() => run(e, 'approve')}>{t('visitors.watch.approve')}</Button>}
              {e.status !== 'revoked' && <Button variant="secondary" className="btn-small" disabled={act.busy} onClick={() => run(e, 'revoke')}>{t('visitors.watch.revoke')}</Button>}
            </div>
          </li>
        ))}
      </ul>
      <Card title={t('visitors.watch.add')}>
        {schools.data && <WatchlistForm schools={schools.data} onDone={list.reload} />}
      </Card>
    </div>
  );
}
