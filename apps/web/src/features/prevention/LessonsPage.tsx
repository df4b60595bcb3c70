import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Lesson, LessonReach } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useMe } from '../../hooks/use-me.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { request } from '../../lib/api.ts';
import { HotlineLink } from '../../components/HotlineLink.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { LessonCard } from './LessonCard.tsx';
import { isParticipant, readsCampaignReach, schoolGrantOf } from './roles.ts';
import { useParticipation } from './use-participation.ts';

/** `/lessons` and `/lessons/:slug` (where a poster's QR code lands): the safety-lesson library with acknowledgements. */
export function LessonsPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const { me } = useMe();
  const participant = !!me && isParticipant(me);
  const lessons = useApi<Lesson[]>('/api/lessons');
  const who = useParticipation(participant);
  const school = me && readsCampaignReach(me) ? schoolGrantOf(me) : undefined;
  const reach = useApi<LessonReach>(school ? `/api/schools/${school}/lesson-reach` : null);
  const { busy, error, run } = useSubmit();
  const student = who.data?.students[0];
  const shown = (lessons.data ?? []).filter((l) => !slug || l.slug === slug);

  const acknowledge = (l: Lesson) => run(async () => {
    if (!student) return;
    await request('POST', `/api/lessons/${l.id}/acknowledge`, { studentId: student.id }); // 204: no body to parse
    lessons.reload();
  });

  return (
    <div className="stack">
      <h1>{t('prevention.lessons.title')}</h1>
      {slug ? <Link to="/lessons" className="small">← {t('prevention.lessons.all')}</Link> : <p className="lead">{t('prevention.lessons.lead')}</p>}
      {lessons.loading && <Loading />}
      <ErrorMessage error={lessons.error ?? error} onRetry={lessons.error ? lessons.reload : undefined} />
      {shown.map((l) => {
        const r = reach.data?.lessons.find((x) => x.lessonId === l.id);
        return <LessonCard key={l.id} lesson={l} canAcknowledge={participant && !!student} busy={busy} onAcknowledge={() => void acknowledge(l)}
          counts={r ? { students: r.students, guardians: r.guardians } : undefined} />;
      })}
      <HotlineLink />
    </div>
  );
}
