import { useTranslation } from 'react-i18next';

/** The national child-protection line, always one tap away for guardians. */
export function HotlineLink() {
  const { t } = useTranslation();
  return (
    <aside className="hotline" aria-label={t('guardian.hotline')}>
      <a href="tel:111" className="hotline-link">{t('guardian.hotline')}</a>
      <p className="small">{t('guardian.hotlineNote')}</p>
    </aside>
  );
}
