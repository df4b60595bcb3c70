import { useTranslation } from 'react-i18next';
import type { EnrolmentCoverage as Coverage } from '../../types/api.ts';
import { ProgressBar } from '../../components/ui/ProgressBar.tsx';

/** One progress bar per class: how many students have an enrolled face. A class is a button that opens its students. */
export function EnrolmentCoverage({ rows, selected, onSelect }: { rows: Coverage[]; selected: string; onSelect: (classId: string) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="coverage" aria-label={t('enrol.coverage')}>
      {rows.map((r) => (
        <li key={r.classId ?? 'none'} className={r.classId && r.classId === selected ? 'selected' : ''}>
          <ProgressBar label={`${r.className ?? t('enrol.noClass')} · ${t('enrol.classLine', { enrolled: r.enrolled, students: r.students })}`}
            done={r.enrolled} total={r.students} />
          {r.classId && (
            <button type="button" className="btn btn-link" aria-pressed={r.classId === selected} onClick={() => onSelect(r.classId!)}>
              {t('enrol.students', { name: r.className ?? '' })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
