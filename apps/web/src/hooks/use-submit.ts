import { useCallback, useState } from 'react';

/**
 * One form submission at a time: `busy` while the work runs, and the error it threw kept for
 * <ErrorMessage>. The work itself (the API call and what follows on success) stays in the form.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
