import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Language, languages, setLanguage } from '@/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      size="xs"
      w={100}
      style={{ flexShrink: 0 }}
      aria-label={t('app.language.label')}
      value={i18n.language}
      onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
      data={languages.map((language) => ({ value: language, label: t(`app.language.${language}`) }))}
      data-testid="language-switch"
    />
  );
}
