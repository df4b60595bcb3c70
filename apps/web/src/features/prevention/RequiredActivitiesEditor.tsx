import { useTranslation } from 'react-i18next';
import type { CampaignInput } from '@truongan/contracts';
import { Button } from '../../components/ui/Button.tsx';

export type RequiredDraft = CampaignInput['requiredActivities'][number];
export const FORMATS = ['assembly', 'class_hour', 'online'] as const;

/** What every school must do (an assembly, a class hour…); completion per school is measured against this list. */
export function RequiredActivitiesEditor({ value, onChange }: { value: RequiredDraft[]; onChange: (r: RequiredDraft[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<RequiredDraft>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // Keys only need to be unique within the campaign; the school picks the activity by its title.
  const nextKey = () => `hd_${Math.max(0, ...value.map((r) => Number(r.key.replace(/\D/g, '')) || 0)) + 1}`;
  return (
    <fieldset className="editor">
      <legend>{t('prevention.form.required')}</legend>
      {value.map((r, i) => (
        <div key={r.key} className="editor-row form-2">
          <div className="field">
            <label htmlFor={`req-title-${i}`}>{t('prevention.form.requiredTitle', { n: i + 1 })}</label>
            <input id={`req-title-${i}`} type="text" maxLength={200} value={r.title} onChange={(e) => set(i, { title: e.target.value })} required />
          </div>
          <div className="field">
            <label htmlFor={`req-format-${i}`}>{t('prevention.form.requiredFormat', { n: i + 1 })}</label>
            <select id={`req-format-${i}`} value={r.format ?? ''} onChange={(e) => set(i, { format: (e.target.value || undefined) as RequiredDraft['format'] })}>
              <option value="">{t('prevention.form.anyFormat')}</option>
              {FORMATS.map((f) => <option key={f} value={f}>{t(`prevention.formats.${f}`)}</option>)}
            </select>
          </div>
          <Button variant="secondary" className="btn-small" onClick={() => onChange(value.filter((_, j) => j !== i))}>{t('prevention.form.remove')}</Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...value, { key: nextKey(), title: '' }])}>{t('prevention.form.addRequired')}</Button>
    </fieldset>
  );
}
