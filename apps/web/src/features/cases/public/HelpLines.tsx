import { useTranslation } from 'react-i18next';

export interface HotlineSchool { id: string; name: string; hotline: string | null }

/** 111 and the school's hotline as tel: links: one tap on a phone, on every reporting screen. */
export function HelpLines({ schools = [] }: { schools?: HotlineSchool[] }) {
  const { t } = useTranslation();
  return (
    <aside className="hotline" aria-label={t('cases.help.title')}>
      <strong>{t('cases.help.title')}</strong>
      <a href="tel:111" className="hotline-link">{t('cases.help.call111')}</a>
      <p className="small">{t('cases.help.note111')}</p>
      {schools.filter((s) => s.hotline).map((s) => (
        <a key={s.id} href={`tel:${s.hotline!.replace(/[^\d+]/g, '')}`} className="cases-school-line">{t('cases.help.school', { name: s.name, phone: s.hotline })}</a>
      ))}
    </aside>
  );
}
