import { useTranslation } from 'react-i18next';
import type { CampaignInput } from '@truongan/contracts';
import { Button } from '../../components/ui/Button.tsx';
import { QrImage } from './QrImage.tsx';

export type MaterialDraft = CampaignInput['materials'][number];
const KINDS: MaterialDraft['kind'][] = ['video', 'link', 'file'];

/** Files, links and videos, each with its QR code shown as soon as the address is typed (what the poster will carry). */
export function MaterialsEditor({ value, onChange }: { value: MaterialDraft[]; onChange: (m: MaterialDraft[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<MaterialDraft>) => onChange(value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset className="editor">
      <legend>{t('prevention.form.materials')}</legend>
      <p className="hint">{t('prevention.form.materialsHint')}</p>
      {value.map((m, i) => (
        <div key={i} className="editor-row material-row">
          <div className="form-2">
            <div className="field">
              <label htmlFor={`mat-kind-${i}`}>{t('prevention.form.materialKind', { n: i + 1 })}</label>
              <select id={`mat-kind-${i}`} value={m.kind} onChange={(e) => set(i, { kind: e.target.value as MaterialDraft['kind'] })}>
                {KINDS.map((k) => <option key={k} value={k}>{t(`prevention.materialKinds.${k}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`mat-title-${i}`}>{t('prevention.form.materialTitle', { n: i + 1 })}</label>
              <input id={`mat-title-${i}`} type="text" maxLength={200} value={m.title} onChange={(e) => set(i, { title: e.target.value })} required />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`mat-url-${i}`}>{t('prevention.form.materialUrl', { n: i + 1 })}</label>
            <input id={`mat-url-${i}`} type="url" inputMode="url" placeholder="https://" value={m.url} onChange={(e) => set(i, { url: e.target.value })} required />
          </div>
          <div className="row-between">
            {/^https?:\/\/\S+\.\S+/.test(m.url) ? <QrImage value={m.url} label={t('prevention.qrOf', { title: m.title || m.url })} size={96} /> : <span className="hint">{t('prevention.form.qrWhenUrl')}</span>}
            <Button variant="secondary" className="btn-small" onClick={() => onChange(value.filter((_, j) => j !== i))}>{t('prevention.form.remove')}</Button>
          </div>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...value, { kind: 'link', title: '', url: '' }])}>{t('prevention.form.addMaterial')}</Button>
    </fieldset>
  );
}
