import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './locales/en/common';
import type { Namespace, Resources } from './resources';

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'console.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: 'common';
    resources: Resources;
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

// One chunk per language and namespace. The mock panel's strings are not here: they exist only in mock
// builds, which import them themselves (`src/app/mock-panel`).
const locales = import.meta.glob<{ default: object }>(['./locales/*/*.ts', '!./locales/*/mock-panel.ts']);

/** Loads `locales/<language>/<namespace>.ts` when i18next first needs it. */
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = locales[`./locales/${language}/${namespace}.ts`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default as Record<string, unknown>),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export async function setLanguage(language: Language) {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  await i18n.changeLanguage(language);
}

/** Loads a page's namespaces in the current language (and English, the fallback) before it renders. */
export function loadNamespaces(...names: Namespace[]): Promise<void> {
  return i18n.loadNamespaces(names);
}

export async function initI18n(language: Language = initialLanguage()) {
  if (!i18n.isInitialized) {
    await i18n
      .use(lazyLocales)
      .use(initReactI18next)
      .init({
        // English `common` ships with the first route (it is also the fallback); the rest is fetched.
        resources: { en: { common } },
        partialBundledLanguages: true,
        ns: ['common'],
        defaultNS: 'common',
        fallbackNS: 'common',
        lng: language,
        fallbackLng: 'en',
        interpolation: { escapeValue: false }, // React escapes
        returnNull: false,
      });
    i18n.on('languageChanged', applyLanguage);
  }
  await i18n.changeLanguage(language);
  applyLanguage(i18n.language);
  return i18n;
}

export { i18n };
