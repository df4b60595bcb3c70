import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t('app.notFound')}</h1>
      <p><Link to="/">{t('app.goHome')}</Link></p>
    </div>
  );
}
