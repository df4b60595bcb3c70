import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ClassBoard } from '@truongan/contracts';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { CaptureCandidates, CaptureRefusals } from './CaptureCandidates.tsx';
import { CaptureProgress } from './CaptureProgress.tsx';
import { useGateCapture } from './use-gate-capture.ts';

interface CaptureCamera { id: string; name: string; role: string }
/** The server grabs this many seconds of video per press (CAPTURE_SECONDS in core). */
const SECONDS = 3;

/** One pupil at the gate: pick the camera, press "Chụp", look at the crops, confirm or discard. Phone-first. */
export function CaptureStudentPage() {
  const { t } = useTranslation();
  const { classId = '', studentId = '' } = useParams();
  const board = useApi<ClassBoard>(`/api/classes/${encodeURIComponent(classId)}/board`);
  const cameras = useApi<CaptureCamera[]>(`/api/classes/${encodeURIComponent(classId)}/capture/cameras`);
  const [cameraId, setCameraId] = useState('');
  const cap = useGateCapture(studentId);
  const name = board.data?.rows.find((r) => r.studentId === studentId)?.fullName ?? '';
  const selected = cameraId || cameras.data?.[0]?.id || '';
  const back = `/classes/${encodeURIComponent(classId)}/capture`;
  const hasCandidates = !!cap.result && cap.result.candidates.length > 0;

  return (
    <div className="stack capture-page">
      <Link to={back} className="btn btn-link">← {t('capture.back')}</Link>
      <h1>{t('capture.captureFor', { name })}</h1>
      <ErrorMessage error={board.error ?? cameras.error} />
      {cameras.data?.length === 0 && <Notice tone="warn">{t('capture.noCameras')}</Notice>}
      {/* Hidden only while crops wait for a decision; after a refusal the teacher may switch camera and try again. */}
      {!!cameras.data?.length && !hasCandidates && (
        <Card>
          <div className="field">
            <label htmlFor="capture-camera">{t('capture.camera')}</label>
            <select id="capture-camera" value={selected} onChange={(e) => setCameraId(e.target.value)} disabled={cap.busy}>
              {cameras.data.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
          <p>{t('capture.steps')}</p>
          <Button className="capture-shoot" onClick={() => void cap.capture(selected)} disabled={cap.busy || !selected}>
            {cap.outcome || cap.error || cap.result ? t('capture.retry') : t('capture.shoot')}
          </Button>
        </Card>
      )}
      {cap.phase === 'capturing' && <CaptureProgress seconds={SECONDS} />}
      <ErrorMessage error={cap.error} />
      {hasCandidates && cap.result && (
        <CaptureCandidates key={cap.result.captureId} result={cap.result} name={name} busy={cap.busy}
          onConfirm={(ids) => void cap.confirm(ids)} onDiscard={() => void cap.discard()} />
      )}
      {cap.result && !hasCandidates && <CaptureRefusals result={cap.result} />}
      {cap.outcome?.kind === 'enrolled' && (
        <>
          {cap.outcome.result.enrolled.length > 0 && <Notice tone="ok">{t('capture.enrolled', { count: cap.outcome.result.enrolled.length, name })}</Notice>}
          {cap.outcome.result.refused.length > 0 && (
            <Notice tone="warn">
              <strong>{t('capture.refusedOnConfirm')}</strong>
              <ul>{cap.outcome.result.refused.map((r) => <li key={r.candidateId}>{r.message}</li>)}</ul>
            </Notice>
          )}
          <Link to={back} className="btn btn-primary">{t('capture.back')}</Link>
        </>
      )}
      {cap.outcome?.kind === 'discarded' && <Notice>{t('capture.discarded')}</Notice>}
    </div>
  );
}
