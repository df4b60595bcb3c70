import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ClassWithCount } from '../../types/api.ts';
import { formatNumber } from '../../lib/format.ts';

/** Classes grouped by grade, with head counts; each class opens its attendance board for those who may read it. */
export function ClassTable({ classes, linkBoards = true }: { classes: ClassWithCount[]; linkBoards?: boolean }) {
  const { t, i18n } = useTranslation();
  const sorted = [...classes].sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'vi'));
  return (
    <table className="table">
      <caption className="sr-only">{t('school.classes')}</caption>
      <thead>
        <tr><th scope="col">{t('school.className')}</th><th scope="col">{t('school.grade')}</th><th scope="col" className="num">{t('school.studentCount')}</th></tr>
      </thead>
      <tbody>
        {sorted.map((c) => (
          <tr key={c.id}>
            <th scope="row">{linkBoards ? <Link to={`/classes/${encodeURIComponent(c.id)}/board`} aria-label={t('board.openClass', { name: c.name })}>{c.name}</Link> : c.name}</th>
            <td>{t('school.grades', { n: c.grade })}</td>
            <td className="num">{formatNumber(c.students, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
