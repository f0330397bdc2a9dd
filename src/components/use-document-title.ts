import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> · <app name>" in the current language. */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  const appName = t('app.shortName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
