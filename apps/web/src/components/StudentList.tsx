import { useTranslation } from 'react-i18next';
import type { StudentConsentStatus, StudentView } from '@truongan/contracts';
import { formatDate } from '../lib/format.ts';
import { ConsentInline } from './ConsentInline.tsx';
import { GuardianList } from './GuardianList.tsx';

/** Students as cards (readable on a phone): name, class, birth date, sex, guardians, and consent when given. */
export function StudentList({ students, label, showGuardians = true, consent }: {
  students: StudentView[]; label: string; showGuardians?: boolean; consent?: Map<string, StudentConsentStatus>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="cards grid-2" aria-label={label}>
      {students.map((s) => (
        <li key={s.id} className="student">
          <div className="row-between">
            <strong className="student-name">{s.fullName}</strong>
            <span className="badge badge-neutral" aria-label={t('roster.className')}>{s.className ?? '—'}</span>
          </div>
          <div className="small muted">
            {t('roster.birthDate')}: {formatDate(s.birthDate, i18n.language)} · {t(`sex.${s.sex}`)}
            {s.personalId && <> · {t('roster.personalId')}: {s.personalId}</>}
          </div>
          {showGuardians && <GuardianList guardians={s.guardians} />}
          {consent?.get(s.id) && <ConsentInline status={consent.get(s.id)!} />}
        </li>
      ))}
    </ul>
  );
}
