import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRosterImport } from '../../hooks/use-roster-import.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { ProgressBar } from '../../components/ui/ProgressBar.tsx';
import { RosterResult } from './RosterResult.tsx';

/** Roster import: pick a file, dry run (lists every problem), then import the same file, with progress. */
export function RosterImportView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [createClasses, setCreateClasses] = useState(false);
  const [checked, setChecked] = useState<File | null>(null);
  const job = useRosterImport(schoolId);
  // All or nothing on the server: import only a file whose dry run found no problems.
  const canImport = !!file && checked === file && !!job.result?.dryRun && job.result.problems.length === 0 && job.result.valid > 0 && !job.running;

  const dryRun = async () => {
    if (!file) return;
    await job.run(file, { dryRun: true, createClasses });
    setChecked(file);
  };

  return (
    <div className="stack">
      <h1>{t('import.title')}</h1>
      <p>{t('import.help')}</p>
      <div className="field">
        <label htmlFor="roster-file">{t('import.file')}</label>
        <div className="file-pick">
          <input id="roster-file" className="file-input" type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setChecked(null); job.reset(); }} />
          <label htmlFor="roster-file" className="btn btn-secondary" aria-hidden="true">{t('import.choose')}</label>
          <span className="small">{file ? file.name : t('import.noFile')}</span>
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={createClasses} onChange={(e) => { setCreateClasses(e.target.checked); setChecked(null); }} />
        <span>{t('import.createClasses')}</span>
      </label>
      <p className="small muted">{t('import.step1')}</p>
      <Button onClick={dryRun} disabled={!file || job.running}>{t('import.dryRun')}</Button>
      <p className="small muted">{t('import.step2')}</p>
      <Button variant="secondary" disabled={!canImport} onClick={() => file && job.run(file, { dryRun: false, createClasses })}>{t('import.run')}</Button>
      {job.running && (
        <ProgressBar label={job.progress ? t(`import.phase.${job.progress.phase}`, { defaultValue: job.progress.phase }) : t('app.loading')}
          done={job.progress?.done ?? 0} total={job.progress?.total ?? 0} />
      )}
      <ErrorMessage error={job.error} />
      {job.result && <RosterResult result={job.result} />}
    </div>
  );
}
