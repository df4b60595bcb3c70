import { useTranslation } from 'react-i18next';
import type { AreaView } from '../../types/api.ts';

export interface Targets { schoolIds: string[]; wardIds: string[]; provinceIds: string[] }

const toggle = (list: string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

/**
 * The schools of the issuer's area: a whole province, whole wards (every school there today) or single schools.
 * A school inside a chosen ward or province is shown ticked and locked, so nobody counts it twice.
 */
export function TargetPicker({ areas, value, onChange }: { areas: AreaView[]; value: Targets; onChange: (t: Targets) => void }) {
  const { t } = useTranslation();
  const provinces = areas.filter((a) => a.kind === 'province');
  const wards = areas.filter((a) => a.kind === 'ward').sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <fieldset className="targets">
      <legend>{t('prevention.form.targets')}</legend>
      {provinces.map((p) => (
        <label key={p.id} className="check">
          <input type="checkbox" checked={value.provinceIds.includes(p.id)}
            onChange={(e) => onChange({ ...value, provinceIds: toggle(value.provinceIds, p.id, e.target.checked) })} />
          <span>{t('prevention.form.wholeProvince', { name: p.name })}</span>
        </label>
      ))}
      {wards.map((w) => {
        const wardOn = value.wardIds.includes(w.id) || (!!w.parentId && value.provinceIds.includes(w.parentId));
        return (
          <div key={w.id} className="target-ward">
            <label className="check">
              <input type="checkbox" checked={wardOn} disabled={!!w.parentId && value.provinceIds.includes(w.parentId)}
                onChange={(e) => onChange({ ...value, wardIds: toggle(value.wardIds, w.id, e.target.checked) })} />
              <span><strong>{t('prevention.form.wholeWard', { name: w.name, count: w.schools.length })}</strong></span>
            </label>
            <ul className="plain-list target-schools">
              {w.schools.map((s) => (
                <li key={s.id}>
                  <label className="check">
                    <input type="checkbox" checked={wardOn || value.schoolIds.includes(s.id)} disabled={wardOn}
                      onChange={(e) => onChange({ ...value, schoolIds: toggle(value.schoolIds, s.id, e.target.checked) })} />
                    <span>{s.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
