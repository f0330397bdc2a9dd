import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
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
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** English ships with the first route (it is also the fallback); Spanish is fetched when chosen. */
async function loadLanguage(language: Language) {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const { es } = await import('./es');
  i18n.addResourceBundle('es', 'translation', es);
}

export async function setLanguage(language: Language) {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

export async function initI18n(language: Language = initialLanguage()) {
  if (!i18n.isInitialized) {
    await i18n.use(initReactI18next).init({
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    i18n.on('languageChanged', applyLanguage);
    installZodMessages(i18n);
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
  applyLanguage(i18n.language);
  return i18n;
}

export { i18n };
