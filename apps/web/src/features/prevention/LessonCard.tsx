import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Lesson } from '@truongan/contracts';
import { Badge } from '../../components/ui/Badge.tsx';
import { Button } from '../../components/ui/Button.tsx';

/** One safety lesson: the text, the points to remember, "I have read it" for students and guardians, the poster for staff. */
export function LessonCard({ lesson: l, canAcknowledge, busy, onAcknowledge, counts }: {
  lesson: Lesson; canAcknowledge: boolean; busy: boolean; onAcknowledge: () => void; counts?: { students: number; guardians: number };
}) {
  const { t } = useTranslation();
  return (
    <article className="card lesson" id={l.slug} aria-labelledby={`${l.slug}-title`}>
      <div className="row-between">
        <h2 id={`${l.slug}-title`}><Link to={`/lessons/${l.slug}`}>{l.title}</Link></h2>
        {l.acknowledged && <Badge tone="ok">{t('prevention.lessons.acknowledged')}</Badge>}
      </div>
      <p className="small muted">{t(`prevention.lessons.audience.${l.audience}`)}</p>
      <p>{l.body}</p>
      <h3>{t('prevention.lessons.remember')}</h3>
      <ul className="key-points">{l.keyPoints.map((p) => <li key={p}>{p}</li>)}</ul>
      {counts && <p className="small muted">{t('prevention.lessons.counts', counts)}</p>}
      <div className="actions">
        {canAcknowledge && !l.acknowledged && (
          <Button onClick={onAcknowledge} disabled={busy} aria-label={t('prevention.lessons.ackOf', { title: l.title })}>{t('prevention.lessons.ack')}</Button>
        )}
        <Link className="btn btn-secondary btn-small" to={`/lessons/${l.slug}/poster`}>{t('prevention.lessons.poster')}</Link>
      </div>
    </article>
  );
}
