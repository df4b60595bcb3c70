import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { featureTranslations } from '../features/registry.ts';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'truongan.lang';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(LANGUAGE_KEY);
    return v === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

// Audit action codes (auth.sign_in) are looked up as auditActions.auth_sign_in: dots are key separators.
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: { ...vi, ...featureTranslations('vi') } }, en: { translation: { ...en, ...featureTranslations('en') } } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
