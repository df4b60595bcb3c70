import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * One camera stream bound to a <video>: start on demand (a guard's tablet should not film the gate all day), stop on
 * unmount. Prefers the back camera on phones, which is the one pointed at a card or a visitor.
 */
export function useCamera() {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);

  const stop = useCallback(() => {
    streamRef.current?.getTracks().forEach((t) => t.stop());
    streamRef.current = null;
    setOn(false);
  }, []);

  const start = useCallback(async () => {
    setFailed(false);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } }, audio: false });
      streamRef.current = stream;
      if (videoRef.current) {
        videoRef.current.srcObject = stream;
        await videoRef.current.play().catch(() => undefined);
      }
      setOn(true);
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => stop, [stop]);
  return { videoRef, on, failed, start, stop };
}
