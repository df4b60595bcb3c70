import type { TimelineDay } from '@truongan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Badge, type Tone } from '../../components/ui/Badge.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { SnapshotThumb } from '../../components/SnapshotThumb.tsx';
import { formatDate, formatTime, todayIso } from '../../lib/format.ts';
import { Call111 } from './Call111.tsx';
import { useTimeline } from './hooks.ts';

const TONE: Record<string, Tone> = { present: 'ok', left: 'neutral', late: 'warn', absent: 'bad', excused: 'info', not_yet: 'neutral' };
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `/children/:studentId/timeline`: a week of one child's days, newest first — passages with gate photos, and each session's mark. */
export function ChildTimelinePage() {
  const { t } = useTranslation();
  const { studentId } = useParams();
  const [to, setTo] = useState(todayIso());
  const tl = useTimeline(studentId, to);
  return (
    <div className="stack">
      <div className="row-between"><Link to="/">← {t('nav.home')}</Link><Call111 /></div>
      {tl.loading && !tl.data && <Loading />}
      <ErrorMessage error={tl.error} onRetry={tl.reload} />
      {tl.data && (
        <>
          <h1>{t('family.timeline.title', { name: tl.data.fullName })}</h1>
          {tl.data.className && <p className="muted">{t('family.timeline.class', { name: tl.data.className })}</p>}
          {!tl.data.snapshotsShared && (
            <Notice tone="info">{t('family.timeline.noConsent')} <Link to={`/children/${encodeURIComponent(tl.data.studentId)}/consent`}>{t('family.timeline.openConsent')}</Link></Notice>
          )}
          {tl.data.days.length === 0 && <p>{t('family.timeline.noDays')}</p>}
          <ol className="timeline" aria-label={t('family.timeline.days')}>
            {tl.data.days.map((d) => <DayCard key={d.date} day={d} childName={tl.data!.fullName} />)}
          </ol>
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => setTo(shift(to, -7))}>{t('family.timeline.earlier')}</button>
            {to < todayIso() && <button type="button" className="btn btn-secondary" onClick={() => setTo(shift(to, 7))}>{t('family.timeline.later')}</button>}
          </div>
        </>
      )}
    </div>
  );
}

function DayCard({ day, childName }: { day: TimelineDay; childName: string }) {
  const { t, i18n } = useTranslation();
  const dirLabel = (d: string) => t(d === 'in' ? 'family.timeline.entry' : d === 'out' ? 'family.timeline.exit' : 'family.timeline.unknown');
  return (
    <li className="card timeline-day" data-date={day.date}>
      <h2>{formatDate(day.date, i18n.language)}</h2>
      {day.sessions.length > 0 && (
        <ul className="plain-list timeline-marks">
          {day.sessions.map((s) => (
            <li key={s.name} data-status={s.status}>
              <span>{t(`family.timeline.session.${s.name}`, { defaultValue: s.name })}: </span>
              <Badge tone={TONE[s.status] ?? 'neutral'}>{s.status === 'late' && s.lateMinutes !== null ? t('family.timeline.lateBy', { n: s.lateMinutes }) : t(`family.timeline.status.${s.status}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
      <ul className="plain-list timeline-passages">
        {day.passages.map((p) => (
          <li key={p.id} className="timeline-passage" data-direction={p.direction}>
            <SnapshotThumb snapshotId={p.snapshotId} large alt={t('family.timeline.photoOf', { dir: dirLabel(p.direction), time: formatTime(p.at, i18n.language) }) + ` – ${childName}`} />
            <span><strong>{dirLabel(p.direction)}</strong> <span className="num">{formatTime(p.at, i18n.language)}</span></span>
          </li>
        ))}
      </ul>
    </li>
  );
}
