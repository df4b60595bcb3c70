import { useTranslation } from 'react-i18next';
import type { ClassWithCount } from '../../types/api.ts';

/** "All classes" or one class; classes sorted by grade then name. */
export function ClassSelect({ classes, value, onChange }: { classes: ClassWithCount[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const sorted = [...classes].sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'vi'));
  return (
    <div className="field">
      <label htmlFor="class-filter">{t('roster.classFilter')}</label>
      <select id="class-filter" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('roster.allClasses')}</option>
        {sorted.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
    </div>
  );
}
