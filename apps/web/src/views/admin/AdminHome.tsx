import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AreaHome } from '../area/AreaHome.tsx';

/** System admin: every area, and the whole audit log. */
export function AdminHome() {
  const { t } = useTranslation();
  return (
    <AreaHome title={t('admin.title')}>
      <div className="tiles"><Link className="tile" to="/audit">{t('nav.audit')}</Link></div>
    </AreaHome>
  );
}
