import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_KEY, type Language } from '../i18n/index.ts';

/** The current UI language and a switch that remembers the choice on this device. */
export function useLanguage(): { lang: Language; setLang: (l: Language) => void } {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language.startsWith('en') ? 'en' : 'vi';
  const setLang = useCallback((l: Language) => {
    try {
      localStorage.setItem(LANGUAGE_KEY, l);
    } catch {
      // private mode: the switch still works for this visit
    }
    void i18n.changeLanguage(l);
  }, [i18n]);
  return { lang, setLang };
}
