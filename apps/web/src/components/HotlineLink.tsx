import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../hooks/use-api.ts';

interface HelpLine { id: string; name: string; hotline: string | null }

/**
 * The national child-protection line 111 and the hotline of the pupil's school, each one tap away (tel: links),
 * on every student and guardian screen, with the way to report something anonymously.
 */
export function HotlineLink() {
  const { t } = useTranslation();
  const lines = useApi<HelpLine[]>('/api/cases/help-lines');
  return (
    <aside className="hotline" aria-label={t('guardian.hotline')}>
      <a href="tel:111" className="hotline-link">{t('guardian.hotline')}</a>
      <p className="small">{t('guardian.hotlineNote')}</p>
      {(lines.data ?? []).filter((s) => s.hotline).map((s) => (
        <a key={s.id} href={`tel:${s.hotline!.replace(/[^\d+]/g, '')}`} className="cases-school-line">{t('cases.help.school', { name: s.name, phone: s.hotline })}</a>
      ))}
      <Link to="/report" className="small">{t('cases.help.report')}</Link>
    </aside>
  );
}
