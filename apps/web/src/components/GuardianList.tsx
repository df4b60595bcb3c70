import { useTranslation } from 'react-i18next';
import type { StudentView } from '@truongan/contracts';
import { formatPhone } from '../lib/format.ts';

/** A student's guardians: name, relationship, phone (tap to call). */
export function GuardianList({ guardians }: { guardians: StudentView['guardians'] }) {
  const { t } = useTranslation();
  if (guardians.length === 0) return <span className="muted">{t('app.none')}</span>;
  return (
    <ul className="guardians">
      {guardians.map((g) => (
        <li key={g.id}>
          {g.fullName} <span className="muted">({t(`relationship.${g.relationship}`)}{g.isPrimary ? `, ${t('primaryContact')}` : ''})</span>
          {g.phone && <> · <a href={`tel:0${g.phone.slice(2)}`}>{formatPhone(g.phone)}</a></>}
        </li>
      ))}
    </ul>
  );
}
