import { useCallback, useState } from 'react';
import type { RosterImportResult } from '@truongan/contracts';
import { request, query } from '../lib/api.ts';
import { ApiError } from '../lib/api-error.ts';
import { readNdjson } from '../lib/ndjson.ts';

/** Phases the server reports (parse, validate, match, import); unknown ones are shown by name. */
export type RosterPhase = string;
export interface RosterProgress { phase: RosterPhase; done: number; total: number }
type Line = { progress?: RosterProgress; result?: RosterImportResult; error?: { code: string; message: string } };

/** Sends a roster file for a dry run or an import and follows the streamed progress to the result. */
export function useRosterImport(schoolId: string | undefined) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<RosterProgress | null>(null);
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const [error, setError] = useState<unknown>();

  const run = useCallback(async (file: File, opts: { dryRun: boolean; createClasses: boolean }) => {
    if (!schoolId) return;
    setRunning(true);
    setProgress(null);
    setResult(null);
    setError(undefined);
    try {
      const form = new FormData();
      form.set('file', file);
      const q = query({ dryRun: opts.dryRun ? '1' : '0', createClasses: opts.createClasses ? '1' : undefined });
      const res = await request('POST', `/api/schools/${encodeURIComponent(schoolId)}/roster${q}`, form);
      let finished = false;
      await readNdjson(res, (raw) => {
        const line = raw as Line;
        if (line.progress) setProgress(line.progress);
        if (line.result) { setResult(line.result); finished = true; }
        if (line.error) { setError(new ApiError(line.error, 200)); finished = true; }
      });
      if (!finished) setError(new ApiError({ code: 'bad_stream' }, res.status));
    } catch (e) {
      setError(e instanceof SyntaxError ? new ApiError({ code: 'bad_stream' }, 0) : e);
    } finally {
      setRunning(false);
    }
  }, [schoolId]);

  const reset = useCallback(() => { setResult(null); setProgress(null); setError(undefined); }, []);
  return { run, running, progress, result, error, reset };
}
