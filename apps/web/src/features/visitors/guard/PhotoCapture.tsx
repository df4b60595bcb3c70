import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { canvasToPhoto, fileToPhoto, type PhotoPayload, photoSrc } from '../lib/photo.ts';
import { useCamera } from './use-camera.ts';

/** A portrait taken with the tablet's camera, or a picked file (on phones the file input opens the camera too). */
export function PhotoCapture({ label, photo, onChange }: { label: string; photo: PhotoPayload | null; onChange: (p: PhotoPayload | null) => void }) {
  const { t } = useTranslation();
  const cam = useCamera();
  const id = useId();
  const take = () => {
    const v = cam.videoRef.current;
    if (!v || !v.videoWidth) return;
    onChange(canvasToPhoto(v, v.videoWidth, v.videoHeight));
    cam.stop();
  };
  return (
    <fieldset className="visitors-photo">
      <legend>{label}</legend>
      {photo && <img className="visitors-photo-preview" src={photoSrc(photo)} alt={t('visitors.photo.alt')} />}
      <video ref={cam.videoRef} className={cam.on ? 'visitors-video' : 'visitors-video visitors-hidden'} muted playsInline />
      <div className="actions">
        {cam.on ? <Button onClick={take}>{t('visitors.photo.take')}</Button>
          : <Button variant="secondary" onClick={() => void cam.start()}>{photo ? t('visitors.photo.retake') : t('visitors.photo.camera')}</Button>}
        <label className="btn btn-secondary file-pick" htmlFor={id}>{t('visitors.photo.file')}</label>
        <input id={id} className="sr-only" type="file" accept="image/*" capture="user"
          onChange={async (e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) onChange(await fileToPhoto(f)); }} />
      </div>
      {cam.failed && <p className="error-text" role="alert">{t('visitors.scan.noCamera')}</p>}
    </fieldset>
  );
}
