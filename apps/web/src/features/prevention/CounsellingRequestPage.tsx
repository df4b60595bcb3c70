import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CounsellingNote, CounsellingRequestView } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Badge } from '../../components/ui/Badge.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { NoteForm } from './NoteForm.tsx';
import { OpenCaseForm } from './OpenCaseForm.tsx';
import { ScheduleForm } from './ScheduleForm.tsx';

const RISK_TONE = { none: 'neutral', concern: 'warn', serious: 'bad' } as const;

/**
 * `/counselling/:requestId`: one request with its confidential notes. Counsellors only; the server refuses anyone else
 * (and this page then shows that refusal, never the notes) and writes every read to the audit log.
 */
export function CounsellingRequestPage() {
  const { t, i18n } = useTranslation();
  const { requestId = '' } = useParams();
  const room = useApi<{ request: CounsellingRequestView; notes: CounsellingNote[] }>(`/api/counselling/requests/${encodeURIComponent(requestId)}/notes`);
  const r = room.data?.request;
  return (
    <div className="stack">
      <Link to="/counselling" className="small">← {t('prevention.counselling.title')}</Link>
      <h1>{t('prevention.counselling.requestTitle')}</h1>
      {room.loading && <Loading />}
      <ErrorMessage error={room.error} />
      {r && room.data && (
        <>
          <Card>
            <div className="row-between">
              <strong>{r.studentName ?? t('prevention.counselling.anonymousStudent')}</strong>
              <Badge tone="info">{t(`prevention.counselling.status.${r.status}`)}</Badge>
            </div>
            <p className="small muted">{t(`prevention.counselling.sources.${r.source}`)}{r.topic && ` · ${t(`prevention.groups.${r.topic}`)}`} · {formatDateTime(r.createdAt, i18n.language)}</p>
            <p className="request-message">{r.message}</p>
            {r.sessions.length > 0 && (
              <ul className="plain-list sessions-list" aria-label={t('prevention.counselling.sessionsTitle')}>
                {r.sessions.map((s) => <li key={s.id}>{t('prevention.counselling.sessionAt', { at: formatDateTime(s.scheduledAt, i18n.language), place: s.place })}</li>)}
              </ul>
            )}
          </Card>
          <Card title={t('prevention.counselling.scheduleTitle')}><ScheduleForm requestId={r.id} onSaved={room.reload} /></Card>
          <Card title={t('prevention.counselling.notesTitle')}>
            <p className="small muted">{t('prevention.counselling.notesAudited')}</p>
            {room.data.notes.length === 0 ? <p className="muted">{t('app.none')}</p> : (
              <ul className="cards" aria-label={t('prevention.counselling.notesTitle')}>
                {room.data.notes.map((n) => (
                  <li key={n.id} className="note">
                    <div className="row-between">
                      <strong>{t(`prevention.groups.${n.contentGroup}`)}</strong>
                      <Badge tone={RISK_TONE[n.risk]}>{t(`prevention.risks.${n.risk}`)}</Badge>
                    </div>
                    <p className="note-body">{n.body}</p>
                    <span className="small muted">{n.writtenBy} · {formatDateTime(n.createdAt, i18n.language)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('prevention.counselling.noteTitle')}><NoteForm key={r.sessions.length} requestId={r.id} sessions={r.sessions} onSaved={room.reload} /></Card>
          <Card title={t('prevention.counselling.caseTitle')}><OpenCaseForm requestId={r.id} caseId={r.caseId} onOpened={room.reload} /></Card>
        </>
      )}
    </div>
  );
}
