import type { SnapshotLinkView } from '@truongan/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { AppHeader } from '../../components/AppHeader.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useMe } from '../../hooks/use-me.ts';
import { isSignedIn } from '../../lib/me-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Call111 } from './Call111.tsx';

/**
 * `/s/:snapshotId?g&e&s`, the page a notification links to. The server checks the link's MAC and that the signed-in
 * guardian is the one it was sent to; the picture then loads through the authorised snapshot endpoint.
 */
export function SnapshotLinkPage() {
  const { t, i18n } = useTranslation();
  const { snapshotId } = useParams();
  const location = useLocation();
  const { me, loading } = useMe();
  const signedIn = !!me && isSignedIn(me);
  const view = useApi<SnapshotLinkView>(signedIn && snapshotId ? `/api/family/snapshot-links/${encodeURIComponent(snapshotId)}${location.search}` : null);
  const p = view.data?.passage;
  return (
    <>
      <AppHeader />
      <main id="main" className="page stack">
        <div className="row-between"><h1>{t('family.link.title')}</h1><Call111 /></div>
        {loading && <Loading />}
        {!loading && !signedIn && (
          <div className="card stack-tight">
            <p>{t('family.link.signIn')}</p>
            <Link className="btn btn-primary" to="/signin" state={{ from: `${location.pathname}${location.search}` }}>{t('family.link.signInButton')}</Link>
          </div>
        )}
        {view.loading && <Loading />}
        <ErrorMessage error={view.error} />
        {view.data && p && (
          <figure className="card snapshot-figure">
            <img src={`/api/snapshots/${encodeURIComponent(view.data.snapshotId)}`} alt={p.studentName} width={320} height={320} />
            <figcaption>{t('family.link.passage', { name: p.studentName, class: p.className ?? '—',
              dir: t(p.direction === 'in' ? 'family.timeline.entry' : 'family.timeline.exit'), at: formatDateTime(p.at, i18n.language) })}</figcaption>
          </figure>
        )}
        {signedIn && <Link to="/">{t('family.link.timeline')}</Link>}
      </main>
    </>
  );
}
