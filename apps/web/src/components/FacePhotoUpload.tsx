import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFaceUpload } from '../hooks/use-face-upload.ts';
import { faceRefusal } from '../lib/face-refusal.ts';
import { ErrorMessage } from './ui/ErrorMessage.tsx';
import { Notice } from './ui/Notice.tsx';

/** Why the server refused a photo, in plain words; consent first, then each quality problem it named. */
function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const why = faceRefusal(error);
  if (why.kind === 'consent') return <Notice tone="warn">{t('enrol.consentRequired')}</Notice>;
  if (why.kind === 'other') return <ErrorMessage error={error} />;
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('enrol.refused')}</strong>
      <ul>{why.issues.map((i) => <li key={i}>{t(`enrol.issues.${i}`)}</li>)}</ul>
    </div>
  );
}

/** Choose or take a photo of one student's face and enrol it; the server's answer is shown next to it. */
export function FacePhotoUpload({ studentId, label, onEnrolled, disabled = false }: {
  studentId: string; label: string; onEnrolled?: () => void; disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const face = useFaceUpload(studentId);
  return (
    <div className="face-upload">
      <div className="file-pick">
        <input id={id} className="file-input" type="file" accept="image/jpeg,image/png,image/webp" capture="user" disabled={face.busy || disabled}
          aria-label={label}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file && (await face.upload(file))) onEnrolled?.();
          }} />
        <label htmlFor={id} className={`btn btn-secondary btn-small${disabled ? ' is-disabled' : ''}`} aria-hidden="true">{face.busy ? t('enrol.uploading') : t('enrol.upload')}</label>
      </div>
      {face.busy && <p className="small muted" role="status">{t('enrol.uploading')}</p>}
      {face.result && <Notice tone="ok">{t('enrol.accepted', { pct: Math.round(face.result.quality * 100) })}</Notice>}
      {!!face.error && <Refusal error={face.error} />}
    </div>
  );
}
