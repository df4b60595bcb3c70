import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Lesson } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { QrImage } from './QrImage.tsx';

/**
 * `/lessons/:slug/poster`: an A4 poster for the notice board. The QR code leads to the lesson in the app (where the
 * reader can acknowledge it); the print style sheet drops the app's header and navigation.
 */
export function LessonPosterPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const lessons = useApi<Lesson[]>('/api/lessons');
  const lesson = lessons.data?.find((l) => l.slug === slug);
  const url = `${window.location.origin}/lessons/${encodeURIComponent(slug)}`;
  return (
    <div className="stack">
      <div className="actions no-print">
        <Link to="/lessons" className="small">← {t('prevention.lessons.all')}</Link>
        <Button onClick={() => window.print()}>{t('prevention.poster.print')}</Button>
      </div>
      {lessons.loading && <Loading />}
      <ErrorMessage error={lessons.error} />
      {lessons.data && !lesson && <p>{t('app.notFound')}</p>}
      {lesson && (
        <article className="poster" aria-label={t('prevention.poster.label', { title: lesson.title })}>
          <p className="poster-kicker">{t('prevention.poster.kicker')}</p>
          <h1 className="poster-title">{lesson.title}</h1>
          <ul className="poster-points">{lesson.keyPoints.map((p) => <li key={p}>{p}</li>)}</ul>
          <div className="poster-qr">
            <QrImage value={url} label={t('prevention.poster.qrAlt', { title: lesson.title })} size={260} />
            <div>
              <p className="poster-scan">{t('prevention.poster.scan')}</p>
              <p className="small break">{url}</p>
            </div>
          </div>
          <p className="poster-hotline">{t('prevention.poster.hotline')}</p>
        </article>
      )}
    </div>
  );
}
