import { useTranslation } from 'react-i18next';
import { HotlineLink } from '../components/HotlineLink.tsx';

/** Students: 111 and the school's hotline first; the report form and counselling panels follow (features). */
export function StudentHome() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t('student.title')}</h1>
      <HotlineLink />
    </div>
  );
}
