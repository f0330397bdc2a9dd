import 'dayjs/locale/es';
import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';
import { installZodMessages } from './zod-messages';

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'console.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function initialLanguage(): Language {
  // The language preference is not patient data; keeping it across reloads is expected.
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'es') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function applyLanguage(language: string) {
  dayjs.locale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function setLanguage(language: Language) {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export function initI18n(language: Language = initialLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: en }, es: { translation: es } },
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    i18n.on('languageChanged', applyLanguage);
    installZodMessages(i18n);
  }
  applyLanguage(i18n.language);
  return i18n;
}

export { i18n };
