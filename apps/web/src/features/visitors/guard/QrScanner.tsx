import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { decodeQr, looksLikeCccd } from '../lib/qr-decode.ts';
import { useCamera } from './use-camera.ts';

/** Reads pixels of a drawable source through a small canvas and decodes a QR code from them. */
function decodeFrom(source: CanvasImageSource, width: number, height: number): string | null {
  const canvas = document.createElement('canvas');
  const scale = Math.min(1, 960 / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return decodeQr(img.data, img.width, img.height);
}

/** The CCCD QR scanner: the camera (phone or webcam) read four times a second with jsQR, or a photo of the QR. */
export function QrScanner({ onResult }: { onResult: (text: string) => void }) {
  const { t } = useTranslation();
  const cam = useCamera();
  const fileId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const { on, videoRef, stop } = cam;
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => {
      const v = videoRef.current;
      if (!v || v.readyState < 2 || !v.videoWidth) return;
      const text = decodeFrom(v, v.videoWidth, v.videoHeight);
      if (text && looksLikeCccd(text)) { stop(); onResult(text); }
    }, 250);
    return () => clearInterval(timer);
  }, [on, videoRef, stop, onResult]);

  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    const bitmap = await createImageBitmap(file).catch(() => null);
    const text = bitmap ? decodeFrom(bitmap, bitmap.width, bitmap.height) : null;
    bitmap?.close();
    if (text) { setProblem(null); onResult(text); } else setProblem(t('visitors.scan.notFound'));
  };

  return (
    <div className="visitors-scanner">
      <div className="actions">
        {cam.on ? <Button variant="secondary" onClick={cam.stop}>{t('visitors.scan.stop')}</Button>
          : <Button variant="secondary" onClick={() => void cam.start()}>📷 {t('visitors.scan.start')}</Button>}
        {/* A button-looking label instead of the browser's own "Choose File", which speaks the browser's language, not ours. */}
        <input id={fileId} className="file-input" type="file" accept="image/*" onChange={(e) => { void fromFile(e.target.files?.[0]); e.target.value = ''; }} />
        <label className="btn btn-secondary file-button" htmlFor={fileId}>{t('visitors.scan.fromImage')}</label>
      </div>
      <video ref={cam.videoRef} className={cam.on ? 'visitors-video' : 'visitors-video visitors-hidden'} muted playsInline aria-label={t('visitors.scan.title')} />
      {cam.failed && <p className="error-text" role="alert">{t('visitors.scan.noCamera')}</p>}
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <p className="hint">{t('visitors.scan.hint')}</p>
    </div>
  );
}
