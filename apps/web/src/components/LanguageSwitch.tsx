import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/index.ts';
import { useLanguage } from '../hooks/use-language.ts';

/** Two buttons, the current one pressed; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} className={lang === l ? 'active' : ''} onClick={() => setLang(l)}>
          {l === 'vi' ? 'VI' : 'EN'}<span className="sr-only"> {t(`lang.${l}`)}</span>
        </button>
      ))}
    </div>
  );
}
