import { useTranslation } from 'react-i18next';
import { HotlineLink } from '../components/HotlineLink.tsx';
import { Notice } from '../components/ui/Notice.tsx';

/** Students: a placeholder until reporting and counselling requests land; the 111 line is there already. */
export function StudentHome() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t('student.title')}</h1>
      <Notice>{t('student.note')}</Notice>
      <HotlineLink />
    </div>
  );
}
