import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize, MAX_PHOTO_BYTES, MAX_TOTAL_BYTES, PHOTO_TYPES } from '../lib/files.ts';

/** Up to three photos, checked here for type and size so a pupil hears "too big" before waiting on a slow network. */
export function PhotoPicker({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const add = (picked: File[]) => {
    const next = [...files];
    for (const f of picked) {
      if (!PHOTO_TYPES.includes(f.type)) { setProblem(t('cases.report.photoType', { name: f.name })); return; }
      if (f.size > MAX_PHOTO_BYTES) { setProblem(t('cases.report.photoTooBig', { name: f.name })); return; }
      next.push(f);
    }
    if (next.length > 3) { setProblem(t('cases.report.tooMany')); return; }
    if (next.reduce((n, f) => n + f.size, 0) > MAX_TOTAL_BYTES) { setProblem(t('cases.report.totalTooBig')); return; }
    setProblem(null);
    onChange(next);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('cases.report.photos')}</label>
      {/* Hidden input + button-looking label: the browser's own "Choose Files" speaks the browser's language, not ours. */}
      <input id={id} className="file-input" type="file" accept={PHOTO_TYPES.join(',')} multiple aria-describedby={`${id}-hint`}
        onChange={(e) => { add([...(e.target.files ?? [])]); e.target.value = ''; }} />
      <label className="btn btn-secondary file-button" htmlFor={id}>{t('cases.report.pickPhotos')}</label>
      <p id={`${id}-hint`} className="hint">{t('cases.report.photosHint')}</p>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      {files.length > 0 && (
        <ul className="plain-list">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="actions">
              <span>{f.name} ({formatSize(f.size)})</span>
              <button type="button" className="btn btn-link" aria-label={t('cases.report.removePhoto', { name: f.name })}
                onClick={() => onChange(files.filter((_, j) => j !== i))}>✕</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
