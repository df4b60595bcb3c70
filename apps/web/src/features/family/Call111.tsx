import { useTranslation } from 'react-i18next';

/** The national child-protection line (free, 24/7), one tap away on every guardian screen. */
export function Call111() {
  const { t } = useTranslation();
  return <a className="btn call-111" href="tel:111" aria-label={t('family.call111')}>☎ {t('family.call111Short')}</a>;
}
