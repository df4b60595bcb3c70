import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/ProgressBar.tsx';

/** The server answers after ~3 s of video plus the face checks: count the seconds so the pupil knows to keep still. */
export function CaptureProgress({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setElapsed((Date.now() - started) / 1000), 200);
    return () => clearInterval(timer);
  }, []);
  // Connecting to the camera takes a moment before the first frame, so "grabbing" covers a little more than the window.
  const grabbing = elapsed < seconds + 1;
  return (
    <div className="capture-progress" role="status" aria-live="polite">
      {grabbing
        ? <ProgressBar label={t('capture.grabbing', { s: Math.max(0, Math.ceil(seconds + 1 - elapsed)) })} done={Math.min(elapsed, seconds + 1)} total={seconds + 1} />
        : <ProgressBar label={t('capture.checking')} done={0} total={0} />}
    </div>
  );
}
