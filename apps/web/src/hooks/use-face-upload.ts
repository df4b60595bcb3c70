import { useCallback, useState } from 'react';
import { api } from '../lib/api.ts';

export interface FaceEnrolled { templateId: string; quality: number }

/** Sends one photo of a student's face; the server checks consent first, then the photo's quality. */
export function useFaceUpload(studentId: string) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FaceEnrolled | null>(null);
  const [error, setError] = useState<unknown>();

  const upload = useCallback(async (photo: File) => {
    setBusy(true);
    setResult(null);
    setError(undefined);
    try {
      const form = new FormData();
      form.set('photo', photo);
      const r = await api.upload<FaceEnrolled>(`/api/students/${encodeURIComponent(studentId)}/faces`, form);
      setResult(r);
      return r;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  }, [studentId]);

  return { upload, busy, result, error };
}
