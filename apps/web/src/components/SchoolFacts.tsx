import { useTranslation } from 'react-i18next';
import type { School } from '@truongan/contracts';

/** Level, address and hotline of a school, as a definition list. */
export function SchoolFacts({ school }: { school: School }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('school.level')}</dt><dd>{t(`school.levels.${school.level}`)}</dd>
      {school.address && <><dt>{t('school.address')}</dt><dd>{school.address}</dd></>}
      {school.hotline && <><dt>{t('school.hotline')}</dt><dd><a href={`tel:${school.hotline.replace(/\s/g, '')}`}>{school.hotline}</a></dd></>}
    </dl>
  );
}
